package io.corroborate.claims.relation;

import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("UnrelateClaimsInput")
public record UnrelateClaimsInput(@NonNull String fromClaimId, @NonNull String toClaimId, @NonNull RelationType type) {
}
