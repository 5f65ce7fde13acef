package io.corroborate.gateway.claim;

import org.eclipse.microprofile.graphql.NonNull;

public record ClaimEdge(@NonNull String cursor, @NonNull Claim node) {
}
