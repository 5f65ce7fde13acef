package io.corroborate.sources.common.security;

import java.util.Arrays;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonString;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.corroborate.sources.common.Marking;
import io.corroborate.sources.common.error.ApiException;
import io.corroborate.sources.common.error.ErrorCode;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * Who is calling, as the validated bearer token says. Every GraphQL operation starts by calling
 * {@link #require(Role)}, so that authorization reads the same everywhere and fails with our error codes.
 */
@ApplicationScoped
public class Caller {

    private final SecurityIdentity identity;

    public Caller(SecurityIdentity identity) {
        this.identity = identity;
    }

    /** Returns the caller's username when they hold the role (or a higher one); fails otherwise. */
    public String require(Role required) {
        if (identity.isAnonymous()) {
            throw ApiException.unauthenticated();
        }
        boolean granted = Arrays.stream(Role.values())
                .anyMatch(held -> identity.hasRole(held.tokenName()) && held.grants(required));
        if (!granted) {
            throw ApiException.forbidden("This operation needs the " + required.tokenName() + " role");
        }
        return identity.getPrincipal().getName();
    }

    /**
     * The highest TLP marking the caller may see: the token's {@code clearance} claim (a user attribute in Keycloak).
     * A token without one sees CLEAR items only.
     */
    public Marking clearance() {
        if (identity.getPrincipal() instanceof JsonWebToken token) {
            Object claim = token.getClaim("clearance");
            String value = claim instanceof JsonString text ? text.getString() : claim == null ? null : claim.toString();
            for (Marking marking : Marking.values()) {
                if (marking.name().equals(value)) {
                    return marking;
                }
            }
        }
        return Marking.CLEAR;
    }

    /** The markings the caller may see: every one up to their clearance. Reads filter on these. */
    public List<Marking> visibleMarkings() {
        Marking clearance = clearance();
        return Arrays.stream(Marking.values()).filter(marking -> marking.compareTo(clearance) <= 0).toList();
    }

    /** Refuses to mark an item above the caller's own clearance, on creation or on change. */
    public void requireClearanceFor(String field, Marking marking) {
        if (marking != null && marking.compareTo(clearance()) > 0) {
            throw new ApiException(ErrorCode.FORBIDDEN, field + ": you may not mark an item " + marking
                    + " above your clearance " + clearance(), field);
        }
    }
}
