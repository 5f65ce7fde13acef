package io.corroborate.gateway.source;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** A source's reliability asked with arguments (topic, asOf): what sources-service answers, before it is served. */
@RegisterForReflection
public record SourceReliability(String id, Reliability reliability) {
}
