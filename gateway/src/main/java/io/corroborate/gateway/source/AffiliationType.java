package io.corroborate.gateway.source;

import org.eclipse.microprofile.graphql.Description;

@Description("How one source depends on another. Every type makes the two sources not independent while it is in force.")
public enum AffiliationType {
    EMPLOYED_BY,
    SPEAKS_FOR,
    MEMBER_OF,
    PART_OF,
    OWNED_BY,
    STATE_CONTROLLED_BY
}
