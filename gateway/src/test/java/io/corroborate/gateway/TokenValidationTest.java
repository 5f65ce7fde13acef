package io.corroborate.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;

import org.eclipse.microprofile.config.ConfigProvider;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.corroborate.devstack.keycloak.Keycloak;
import io.corroborate.devstack.keycloak.KeycloakRealmKeys;
import io.corroborate.devstack.keycloak.KeycloakRealmKeys.RealmKey;
import io.corroborate.devstack.keycloak.KeycloakServer;
import io.corroborate.devstack.keycloak.KeycloakUsers;
import io.corroborate.devstack.test.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;

/**
 * Token validation against the real Keycloak, at the gateway and directly at each service: every defective token
 * is refused with HTTP 401 and UNAUTHENTICATED, a service cannot be reached around the gateway with one, and a
 * rotated realm key is picked up without a restart.
 *
 * <p>The realm is given a key whose private half this test holds, so it can sign tokens that are right in every
 * respect but one; the control case shows such a token is otherwise accepted.
 */
@QuarkusTest
class TokenValidationTest {

    private static RealmKey realmKey;
    private static boolean endpointsKnowTheKey;

    @BeforeAll
    static void giveTheRealmAKeyThisTestHolds() {
        realmKey = KeycloakRealmKeys.addVerificationKey();
    }

    @BeforeEach
    void untilEveryEndpointKnowsIt() {
        // Each endpoint fetches the realm's keys again when it meets an unknown kid (at most every 10 s).
        if (!endpointsKnowTheKey) {
            endpoints().forEach(endpoint -> awaitAccepted(endpoint, forged(claims -> claims)));
            endpointsKnowTheKey = true;
        }
    }

    @AfterAll
    static void removeIt() {
        KeycloakRealmKeys.remove(realmKey.componentId());
    }

    /** The three endpoints that must each check every token. */
    static Stream<String> endpoints() {
        return Stream.of("gateway", "claims", "sources");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("endpoints")
    void aTokenSignedByTheRealmWithEveryClaimRightIsAccepted(String endpoint) {
        call(endpoint, forged(claims -> claims)).statusCode(200).body("errors", nullValue());
    }

    static Stream<Arguments> defectiveTokens() {
        Map<String, Function<String, String>> cases = new HashMap<>();
        cases.put("no token", endpoint -> null);
        cases.put("a malformed token", endpoint -> "not.a.jwt");
        cases.put("an expired token", endpoint -> forged(c -> c.issuedAt(Instant.now().minus(Duration.ofHours(2)))
                .expiresAt(Instant.now().minus(Duration.ofHours(1)))));
        cases.put("a token not yet valid", endpoint -> forged(c -> c.claim("nbf", Instant.now().plus(Duration.ofHours(1)).getEpochSecond())));
        cases.put("the wrong issuer", endpoint -> forged(c -> c.issuer(KeycloakServer.configured().url() + "/realms/elsewhere")));
        cases.put("the wrong audience", endpoint -> forged(c -> c.audience("account")));
        cases.put("a key the realm does not have", endpoint -> signedByAStranger());
        cases.put("alg none", endpoint -> unsigned());
        cases.put("HS256 keyed with the realm's public key", endpoint -> hmacWithThePublicKey());
        cases.put("a token of another realm", endpoint -> masterRealmToken());
        return cases.entrySet().stream().flatMap(attack -> endpoints()
                .map(endpoint -> Arguments.of(attack.getKey(), endpoint, attack.getValue())));
    }

    @ParameterizedTest(name = "{0} at {1}")
    @MethodSource("defectiveTokens")
    void aDefectiveTokenIsRefusedWith401AndUnauthenticated(String attack, String endpoint, Function<String, String> token) {
        call(endpoint, token.apply(endpoint))
                .statusCode(401)
                .header("WWW-Authenticate", org.hamcrest.Matchers.startsWith("Bearer"))
                .body("errors[0].extensions.code", is("UNAUTHENTICATED"))
                .body("data", nullValue());
    }

    @Test
    void aDisabledUserCannotLogInAgain() {
        String username = "leaver-" + UUID.randomUUID().toString().substring(0, 8);
        awaitAccepted("gateway", TestTokens.forUser(username, "viewer"));
        KeycloakUsers.disable(username);
        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> TestTokens.login(username));
        org.hamcrest.MatcherAssert.assertThat(refused.getMessage(), org.hamcrest.Matchers.containsString("disabled"));
    }

    @Test
    void afterAKeyRotationNewTokensAreAcceptedWithoutARestart() {
        String newKid = KeycloakRealmKeys.rotate();
        String username = "rotation-" + UUID.randomUUID().toString().substring(0, 8);
        String token = TestTokens.forUser(username, "viewer");
        org.hamcrest.MatcherAssert.assertThat("signed with the new key", header(token).get("kid"), is(newKid));
        endpoints().forEach(endpoint -> awaitAccepted(endpoint, token));
    }

    @Test
    void aKeyRemovedFromTheRealmStopsBeingTrustedWithinTheKeyCacheLifetime() {
        RealmKey doomed = KeycloakRealmKeys.addVerificationKey();
        String token = rightClaims().jws().keyId(doomed.kid()).sign(doomed.privateKey());
        endpoints().forEach(endpoint -> awaitAccepted(endpoint, token));

        KeycloakRealmKeys.remove(doomed.componentId());

        // The bound: the key cache's lifetime, one clean-up tick, how long a verified token is answered from memory,
        // and the time a request takes here.
        Duration bound = TestTokens.JWKS_CACHE_TTL.plusSeconds(1).plus(TestTokens.VERIFIED_TOKEN_TTL).plusSeconds(5);
        endpoints().forEach(endpoint -> Awaitility.await(endpoint + " drops the removed key").atMost(bound)
                .pollInterval(Duration.ofMillis(500))
                .until(() -> call(endpoint, token).extract().statusCode() == 401));
    }

    @Test
    void aTokenAnsweredFromMemoryIsStillRefusedOnceItExpires() {
        // It expires well before the applications would forget it (VERIFIED_TOKEN_TTL), so only its own expiry can
        // end it in time.
        String token = forged(claims -> claims.expiresAt(Instant.now().plusSeconds(4)));
        endpoints().forEach(endpoint -> call(endpoint, token).statusCode(200).body("errors", nullValue()));
        endpoints().forEach(endpoint -> call(endpoint, token).statusCode(200));

        Duration bound = Duration.ofSeconds(4).plus(TestTokens.VERIFIED_TOKEN_TTL.dividedBy(2));
        endpoints().forEach(endpoint -> Awaitility.await(endpoint + " refuses the expired token").atMost(bound)
                .pollInterval(Duration.ofMillis(250))
                .until(() -> call(endpoint, token).extract().statusCode() == 401));
    }

    /** Accepted once the endpoint has refreshed the realm's keys (it may wait up to 10 s since its last refresh). */
    private static void awaitAccepted(String endpoint, String token) {
        Awaitility.await(endpoint + " accepts the token").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofSeconds(1))
                .until(() -> call(endpoint, token).extract().statusCode() == 200);
        call(endpoint, token).statusCode(200).body("errors", nullValue());
    }

    // --- Requests ---

    private static io.restassured.response.ValidatableResponse call(String endpoint, String token) {
        String query = switch (endpoint) {
            case "gateway" -> "{ claims(first: 1) { totalCount } }";
            case "claims" -> "{ claims(first: 1) { totalCount } }";
            default -> "{ sources(first: 1) { totalCount } }";
        };
        RequestSpecification request = given().contentType("application/json").body(Map.of("query", query));
        if (!endpoint.equals("gateway")) {
            URI service = URI.create(ConfigProvider.getConfig().getValue("corroborate.test." + endpoint + "-url", String.class));
            request.baseUri(service.getScheme() + "://" + service.getHost()).port(service.getPort());
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return request.post("/graphql").then();
    }

    // --- Tokens ---

    /** A token like Keycloak's for a viewer, signed with the realm key this test holds, after {@code defect}. */
    private static String forged(Function<JwtClaimsBuilder, JwtClaimsBuilder> defect) {
        return defect.apply(rightClaims()).jws().keyId(realmKey.kid()).sign(realmKey.privateKey());
    }

    private static JwtClaimsBuilder rightClaims() {
        return Jwt.issuer(Keycloak.shared().issuer())
                .audience(KeycloakServer.AUDIENCE)
                .subject(UUID.randomUUID().toString())
                .claim("preferred_username", "forger")
                .claim("realm_access", Map.of("roles", List.of("viewer")))
                .claim("clearance", "RED")
                .issuedAt(Instant.now())
                .expiresAt(Instant.now().plus(Duration.ofMinutes(5)));
    }

    private static String signedByAStranger() {
        try {
            var generator = java.security.KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return rightClaims().jws().keyId(realmKey.kid()).sign(generator.generateKeyPair().getPrivate());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String unsigned() {
        String header = base64("{\"alg\":\"none\",\"typ\":\"JWT\"}");
        String[] valid = forged(claims -> claims).split("\\.");
        return header + "." + valid[1] + ".";
    }

    private static String hmacWithThePublicKey() {
        var key = KeycloakRealmKeys.activeSigningKey();
        String publicKeyPem = "-----BEGIN PUBLIC KEY-----\n" + key.getPublicKey() + "\n-----END PUBLIC KEY-----";
        return rightClaims().jws().algorithm(SignatureAlgorithm.HS256).keyId(key.getKid())
                .signWithSecret(publicKeyPem);
    }

    private static String masterRealmToken() {
        try (var admin = Keycloak.shared().admin()) {
            return admin.tokenManager().getAccessTokenString();
        }
    }

    private static Map<String, Object> header(String token) {
        String json = new String(Base64.getUrlDecoder().decode(token.split("\\.")[0]), StandardCharsets.UTF_8);
        return new io.vertx.core.json.JsonObject(json).getMap();
    }

    private static String base64(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
