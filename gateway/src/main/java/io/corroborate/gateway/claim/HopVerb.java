package io.corroborate.gateway.claim;

import org.eclipse.microprofile.graphql.Description;

@Description("How a relay passed a claim on.")
public enum HopVerb {
    QUOTED,
    REPORTED,
    CITED,
    SUMMARIZED
}
