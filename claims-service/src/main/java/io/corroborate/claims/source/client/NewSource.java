package io.corroborate.claims.source.client;

import org.eclipse.microprofile.graphql.Input;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** A source for sources-service to create (its CreateSourceInput), as article intake confirms one. */
@RegisterForReflection
@Input("CreateSourceInput")
public record NewSource(String name, String kind, String marking) {
}
