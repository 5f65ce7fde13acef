package io.corroborate.claims.relation;

import org.eclipse.microprofile.graphql.NonNull;

public record UnrelateClaimsInput(@NonNull String fromClaimId, @NonNull String toClaimId, @NonNull RelationType type) {
}
