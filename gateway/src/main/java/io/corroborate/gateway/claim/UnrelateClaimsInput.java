package io.corroborate.gateway.claim;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Description("The relation to remove: from which claim, to which, and of what type.")
@Input("UnrelateClaimsInput")
public record UnrelateClaimsInput(@NonNull @Id String fromClaimId, @NonNull @Id String toClaimId, @NonNull RelationType type) {
}
