package io.corroborate.gateway;

import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import io.corroborate.devstack.test.GraphQLClient;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/**
 * When sources-service is down or hangs, claims still come back, never HTTP 5xx: claims-service, which cannot tell
 * which sources the caller may see, redacts every hop and leaves out every publisher (it fails closed), and what the
 * gateway needs sources-service for (a source asked by id) is null with an UNAVAILABLE error. Timeouts cut off a
 * hanging service; a circuit breaker stops calling a dead one.
 */
@QuarkusTest
class GatewayResilienceTest {

    private static final GraphQLClient VIEWER = GraphQLClient.as("vic", "viewer");
    /** Claims with their chains and publishers, and a source: the last comes from sources-service alone. */
    private static final String CLAIMS_WITH_SOURCES = """
            query($a: ID!, $p: ID!) { claims(filter: {articleId: $a}) { edges { node {
              id article { publisher { name } } attribution { redacted source { name } } } } }
              publisher: source(id: $p) { name } }""";

    @Test
    void withSourcesServiceDownClaimsStillComeBackAndTheirSourcesAreUnavailable() {
        Map<String, Object> article = articleWithThreeClaims();
        ServicesTestResource.sources().kill();
        try {
            assertClaimsWithoutSources(VIEWER.execute(CLAIMS_WITH_SOURCES, article));
        } finally {
            ServicesTestResource.sources().restart();
        }
        // A service just restarted is cold: its first answers may exceed the gateway's timeout.
        awaitSourcesAgain(article);
        VIEWER.execute(CLAIMS_WITH_SOURCES, article)
                .body("errors", nullValue())
                .body("data.claims.edges.node.attribution.source.name.flatten()", everyItem(notNullValue()));
    }

    @Test
    void aServiceThatHangsIsCutOffByTheTimeoutAndTheClaimsStillComeBack() {
        Map<String, Object> article = articleWithThreeClaims();
        ServicesTestResource.sources().freeze();
        try {
            Instant start = Instant.now();
            assertClaimsWithoutSources(VIEWER.execute(CLAIMS_WITH_SOURCES, article));
            System.out.printf("BENCHMARK gateway: a claims page answered in %d ms with sources-service frozen (timeout 2 s)%n",
                    Duration.between(start, Instant.now()).toMillis());
        } finally {
            ServicesTestResource.sources().resume();
        }
        awaitSourcesAgain(article);
    }

    @Test
    void afterRepeatedFailuresTheCircuitOpensSoNoCallIsSentUntilTheServiceIsBack() {
        Map<String, Object> article = articleWithThreeClaims();
        ServicesTestResource.sources().kill();
        try {
            // The circuit opens once half of the last 10 calls have failed.
            for (int i = 0; i < 10; i++) {
                assertClaimsWithoutSources(VIEWER.execute(CLAIMS_WITH_SOURCES, article));
            }
            double sourcesCalls = GatewayMetrics.value("corroborate_gateway_downstream_calls_total", "service=\"sources\"");
            for (int i = 0; i < 3; i++) {
                assertClaimsWithoutSources(VIEWER.execute(CLAIMS_WITH_SOURCES, article));
            }
            assertEquals(sourcesCalls, GatewayMetrics.value("corroborate_gateway_downstream_calls_total", "service=\"sources\""),
                    "an open circuit sends nothing to sources-service");
        } finally {
            ServicesTestResource.sources().restart();
        }
        awaitSourcesAgain(article);
    }

    /** The variables of CLAIMS_WITH_SOURCES for a new article of three claims. */
    private static Map<String, Object> articleWithThreeClaims() {
        String publisher = SeedData.source("Ukrainska Pravda", "OUTLET");
        return Map.of("a", SeedData.articleWithClaims(publisher, 3, SeedData.source("Volodymyr Zelensky", "PERSON")), "p", publisher);
    }

    private static void assertClaimsWithoutSources(ValidatableResponse response) {
        response.statusCode(200)
                .body("data.claims.edges", hasSize(3))
                .body("data.claims.edges.node.article.publisher", everyItem(nullValue()))
                .body("data.claims.edges.node.attribution.redacted.flatten()", everyItem(is(true)))
                .body("data.claims.edges.node.attribution.source.flatten()", everyItem(nullValue()))
                // claims-service could not tell which sources the caller may see, so it showed none (fails closed);
                // what only sources-service can answer is UNAVAILABLE.
                .body("data.publisher", nullValue())
                .body("errors[0].extensions.code", is("UNAVAILABLE"))
                .body("errors[0].path", hasItem("publisher"));
    }

    /** Once the service is back, the circuit closes again on its next trial call (after its 5 s delay). */
    private static void awaitSourcesAgain(Map<String, Object> article) {
        Awaitility.await("the gateway uses sources-service again").atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> VIEWER.execute(CLAIMS_WITH_SOURCES, article).statusCode(200).extract().path("errors") == null);
    }
}
