package io.corroborate.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import java.net.URI;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import io.corroborate.devstack.test.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.vertx.core.json.JsonObject;

/**
 * Going around the gateway gains nothing: each service refuses what the gateway refuses (depth, cost, aliases, page
 * size and body size) with LIMIT, before any resolver runs.
 */
@QuarkusTest
class ServiceLimitsTest {

    @Test
    void claimsServiceRefusesAQueryThirteenLevelsDeep() {
        String thirteen = "{ claims(first: 1) { edges { node { attribution { source { claims(first: 1) { edges { node {"
                + " attribution { source { claims(first: 1) { edges { cursor } } } } } } } } } } } } }";
        assertRefused(post("claims", thirteen), "13 levels deep; the limit is 12");
    }

    @Test
    void eachServiceRefusesMoreThanThirtyAliases() {
        assertRefused(post("claims", aliases(31, "claims(first: 1) { totalCount }")), "31 aliases; the limit is 30");
        assertRefused(post("sources", aliases(31, "sources(first: 1) { totalCount }")), "31 aliases; the limit is 30");
    }

    @Test
    void eachServiceRefusesAQueryOverTheCostBudget() {
        // The services' budget is 10,000 (room for the join keys the gateway adds). A page of 100 claims
        // whose hop sources each list 100 claims costs about 30,000; 30 pages of 100 sources with ten fields, 36,000.
        assertRefused(post("claims", "{ claims(first: 100) { edges { node { attribution { source { claims(first: 100) {"
                + " edges { node { id } } } } } } } } }"), "the budget is 10000");
        assertRefused(post("sources", aliases(30, "sources(first: 100) { edges { node { id name kind aliases description"
                + " country homepage wikidataId marking version } } }")), "the budget is 10000");
    }

    @Test
    void eachServiceRefusesAPageOfMoreThanOneHundred() {
        assertRefused(post("claims", "{ claims(first: 101) { totalCount } }"), "first is 101");
        assertRefused(post("sources", "{ sources(first: 500) { totalCount } }"), "first is 500");
    }

    @Test
    void eachServiceRefusesABodyOverOneMegabyteWith413() {
        for (String service : new String[] { "claims", "sources" }) {
            String padding = "#".repeat(1_100_000);
            request(service).body(new JsonObject().put("query", "{ __typename }\n" + padding).encode())
                    .post("/graphql").then()
                    .statusCode(413)
                    .body("errors[0].extensions.code", is("LIMIT"));
        }
    }

    @Test
    void eachServiceRefusesABatchAndABodyThatIsNoJsonObject() {
        for (String service : new String[] { "claims", "sources" }) {
            request(service).body("[{\"query\": \"{ __typename }\"}, {\"query\": \"{ __typename }\"}]")
                    .post("/graphql").then()
                    .statusCode(400)
                    .body("errors[0].extensions.code", is("LIMIT"))
                    .body("errors[0].message", containsString("one operation per request"));
            request(service).body("{\"query\": ").post("/graphql").then()
                    .statusCode(400)
                    .body("errors[0].extensions.code", is("VALIDATION"));
        }
    }

    private static String aliases(int count, String field) {
        return "{ " + IntStream.range(0, count).mapToObj(i -> "a" + i + ": " + field).collect(Collectors.joining(" ")) + " }";
    }

    private static void assertRefused(ValidatableResponse response, String reason) {
        response.statusCode(200)
                .body("data", nullValue())
                .body("errors[0].extensions.code", is("LIMIT"))
                .body("errors[0].message", containsString(reason));
    }

    private static ValidatableResponse post(String service, String query) {
        return request(service).body(Map.of("query", query)).post("/graphql").then().log().ifValidationFails();
    }

    private static io.restassured.specification.RequestSpecification request(String service) {
        URI url = URI.create(ConfigProvider.getConfig().getValue("corroborate.test." + service + "-url", String.class));
        return given().baseUri(url.getScheme() + "://" + url.getHost()).port(url.getPort())
                .contentType(ContentType.JSON).accept(ContentType.JSON)
                .auth().oauth2(TestTokens.forUser("vic", "viewer"));
    }
}
