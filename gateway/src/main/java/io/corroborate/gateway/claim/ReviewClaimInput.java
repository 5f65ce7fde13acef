package io.corroborate.gateway.claim;

import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;


@Description("An editor's verdict. It becomes the claim's status and credibility.")
@Input("ReviewClaimInput")
public record ReviewClaimInput(
        @Id @NonNull String claimId,
        @NonNull ClaimStatus status,
        @NonNull @Description("Admiralty information credibility, 1 to 6.") Integer credibility,
        @NonNull String rationale) {
}
