package io.corroborate.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.corroborate.devstack.test.GraphQLClient;
import io.corroborate.devstack.test.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * The OWASP GraphQL limits: each is refused with LIMIT before the gateway calls any service. Every test checks that
 * the services behind the gateway received nothing.
 */
@QuarkusTest
class GatewayLimitsTest {

    private static final GraphQLClient VIEWER = GraphQLClient.as("vic", "viewer");

    private double downstreamCallsBefore;

    @BeforeEach
    void countDownstreamCalls() {
        downstreamCallsBefore = GatewayMetrics.downstreamCalls();
    }

    @Test
    void aQueryThirteenLevelsDeepIsRefused() {
        // claims > edges > node > attribution > source > claims > edges > node > attribution > source > name: 11 levels
        String eleven = "{ claims(first: 1) { edges { node { attribution { source { claims(first: 1) { edges { node { attribution { source { name } } } } } } } } } } }";
        VIEWER.execute(eleven).body("errors", nullValue());
        countDownstreamCalls();

        String thirteen = "{ claims(first: 1) { edges { node { attribution { source { claims(first: 1) { edges { node { attribution { source { claims(first: 1) { edges { cursor } } } } } } } } } } } } }";
        assertRefused(VIEWER.execute(thirteen), "13 levels deep; the limit is 12");
    }

    @Test
    void aQueryOverTheCostBudgetIsRefused() {
        // 100 sources × 100 claims each: each claim field costs 10,000.
        assertRefused(VIEWER.execute("{ sources(first: 100) { edges { node { claims(first: 100) { edges { node { id statement } } } } } } }"),
                "the budget is 5000");
    }

    @Test
    void moreThanThirtyAliasesAreRefused() {
        String aliases = IntStream.range(0, 31).mapToObj(i -> "c" + i + ": claims(first: 1) { totalCount }").collect(Collectors.joining(" "));
        assertRefused(VIEWER.execute("{ " + aliases + " }"), "31 aliases; the limit is 30");
    }

    @Test
    void aPageOfMoreThanOneHundredIsRefusedWhetherLiteralOrVariable() {
        assertRefused(VIEWER.execute("{ claims(first: 101) { totalCount } }"), "first is 101");
        assertRefused(VIEWER.execute("query($n: Int) { sources(first: $n) { totalCount } }", Map.of("n", 500)), "first is 500");
    }

    @Test
    void aBatchOfUpToTenOperationsRunsEachInOrder() {
        JsonArray batch = new JsonArray()
                .add(new JsonObject().put("query", "{ me { username } }"))
                .add(new JsonObject().put("query", "query($n: Int) { claims(first: $n) { totalCount } }").put("variables", new JsonObject().put("n", 1)));
        post(batch.encode())
                .statusCode(200)
                .body("$", hasSize(2))
                .body("[0].data.me.username", is("vic"))
                .body("[1].errors", nullValue());
    }

    @Test
    void aBatchOfElevenOperationsIsRefused() {
        JsonArray batch = new JsonArray();
        IntStream.range(0, 11).forEach(i -> batch.add(new JsonObject().put("query", "{ claims(first: 1) { totalCount } }")));
        post(batch.encode())
                .statusCode(400)
                .body("errors[0].extensions.code", is("LIMIT"))
                .body("errors[0].message", containsString("11 operations; the limit is 10"));
        assertNothingReachedTheServices();
    }

    @Test
    void aBodyOverOneMegabyteIsRefusedWith413() {
        String padding = "#".repeat(1_100_000);
        post(new JsonObject().put("query", "{ claims(first: 1) { totalCount } }\n" + padding).encode())
                .statusCode(413)
                .body("errors[0].extensions.code", is("LIMIT"));
        assertNothingReachedTheServices();
    }

    private ValidatableResponse post(String body) {
        return given().contentType(ContentType.JSON).accept(ContentType.JSON)
                .auth().oauth2(TestTokens.forUser("vic", "viewer"))
                .body(body)
                .post("/graphql")
                .then().log().ifValidationFails();
    }

    private void assertRefused(ValidatableResponse response, String reason) {
        response.statusCode(200)
                .body("data", nullValue())
                .body("errors[0].extensions.code", is("LIMIT"))
                .body("errors[0].message", containsString(reason));
        assertNothingReachedTheServices();
    }

    private void assertNothingReachedTheServices() {
        assertEquals(downstreamCallsBefore, GatewayMetrics.downstreamCalls(), "calls sent to the services");
    }
}
