package io.corroborate.gateway.common.security;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.corroborate.gateway.common.error.ApiException;
import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * Who is calling, as the validated bearer token says. The gateway only requires a valid token; each service
 * enforces roles itself on the token the gateway passes on.
 */
@ApplicationScoped
public class Caller {

    private final SecurityIdentity identity;

    public Caller(SecurityIdentity identity) {
        this.identity = identity;
    }

    /** The Authorization header to pass on to a service; fails with UNAUTHENTICATED for an anonymous caller. */
    public String authorization() {
        AccessTokenCredential credential = identity.isAnonymous() ? null : identity.getCredential(AccessTokenCredential.class);
        if (credential == null) {
            throw ApiException.unauthenticated();
        }
        return "Bearer " + credential.getToken();
    }

    public String username() {
        authorization();
        return identity.getPrincipal().getName();
    }

    public List<String> roles() {
        return identity.getRoles().stream().sorted().toList();
    }

    /** The highest TLP marking the caller may see, from the token's {@code clearance} claim. */
    public String clearance() {
        if (identity.getPrincipal() instanceof JsonWebToken token) {
            Object clearance = token.getClaim("clearance");
            return clearance == null ? null : clearance.toString().replace("\"", "");
        }
        return null;
    }
}
