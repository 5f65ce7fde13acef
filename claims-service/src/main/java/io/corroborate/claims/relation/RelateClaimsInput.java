package io.corroborate.claims.relation;

import org.eclipse.microprofile.graphql.NonNull;

public record RelateClaimsInput(@NonNull String fromClaimId, @NonNull String toClaimId, @NonNull RelationType type,
        String rationale) {
}
