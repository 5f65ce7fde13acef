package io.corroborate.claims.claim;

import org.eclipse.microprofile.graphql.Description;

@Description("How a relay passed a claim on.")
public enum HopVerb {
    QUOTED,
    REPORTED,
    CITED,
    SUMMARIZED
}
