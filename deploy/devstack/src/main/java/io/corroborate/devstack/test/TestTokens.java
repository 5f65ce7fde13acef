package io.corroborate.devstack.test;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import io.corroborate.devstack.keycloak.Keycloak;
import io.corroborate.devstack.keycloak.KeycloakServer;
import io.corroborate.devstack.keycloak.KeycloakUsers;

/**
 * Real access tokens from the shared Keycloak, for test users. A user is created in the corroborate realm on first
 * use, with exactly the given realm roles and clearance, and logs in through the test client's direct-access grant.
 * A token is reused until shortly before it expires.
 */
public final class TestTokens {

    /** The public client with direct-access grants that the test realm has, and production does not. */
    public static final String TEST_CLIENT = "corroborate-test";

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Map<String, Token> TOKENS = new ConcurrentHashMap<>();

    private record Token(String value, Instant expiresAt) {
    }

    /** How long the applications under test keep a realm key they fetched. */
    public static final Duration JWKS_CACHE_TTL = Duration.ofSeconds(5);

    /** How long the applications under test answer a token they verified from memory. */
    public static final Duration VERIFIED_TOKEN_TTL = Duration.ofSeconds(10);

    private TestTokens() {
    }

    /** The OIDC settings a service needs to trust the shared Keycloak's corroborate realm. */
    public static Map<String, String> verificationConfig() {
        KeycloakServer keycloak = Keycloak.shared();
        return Map.of(
                "quarkus.oidc.auth-server-url", keycloak.issuer(),
                "quarkus.oidc.token.audience", KeycloakServer.AUDIENCE,
                // Cached realm keys expire within seconds in tests, so a test can watch a removed key stop working.
                "quarkus.oidc.jwks.cache-time-to-live", JWKS_CACHE_TTL.toSeconds() + "S",
                "quarkus.oidc.jwks.clean-up-timer-interval", "1S",
                "corroborate.security.verified-token-ttl", VERIFIED_TOKEN_TTL.toSeconds() + "S");
    }

    /**
     * The OIDC client settings with which a service gets its own service-account token (client credentials) from the
     * dev realm, where each service client's secret is {@code <client>-dev-secret}.
     */
    public static Map<String, String> serviceAccountConfig(String clientId) {
        return Map.of(
                "quarkus.oidc-client.client-id", clientId,
                "quarkus.oidc-client.credentials.secret", clientId + "-dev-secret");
    }

    /** A token for the user with the given realm roles and the highest clearance (RED). */
    public static String forUser(String username, String... roles) {
        return withClearance("RED", username, roles);
    }

    /** A token for the user with the given clearance (CLEAR, GREEN, AMBER or RED) and realm roles. */
    public static String withClearance(String clearance, String username, String... roles) {
        String key = username + "|" + clearance + "|" + String.join(",", roles);
        Token token = TOKENS.get(key);
        if (token == null || token.expiresAt().isBefore(Instant.now().plusSeconds(30))) {
            KeycloakUsers.ensure(username, clearance, List.of(roles));
            token = loginToken(username, KeycloakUsers.passwordOf(username));
            TOKENS.put(key, token);
        }
        return token.value();
    }

    /** A fresh login; fails if Keycloak refuses it (a disabled user, a wrong password). */
    public static String login(String username) {
        return loginToken(username, KeycloakUsers.passwordOf(username)).value();
    }

    /** A login with a known password, such as the realm's demo users' (the password is the username). */
    public static String login(String username, String password) {
        return loginToken(username, password).value();
    }

    private static Token loginToken(String username, String password) {
        String form = form(Map.of("grant_type", "password", "client_id", TEST_CLIENT, "username", username,
                "password", password));
        HttpRequest request = HttpRequest.newBuilder(URI.create(Keycloak.shared().tokenUrl()))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("Keycloak refused the login of " + username + ": " + response.body());
            }
            JsonObject body = Json.createReader(new StringReader(response.body())).readObject();
            return new Token(body.getString("access_token"), Instant.now().plusSeconds(body.getInt("expires_in")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String form(Map<String, String> fields) {
        return String.join("&", fields.entrySet().stream()
                .map(field -> field.getKey() + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .toList());
    }
}
