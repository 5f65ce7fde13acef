package io.corroborate.devstack.test;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import io.smallrye.jwt.build.Jwt;

/**
 * Signs bearer tokens shaped like Keycloak's (realm roles under {@code realm_access.roles},
 * {@code preferred_username}, a {@code clearance} claim) with a key pair made for this test JVM.
 * The services verify them with the matching public key, exactly as they verify Keycloak's.
 */
public final class TestTokens {

    public static final String ISSUER = "https://issuer.corroborate.test/realms/corroborate";

    private static final KeyPair KEYS = generate();

    private TestTokens() {
    }

    /** The OIDC settings a service needs to accept these tokens. */
    public static Map<String, String> verificationConfig() {
        return Map.of(
                "quarkus.oidc.public-key", Base64.getEncoder().encodeToString(KEYS.getPublic().getEncoded()),
                "quarkus.oidc.token.issuer", ISSUER);
    }

    /** A valid token for the user with the given realm roles and the highest clearance. */
    public static String forUser(String username, String... roles) {
        return forUser(Duration.ofMinutes(30), username, roles);
    }

    /** As {@link #forUser(String, String...)}, valid for the given time (a service's token outlives a test). */
    public static String forUser(Duration lifetime, String username, String... roles) {
        return Jwt.issuer(ISSUER)
                .subject(username)
                .claim("preferred_username", username)
                .claim("realm_access", Map.of("roles", List.of(roles)))
                .claim("clearance", "RED")
                .expiresIn(lifetime)
                .jws()
                .sign(KEYS.getPrivate());
    }

    private static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
