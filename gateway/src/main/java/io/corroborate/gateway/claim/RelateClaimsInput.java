package io.corroborate.gateway.claim;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Description("How one claim bears on another.")
@Input("RelateClaimsInput")
public record RelateClaimsInput(@Id @NonNull String fromClaimId, @Id @NonNull String toClaimId, @NonNull RelationType type,
        String rationale) {
}
