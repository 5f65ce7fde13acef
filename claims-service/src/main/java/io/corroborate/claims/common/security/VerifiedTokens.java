package io.corroborate.claims.common.security;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;

/**
 * Bearer tokens OIDC has verified, kept for a short time: a client (or the gateway, on the services) sends the same
 * token with every request, and checking its signature and claims again each time cost about 12 % of the gateway's CPU
 * and 5-12 % of the services'.
 *
 * <p>As an augmentor that runs before any other, it records the identity OIDC built for a token; as an identity provider
 * asked before OIDC's, it answers a token it holds with that identity, carrying the current request's routing context.
 * A token it does not hold (or no longer holds) falls through to OIDC, so only verified tokens are ever answered here
 * and a refused token is checked again every time.
 *
 * <p>A token is kept until its own expiry or for {@code corroborate.security.verified-token-ttl} (30 s by default, 0
 * to switch this off), whichever comes first. So a key removed from the realm stops being trusted within the realm keys'
 * cache bound plus that time. At most {@value #MAX_KEPT} tokens are kept; the expired ones are dropped when full, and
 * everything if that is not enough.
 */
@ApplicationScoped
public class VerifiedTokens implements IdentityProvider<TokenAuthenticationRequest>, SecurityIdentityAugmentor {

    static final int MAX_KEPT = 512;

    /**
     * Asked before OIDC's provider (identity providers default to 1001, the highest first), and the first augmentor
     * (they default to 0), so that it records what OIDC built before anything else changes it.
     */
    private static final int BEFORE_OIDC = 2000;

    private final long ttlMillis;
    private final LongSupplier clock;
    private final Map<String, Verified> kept = new ConcurrentHashMap<>();

    /** Marks an identity answered from here, so that recording it again cannot extend how long its token is kept. */
    private static final String SERVED = "corroborate.verified-token";

    private record Verified(QuarkusSecurityIdentity identity, long untilMillis) {
    }

    @Inject
    public VerifiedTokens(@ConfigProperty(name = "corroborate.security.verified-token-ttl") Duration ttl) {
        this(ttl, System::currentTimeMillis);
    }

    VerifiedTokens(Duration ttl, LongSupplier clock) {
        this.ttlMillis = ttl.toMillis();
        this.clock = clock;
    }

    @Override
    public int priority() {
        return BEFORE_OIDC;
    }

    @Override
    public Class<TokenAuthenticationRequest> getRequestType() {
        return TokenAuthenticationRequest.class;
    }

    /** The identity kept for this token, for this request; null (OIDC checks it) when none is kept or it is stale. */
    @Override
    public Uni<SecurityIdentity> authenticate(TokenAuthenticationRequest request, AuthenticationRequestContext context) {
        return Uni.createFrom().item(kept(request.getToken().getToken(), HttpSecurityUtils.getRoutingContextAttribute(request)));
    }

    SecurityIdentity kept(String token, RoutingContext request) {
        Verified verified = kept.get(token);
        if (verified == null) {
            return null;
        }
        if (clock.getAsLong() >= verified.untilMillis()) {
            kept.remove(token, verified);
            return null;
        }
        QuarkusSecurityIdentity.Builder served = withoutRequest(verified.identity()).addAttribute(SERVED, Boolean.TRUE);
        if (request != null) {
            // OIDC's identity names the request it was built on; the routing context must be this request's own.
            served.addAttribute(HttpSecurityUtils.ROUTING_CONTEXT_ATTRIBUTE, request);
        }
        return served.build();
    }

    /** Records an identity OIDC has just built from a bearer token; every identity passes through unchanged. */
    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        record(identity);
        return Uni.createFrom().item(identity);
    }

    void record(SecurityIdentity identity) {
        if (ttlMillis <= 0 || !(identity instanceof QuarkusSecurityIdentity built) || built.isAnonymous()
                || built.getAttribute(SERVED) != null || !(built.getPrincipal() instanceof JsonWebToken jwt)) {
            return;
        }
        AccessTokenCredential credential = built.getCredential(AccessTokenCredential.class);
        if (credential == null || credential.getToken() == null) {
            return;
        }
        long now = clock.getAsLong();
        long until = Math.min(now + ttlMillis, jwt.getExpirationTime() * 1000);
        if (until <= now) {
            return;
        }
        if (kept.size() >= MAX_KEPT) {
            kept.values().removeIf(verified -> now >= verified.untilMillis());
            if (kept.size() >= MAX_KEPT) {
                kept.clear();
            }
        }
        kept.put(credential.getToken(), new Verified(withoutRequest(built).build(), until));
    }

    /**
     * A copy of the identity without its routing context: what is kept must not hold on to a finished request and its
     * body. Everything else OIDC puts in an identity is copied: principal, roles, credentials, attributes and the
     * token's scopes as permissions.
     */
    private static QuarkusSecurityIdentity.Builder withoutRequest(QuarkusSecurityIdentity identity) {
        QuarkusSecurityIdentity.Builder copy = QuarkusSecurityIdentity.builder()
                .setPrincipal(identity.getPrincipal())
                .addRoles(identity.getRoles())
                .addCredentials(identity.getCredentials())
                .addPermissions(identity.getPermissions());
        identity.getAttributes().forEach((name, value) -> {
            if (!name.equals(HttpSecurityUtils.ROUTING_CONTEXT_ATTRIBUTE)) {
                copy.addAttribute(name, value);
            }
        });
        return copy;
    }
}
