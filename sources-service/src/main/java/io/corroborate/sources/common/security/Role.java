package io.corroborate.sources.common.security;

import java.util.Locale;

/**
 * Realm roles. Viewer, analyst, editor and admin are cumulative: each may do everything the ones before it may.
 * The service role stands apart: it is for calls between services and grants nothing else.
 */
public enum Role {
    VIEWER(1),
    ANALYST(2),
    EDITOR(3),
    ADMIN(4),
    SERVICE(0);

    private final int rank;

    Role(int rank) {
        this.rank = rank;
    }

    /** The role's name in the token. */
    public String tokenName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether holding this role grants what {@code required} grants. */
    public boolean grants(Role required) {
        if (required == SERVICE || this == SERVICE) {
            return this == required;
        }
        return rank >= required.rank;
    }
}
