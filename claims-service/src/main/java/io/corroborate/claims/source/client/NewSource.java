package io.corroborate.claims.source.client;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** A source for sources-service to create (its CreateSourceInput), as article intake confirms one. */
@RegisterForReflection
public record NewSource(String name, String kind, String marking) {
}
