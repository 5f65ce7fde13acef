package io.corroborate.gateway;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.corroborate.devstack.test.GraphQLClient;
import io.corroborate.devstack.test.TestTokens;
import io.quarkus.test.junit.QuarkusTest;

/** Through the gateway, items above the caller's clearance stay invisible, and a hidden source redacts its hop. */
@QuarkusTest
class GatewayMarkingTest {

    private static final GraphQLClient RED_ANALYST = GraphQLClient.as("ana", "analyst");
    private static final GraphQLClient GREEN_VIEWER = GraphQLClient.withToken(TestTokens.withClearance("GREEN", "greta", "viewer"));

    @Test
    void meShowsTheClearanceFromTheToken() {
        GREEN_VIEWER.execute("{ me { username clearance } }")
                .body("data.me.username", is("greta"))
                .body("data.me.clearance", is("GREEN"));
    }

    @Test
    void aRedClaimIsNotFoundAndAHiddenSourceRedactsItsHop() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String informant = createSource("Confidential informant " + suffix, "RED");
        String gazeta = createSource("Rossiyskaya Gazeta " + suffix, "CLEAR");
        String article = SeedData.articleWithClaims(createSource("The Washington Times " + suffix, "CLEAR"), 0, gazeta);
        String greenClaim = createClaim(article, "GREEN", informant, gazeta);
        String redClaim = createClaim(article, "RED", gazeta);

        GREEN_VIEWER.execute("query($id: ID!) { claim(id: $id) { id } }", Map.of("id", redClaim))
                .body("errors[0].extensions.code", is("NOT_FOUND"));
        GREEN_VIEWER.execute("""
                        query($a: ID!) { claims(filter: {articleId: $a}) { totalCount edges { node {
                          id origin { name } attribution { position role redacted source { name } excerpt } } } } }""",
                        Map.of("a", article))
                .body("errors", nullValue())
                .body("data.claims.totalCount", is(1))
                .body("data.claims.edges[0].node.id", is(greenClaim))
                .body("data.claims.edges[0].node.origin", nullValue())
                .body("data.claims.edges[0].node.attribution.redacted", contains(true, false))
                .body("data.claims.edges[0].node.attribution[0].source", nullValue())
                .body("data.claims.edges[0].node.attribution[0].excerpt", nullValue())
                .body("data.claims.edges[0].node.attribution[1].source.name", is("Rossiyskaya Gazeta " + suffix));
        RED_ANALYST.execute("query($id: ID!) { claim(id: $id) { origin { name } attribution { redacted } } }", Map.of("id", greenClaim))
                .body("data.claim.origin.name", is("Confidential informant " + suffix))
                .body("data.claim.attribution.redacted", contains(false, false));
    }

    private static String createSource(String name, String marking) {
        return RED_ANALYST.execute("mutation($i: CreateSourceInput!) { createSource(input: $i) { id } }",
                        Map.of("i", Map.of("name", name, "kind", "PERSON", "marking", marking)))
                .extract().path("data.createSource.id");
    }

    private static String createClaim(String article, String marking, String origin, String... relays) {
        List<Map<String, Object>> chain = new java.util.ArrayList<>();
        chain.add(Map.of("role", "ORIGIN", "sourceId", origin, "channel", "INTERVIEW", "excerpt", "Free of charge."));
        for (String relay : relays) {
            chain.add(Map.of("role", "RELAY", "sourceId", relay, "verb", "REPORTED"));
        }
        return RED_ANALYST.execute("mutation($i: CreateClaimInput!) { createClaim(input: $i) { id } }",
                        Map.of("i", Map.of("articleId", article, "statement", "Wounded soldiers are treated abroad.",
                                "claimedAt", "2025-01-15T00:00:00Z", "marking", marking, "attribution", chain)))
                .extract().path("data.createClaim.id");
    }
}
