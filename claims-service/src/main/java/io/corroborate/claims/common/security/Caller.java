package io.corroborate.claims.common.security;

import java.util.Arrays;

import jakarta.enterprise.context.ApplicationScoped;

import io.corroborate.claims.common.error.ApiException;
import io.quarkus.oidc.AccessTokenCredential;
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

    /** The caller's bearer token, to pass on to another service on the caller's behalf. */
    public String bearerToken() {
        AccessTokenCredential credential = identity.getCredential(AccessTokenCredential.class);
        return credential == null ? null : credential.getToken();
    }
}
