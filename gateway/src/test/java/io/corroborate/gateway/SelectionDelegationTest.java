package io.corroborate.gateway;

import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.corroborate.devstack.test.GraphQLClient;
import io.corroborate.devstack.test.LogCapture;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The gateway asks each service for what the client selected and for the keys it joins on, nothing else, however
 * the client wrote its selection: aliases, fragments, inline fragments, directives and variables. Operations are read
 * as the gateway logs them at DEBUG before sending (LogCapture raises the level for these tests alone).
 */
@QuarkusTest
class SelectionDelegationTest {

    private static final String LOGGER = "io.corroborate.gateway.downstream.GraphQLService";
    private static final GraphQLClient VIEWER = GraphQLClient.as("vic", "viewer");

    private final LogCapture operations = new LogCapture(LOGGER);

    @BeforeEach
    void recordOperations() {
        operations.start();
    }

    @AfterEach
    void stopRecording() {
        operations.stop();
    }

    @Test
    void aPageOfClaimsWithItsHopsAsksEachServiceForExactlyWhatWasSelected() {
        String article = article();
        operations.clear();

        VIEWER.execute("""
                        query($article: ID!) { claims(first: 5, filter: {articleId: $article}) { totalCount edges { node {
                          statement status attribution { role verb source { name kind reliability { computed { grade score lower upper } } } }
                        } } } }""", Map.of("article", article))
                .body("errors", nullValue())
                .body("data.claims.edges", hasSize(2));

        assertEquals("claims(first: $first, after: $after, filter: $filter, orderBy: $orderBy) { totalCount edges { node {"
                + " statement status attribution { role verb sourceId } } } }", rootField(only("claims(")));
        assertEquals("sourcesByIds(ids: $ids) { name kind reliability { computed { grade score lower upper } } }",
                rootField(only("sourcesByIds(")));
    }

    @Test
    void aliasesFragmentsDirectivesAndVariablesAreAppliedBeforeAsking() {
        String article = article();
        String query = """
                query($article: ID!, $withQuote: Boolean!, $skipStatus: Boolean!) {
                  page: claims(first: 5, filter: {articleId: $article}) { edges { node {
                    text: statement
                    ...Verdict
                    ... on Claim { quote @include(if: $withQuote) }
                    origin { ... on Source { label: name } }
                  } } }
                }
                fragment Verdict on Claim { status @skip(if: $skipStatus) credibility }""";

        operations.clear();
        VIEWER.execute(query, Map.of("article", article, "withQuote", false, "skipStatus", true))
                .body("errors", nullValue())
                .body("data.page.edges[0].node.text", org.hamcrest.Matchers.startsWith("Wounded"))
                .body("data.page.edges[0].node", not(hasKey("status")))
                .body("data.page.edges[0].node", not(hasKey("quote")))
                .body("data.page.edges[0].node.origin.label", org.hamcrest.Matchers.startsWith("Alexander Matsegora"));
        assertEquals("claims(first: $first, after: $after, filter: $filter, orderBy: $orderBy) { edges { node {"
                + " statement credibility attribution { sourceId } } } }", rootField(only("claims(")));
        assertEquals("sourcesByIds(ids: $ids) { name }", rootField(only("sourcesByIds(")));

        operations.clear();
        VIEWER.execute(query, Map.of("article", article, "withQuote", true, "skipStatus", false))
                .body("errors", nullValue())
                .body("data.page.edges[0].node.status", is("UNVERIFIED"))
                .body("data.page.edges[0].node", hasKey("quote"));
        assertEquals("claims(first: $first, after: $after, filter: $filter, orderBy: $orderBy) { edges { node {"
                + " statement status credibility quote attribution { sourceId } } } }", rootField(only("claims(")));
    }

    @Test
    void fieldsThatMeetInOneLoaderShareOneCallAndEachGetsItsOwnFields() {
        String article = article();
        String originName = originName(article);
        operations.clear();

        VIEWER.execute("""
                        query($article: ID!) { claims(first: 5, filter: {articleId: $article}) { edges { node {
                          origin { name }
                          attribution { source { kind } }
                          article { publisher { homepage } }
                        } } } }""", Map.of("article", article))
                .body("errors", nullValue())
                .body("data.claims.edges[0].node.origin", is(Map.of("name", originName)))
                .body("data.claims.edges[0].node.attribution[0].source", is(Map.of("kind", "PERSON")));

        String sources = only("sourcesByIds(");
        for (String field : List.of("name", "kind", "homepage")) {
            assertTrue(rootField(sources).contains(" " + field), "the merged selection asks for " + field + ": " + sources);
        }
        assertFalse(rootField(sources).contains("aliases"), "and for nothing else: " + sources);
    }

    @Test
    void reliabilityArgumentsGivenAsVariablesTravelWithTheSourceAsWritten() {
        String source = SeedData.source("Daily NK", "OUTLET");
        String query = "query($id: ID!, $topic: String, $asOf: DateTime) { source(id: $id) {"
                + " reliability(topic: $topic, asOf: $asOf) { computed { topic } } } }";
        operations.clear();

        VIEWER.execute(query, Map.of("id", source, "topic", "casualties", "asOf", "2030-01-01T00:00:00Z"))
                .body("errors", nullValue())
                .body("data.source.reliability.computed.topic", is("casualties"));
        assertEquals("source(id: $id) { reliability(topic: \"casualties\", asOf: \"2030-01-01T00:00:00Z\") { computed { topic } } }",
                rootField(only("source(")));

        // Quotes reach sources-service escaped, as the value the client sent, which it judges: not a broken document.
        operations.clear();
        VIEWER.execute(query, Map.of("id", source, "topic", "casualties \"} } } { x"))
                .body("errors[0].extensions.code", is("VALIDATION"))
                .body("errors[0].extensions.field", is("topic"));
        assertEquals("source(id: $id) { reliability(topic: \"casualties \\\"} } } { x\") { computed { topic } } }",
                rootField(only("source(")));
    }

    private static String article() {
        String publisher = SeedData.source("Rossiyskaya Gazeta", "OUTLET");
        String origin = SeedData.source("Alexander Matsegora", "PERSON");
        return SeedData.articleWithClaims(publisher, 2, origin, publisher);
    }

    private static String originName(String article) {
        return VIEWER.execute("query($a: ID!) { claims(first: 1, filter: {articleId: $a}) { edges { node { origin { name } } } } }",
                Map.of("a", article)).extract().path("data.claims.edges[0].node.origin.name");
    }

    /** The one operation sent whose root field starts so. */
    private String only(String rootField) {
        List<String> matching = operations.messages().stream().filter(operation -> rootField(operation).startsWith(rootField)).toList();
        assertEquals(1, matching.size(), "one " + rootField + " operation among " + operations.messages());
        return matching.get(0);
    }

    /** {@code query($id: ID!) { source(id: $id) { … } }} → {@code source(id: $id) { … }}. */
    private static String rootField(String operation) {
        int open = operation.indexOf(") { ");
        return operation.substring(open + 4, operation.length() - 2);
    }
}
