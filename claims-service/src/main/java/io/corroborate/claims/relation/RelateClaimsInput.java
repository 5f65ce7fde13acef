package io.corroborate.claims.relation;

import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("RelateClaimsInput")
public record RelateClaimsInput(@Id @NonNull String fromClaimId, @Id @NonNull String toClaimId, @NonNull RelationType type,
        String rationale) {
}
