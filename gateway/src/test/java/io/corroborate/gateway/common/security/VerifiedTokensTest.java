package io.corroborate.gateway.common.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.StringPermission;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.vertx.ext.web.RoutingContext;

/**
 * A verified token is answered from memory until its own expiry or the configured time, whichever is first, and with
 * the current request's routing context; nothing else is ever answered from memory.
 */
class VerifiedTokensTest {

    private static final long NOW = 1_800_000_000_000L;

    private final AtomicLong clock = new AtomicLong(NOW);
    private final VerifiedTokens tokens = new VerifiedTokens(Duration.ofSeconds(30), clock::get);

    @Test
    void aTokenOidcVerifiedIsAnsweredWithTheSameCallerRolesAndAttributes() {
        tokens.record(verified("t1", NOW / 1000 + 300, null));

        SecurityIdentity kept = tokens.kept("t1", null);

        assertNotNull(kept);
        assertEquals("anna", kept.getPrincipal().getName());
        assertEquals(Set.of("analyst"), kept.getRoles());
        assertEquals("t1", kept.getCredential(AccessTokenCredential.class).getToken());
        assertEquals("Default", kept.getAttribute("tenant-id"));
        assertTrue(kept.checkPermissionBlocking(new StringPermission("openid")));
    }

    @Test
    void anUnknownTokenFallsThroughToOidc() {
        tokens.record(verified("t1", NOW / 1000 + 300, null));
        assertNull(tokens.kept("t2", null));
    }

    @Test
    void theAnswerCarriesTheCurrentRequestsRoutingContextNotTheOneOidcVerifiedOn() {
        RoutingContext first = routingContext();
        RoutingContext second = routingContext();
        tokens.record(verified("t1", NOW / 1000 + 300, first));

        assertSame(second, tokens.kept("t1", second).getAttribute(HttpSecurityUtils.ROUTING_CONTEXT_ATTRIBUTE));
        assertNull(tokens.kept("t1", null).getAttribute(HttpSecurityUtils.ROUTING_CONTEXT_ATTRIBUTE));
    }

    @Test
    void aTokenIsForgottenAtItsOwnExpiry() {
        tokens.record(verified("t1", NOW / 1000 + 10, null));

        clock.set(NOW + 9_999);
        assertNotNull(tokens.kept("t1", null));
        clock.set(NOW + 10_000);
        assertNull(tokens.kept("t1", null));
    }

    @Test
    void aTokenIsForgottenAfterTheConfiguredTimeEvenIfItIsStillValid() {
        tokens.record(verified("t1", NOW / 1000 + 3600, null));

        clock.set(NOW + 29_999);
        assertNotNull(tokens.kept("t1", null));
        clock.set(NOW + 30_000);
        assertNull(tokens.kept("t1", null));
    }

    @Test
    void answeringATokenNeverExtendsHowLongItIsKept() {
        tokens.record(verified("t1", NOW / 1000 + 3600, null));
        clock.set(NOW + 20_000);

        // The manager passes every identity through the augmentors, the ones answered from memory too.
        tokens.record(tokens.kept("t1", routingContext()));

        clock.set(NOW + 30_000);
        assertNull(tokens.kept("t1", null));
    }

    @Test
    void anAlreadyExpiredTokenAnAnonymousCallerOrAnIdentityWithoutABearerTokenIsNotKept() {
        tokens.record(verified("expired", NOW / 1000, null));
        tokens.record(QuarkusSecurityIdentity.builder().setAnonymous(true)
                .addCredential(new AccessTokenCredential("anonymous")).build());
        tokens.record(QuarkusSecurityIdentity.builder().setPrincipal(jwt("anna", NOW / 1000 + 300)).build());

        assertNull(tokens.kept("expired", null));
        assertNull(tokens.kept("anonymous", null));
    }

    @Test
    void nothingIsKeptWhenSwitchedOff() {
        VerifiedTokens off = new VerifiedTokens(Duration.ZERO, clock::get);
        off.record(verified("t1", NOW / 1000 + 300, null));
        assertNull(off.kept("t1", null));
    }

    @Test
    void whenFullTheExpiredTokensAreDroppedFirst() {
        tokens.record(verified("long-lived", NOW / 1000 + 3600, null));
        for (int i = 1; i < VerifiedTokens.MAX_KEPT; i++) {
            tokens.record(verified("short-" + i, NOW / 1000 + 5, null));
        }
        clock.set(NOW + 6_000);

        tokens.record(verified("newcomer", NOW / 1000 + 3600, null));

        assertNotNull(tokens.kept("long-lived", null));
        assertNotNull(tokens.kept("newcomer", null));
    }

    /** An identity as OIDC builds it for a bearer token. */
    private static SecurityIdentity verified(String token, long expiresAtSeconds, RoutingContext request) {
        QuarkusSecurityIdentity.Builder identity = QuarkusSecurityIdentity.builder()
                .setPrincipal(jwt("anna", expiresAtSeconds))
                .addRole("analyst")
                .addCredential(new AccessTokenCredential(token))
                .addAttribute("tenant-id", "Default")
                .addPermissionAsString("openid");
        if (request != null) {
            identity.addAttribute(HttpSecurityUtils.ROUTING_CONTEXT_ATTRIBUTE, request);
        }
        return identity.build();
    }

    private static JsonWebToken jwt(String name, long expiresAtSeconds) {
        Map<String, Object> claims = Map.of("preferred_username", name, "exp", expiresAtSeconds);
        return new JsonWebToken() {
            @Override
            public String getName() {
                return name;
            }

            @Override
            public Set<String> getClaimNames() {
                return claims.keySet();
            }

            @Override
            @SuppressWarnings("unchecked")
            public <T> T getClaim(String claim) {
                return (T) claims.get(claim);
            }
        };
    }

    /** A routing context only compared by identity. */
    private static RoutingContext routingContext() {
        return (RoutingContext) java.lang.reflect.Proxy.newProxyInstance(VerifiedTokensTest.class.getClassLoader(),
                new Class<?>[] {RoutingContext.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
