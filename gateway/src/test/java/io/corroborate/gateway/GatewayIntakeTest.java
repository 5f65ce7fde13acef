package io.corroborate.gateway;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.corroborate.devstack.test.GraphQLClient;
import io.quarkus.test.junit.QuarkusTest;

/** Article intake through the public endpoint: claims-service reads the article, sources-service matches its mentions. */
@QuarkusTest
class GatewayIntakeTest {

    private static final GraphQLClient ANALYST = GraphQLClient.as("ana", "analyst");
    private static final String PROPOSE = "query($i: IntakeInput!) { proposeClaims(input: $i) { proposals { statement chain { role verb match { sourceId } } } } }";

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
                .body("data.proposeClaims.proposals[0].chain.match.sourceId", contains(origin, relay, publisher))
                .body("data.proposeClaims.proposals[0].chain.role", contains("ORIGIN", "RELAY", "RELAY"));
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
