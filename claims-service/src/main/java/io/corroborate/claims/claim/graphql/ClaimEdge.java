package io.corroborate.claims.claim.graphql;

import org.eclipse.microprofile.graphql.NonNull;

import io.corroborate.claims.claim.Claim;

public record ClaimEdge(@NonNull String cursor, @NonNull Claim node) {
}
