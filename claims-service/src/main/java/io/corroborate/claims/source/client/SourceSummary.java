package io.corroborate.claims.source.client;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** What claims-service needs to know of a source: its id, which for a merged duplicate is the survivor's. */
@RegisterForReflection
public record SourceSummary(String id) {
}
