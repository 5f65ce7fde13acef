package io.corroborate.gateway.claim;

import org.eclipse.microprofile.graphql.Description;

@Description("Where analysts stand on a claim. Set by the newest review.")
public enum ClaimStatus {
    @Description("Recorded, not yet looked at (the default).")
    UNVERIFIED,
    @Description("An editor is checking it.")
    UNDER_REVIEW,
    @Description("Found true.")
    CONFIRMED,
    @Description("Found false.")
    REFUTED,
    @Description("True in part, or true but framed to mislead.")
    MISLEADING,
    @Description("Checked, but neither confirmed nor refuted.")
    UNPROVEN
}
