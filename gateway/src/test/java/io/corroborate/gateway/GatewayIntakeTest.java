package io.corroborate.gateway;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.corroborate.devstack.test.GraphQLClient;
import io.quarkus.test.junit.QuarkusTest;

/** Article intake through the public endpoint: claims-service reads the article, sources-service matches its mentions. */
@QuarkusTest
class GatewayIntakeTest {

    private static final GraphQLClient ANALYST = GraphQLClient.as("ana", "analyst");
    private static final String PROPOSE = "query($i: IntakeInput!) { proposeClaims(input: $i) { proposals { statement continuation { text } chain { role verb match { sourceId } } } } }";

    @Test
    void anArticleBecomesProposedClaimsWhoseChainsNameKnownSources() {
        String origin = create("Orlenna Brisk", "PERSON");
        String relay = create("Harbour Ledger", "OUTLET");
        String publisher = create("Coastal Evening Post", "OUTLET");

        ANALYST.execute(PROPOSE, Map.of("i", Map.of(
                        "text", "Harbour Ledger reported, citing Orlenna Brisk, that the port reopened to grain ships on Monday.",
                        "url", "https://news.example.test/port", "publisherSourceId", publisher)))
                .body("errors", nullValue())
                .body("data.proposeClaims.proposals[0].statement", is("The port reopened to grain ships on Monday."))
                .body("data.proposeClaims.proposals[0].continuation", empty())
                .body("data.proposeClaims.proposals[0].chain.match.sourceId", contains(origin, relay, publisher))
                .body("data.proposeClaims.proposals[0].chain.role", contains("ORIGIN", "RELAY", "RELAY"));
    }

    @Test
    void acceptingCreatesTheArticleTheNewSourceAndTheClaimWithItsChainInOneCall() {
        String relay = create("Dockside Courier", "OUTLET");
        Map<String, Object> claim = Map.of("key", "c1", "statement", "The harbour reopened to grain ships.", "claimedAt", "2025-02-01T00:00:00Z",
                "attribution", List.of(Map.of("role", "ORIGIN", "sourceId", "new:pm", "channel", "STATEMENT"),
                        Map.of("role", "RELAY", "sourceId", relay, "verb", "REPORTED")));
        Map<String, Object> input = Map.of("bundle", Map.of("article", Map.of("url", "https://news.example.test/harbour-" + UUID.randomUUID(),
                        "title", "Harbour reopens"), "claims", List.of(claim)),
                "newSources", List.of(Map.of("key", "pm", "name", "Pell Marrow", "kind", "PERSON")));

        ANALYST.execute("mutation($i: AcceptProposalsInput!) { acceptProposals(input: $i) { title claims { edges { node { statement"
                        + " attribution { role source { name } } } } } } }", Map.of("i", input))
                .body("errors", nullValue())
                .body("data.acceptProposals.claims.edges[0].node.attribution.source.name", contains("Pell Marrow", "Dockside Courier"));
    }

    @Test
    void badInputKeepsItsCodeAndField() {
        ANALYST.execute(PROPOSE, Map.of("i", Map.of("text", "", "url", "https://news.example.test/empty")))
                .body("data", nullValue())
                .body("errors[0].extensions.code", is("VALIDATION"))
                .body("errors[0].extensions.field", is("input.text"));
    }

    private static String create(String name, String kind) {
        return ANALYST.execute("mutation($i: CreateSourceInput!) { createSource(input: $i) { id } }",
                Map.of("i", Map.of("name", name, "kind", kind))).extract().path("data.createSource.id");
    }
}
