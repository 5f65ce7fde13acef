package io.corroborate.claims.source.client;

import java.util.List;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * What claims-service needs to know of a source: its id, which for a merged duplicate is the survivor's, and the ids
 * merged into it (that the caller may see), which claims may still name.
 */
@RegisterForReflection
public record SourceSummary(String id, List<String> mergedFrom) {
}
