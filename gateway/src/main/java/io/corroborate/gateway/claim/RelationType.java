package io.corroborate.gateway.claim;

import org.eclipse.microprofile.graphql.Description;

@Description("How one claim bears on another.")
public enum RelationType {
    @Description("The first claim makes the second more likely.")
    SUPPORTS,
    @Description("The first claim casts doubt on the second.")
    CONTRADICTS,
    @Description("Both claims say the same thing.")
    DUPLICATES
}
