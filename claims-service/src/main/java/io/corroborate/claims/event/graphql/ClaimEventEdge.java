package io.corroborate.claims.event.graphql;

import org.eclipse.microprofile.graphql.NonNull;

import io.corroborate.claims.event.ClaimEvent;

public record ClaimEventEdge(@NonNull String cursor, @NonNull ClaimEvent node) {
}
