package io.corroborate.claims;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** What Kubernetes probes and Prometheus scrape. */
@QuarkusTest
class OperationsTest {

    @Test
    void livenessIsUp() {
        given().get("/q/health/live").then().statusCode(200).body("status", is("UP"));
    }

    @Test
    void readinessChecksTheDatabaseAndTheTokenIssuer() {
        given().get("/q/health/ready").then().statusCode(200)
                .body("status", is("UP"))
                .body("checks.name", hasItem(containsString("Reactive PostgreSQL")))
                .body("checks.name", hasItem("OIDC Provider Health Check"));
    }

    @Test
    void prometheusMetricsArePublishedWithTheFeedHead() {
        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("jvm_memory_used_bytes"))
                .body(containsString("corroborate_feed_head_position"));
    }
}
