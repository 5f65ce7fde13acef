package io.corroborate.gateway.claim;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Description("How one claim bears on another.")
@Input("RelateClaimsInput")
public record RelateClaimsInput(@NonNull String fromClaimId, @NonNull String toClaimId, @NonNull RelationType type,
        String rationale) {
}
