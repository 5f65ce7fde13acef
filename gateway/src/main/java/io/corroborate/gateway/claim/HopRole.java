package io.corroborate.gateway.claim;

import org.eclipse.microprofile.graphql.Description;

@Description("A hop's place in an attribution chain.")
public enum HopRole {
    @Description("The source that first made the claim (position 0).")
    ORIGIN,
    @Description("A source that passed the claim on.")
    RELAY
}
