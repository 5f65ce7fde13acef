package io.corroborate.claims.claim;

import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.corroborate.claims.Seed;
import io.corroborate.claims.SqlLogged;
import io.corroborate.devstack.test.LogCapture;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * A page costs the same number of SQL statements whether it holds 1, 10 or 50 items, whatever per-item fields it
 * selects: every per-claim field (chain, figures, article, relations, reviews, history, corroboration) and every
 * per-article field (publisher, the article's first claims) is read once for the page. Statements are counted as
 * Hibernate logs them.
 */
@QuarkusTest
@TestProfile(SqlLogged.class)
class QueryCountTest {

    private static final String CLAIM_PAGE = """
            query($first: Int, $topic: String!) { claims(first: $first, filter: {topics: [$topic]}) { totalCount edges { node {
              statement figures { value } attribution { position sourceId source { id } } articleId article { title }
              relations { type } reviews { status } history { field } corroboration { independentOrigins circularReporting }
            } } } }""";

    private static final String ARTICLE_PAGE = """
            query($first: Int, $publisher: String!) { articles(first: $first, filter: {publisherSourceIds: [$publisher]}) {
              totalCount edges { node {
                title publisherSourceId publisher { id }
                claims(first: 3) { totalCount edges { node { statement attribution { sourceId } reviews { status } } } }
            } } } }""";

    private static String topic;
    private static String publisher;

    private final LogCapture sql = new LogCapture("org.hibernate.SQL");

    /**
     * 50 articles of one publisher, each with two claims of this test's topic, reviewed and related to each other. (Made
     * before the first test rather than in a static @BeforeAll, when the application's port is not yet known.)
     */
    @BeforeEach
    void fiftyArticlesWithTwoClaimsEach() {
        if (topic != null) {
            return;
        }
        topic = "query-count-" + UUID.randomUUID().toString().substring(0, 8);
        publisher = Seed.source("Query Count Herald " + UUID.randomUUID(), "OUTLET");
        for (int i = 0; i < 50; i++) {
            String article = Seed.ANALYST.execute("mutation($i: CreateArticleInput!) { createArticle(input: $i) { id } }",
                            Map.of("i", Map.of("url", "https://herald.example.test/" + UUID.randomUUID(), "title", "Report " + i,
                                    "publisherSourceId", publisher)))
                    .body("data.createArticle.id", notNullValue()).extract().path("data.createArticle.id");
            String first = claim(article, "The ambassador said " + i);
            String second = claim(article, "The newspaper reported " + i);
            Seed.ANALYST.execute("mutation($i: RelateClaimsInput!) { relateClaims(input: $i) { type } }",
                    Map.of("i", Map.of("fromClaimId", second, "toClaimId", first, "type", "SUPPORTS"))).body("errors", nullValue());
            Seed.EDITOR.execute("mutation($i: ReviewClaimInput!) { reviewClaim(input: $i) { id } }",
                    Map.of("i", Map.of("claimId", first, "status", "CONFIRMED", "credibility", 2, "rationale", "Two outlets.")))
                    .body("errors", nullValue());
        }
    }

    private static String claim(String article, String statement) {
        return Seed.ANALYST.execute("mutation($i: CreateClaimInput!) { createClaim(input: $i) { id } }",
                        Map.of("i", Map.of("articleId", article, "statement", statement, "claimedAt", "2025-01-15T00:00:00Z",
                                "topics", List.of(topic),
                                "figures", List.of(Map.of("quantity", "wounded soldiers", "value", 100, "unit", "people")),
                                "attribution", List.of(Map.of("role", "ORIGIN", "sourceId", Seed.MATSEGORA, "channel", "INTERVIEW"),
                                        Map.of("role", "RELAY", "sourceId", Seed.ROSSIYSKAYA_GAZETA, "verb", "REPORTED")))))
                .body("data.createClaim.id", notNullValue()).extract().path("data.createClaim.id");
    }

    @BeforeEach
    void countStatements() {
        sql.start();
    }

    @AfterEach
    void stopCounting() {
        sql.stop();
    }

    @Test
    void aPageOfClaimsWithEveryPerClaimFieldCostsTheSameStatementsForOneTenOrFiftyClaims() {
        // The page of 1 costs the most: its claim is supported by one outside the page, which corroboration reads.
        int one = statementsFor(CLAIM_PAGE, Map.of("first", 1, "topic", topic), "data.claims.edges", 1);
        assertAtMost(one, statementsFor(CLAIM_PAGE, Map.of("first", 10, "topic", topic), "data.claims.edges", 10), "10 claims");
        assertAtMost(one, statementsFor(CLAIM_PAGE, Map.of("first", 50, "topic", topic), "data.claims.edges", 50), "50 claims");
        System.out.printf("BENCHMARK statements for a page of claims with every per-claim field: %d%n", one);
    }

    @Test
    void aPageOfArticlesWithTheirClaimsCostsTheSameStatementsForOneTenOrFiftyArticles() {
        int one = statementsFor(ARTICLE_PAGE, Map.of("first", 1, "publisher", publisher), "data.articles.edges", 1);
        assertAtMost(one, statementsFor(ARTICLE_PAGE, Map.of("first", 10, "publisher", publisher), "data.articles.edges", 10), "10 articles");
        assertAtMost(one, statementsFor(ARTICLE_PAGE, Map.of("first", 50, "publisher", publisher), "data.articles.edges", 50), "50 articles");
        Seed.VIEWER.execute(ARTICLE_PAGE, Map.of("first", 50, "publisher", publisher))
                .body("data.articles.edges.node.claims.totalCount", everyItem(is(2)))
                .body("data.articles.edges.node.claims.edges", everyItem(hasSize(2)));
        System.out.printf("BENCHMARK statements for a page of articles with their first claims: %d%n", one);
    }

    @Test
    void aTotalIsCountedOnlyWhenTheClientSelectsIt() {
        String list = "articles(first: 5, filter: {publisherSourceIds: [$v]})";
        String query = "query($v: String!) { " + list + " { %s edges { node { id } } } }";

        sql.clear();
        Seed.VIEWER.execute(query.formatted(""), Map.of("v", publisher)).body("errors", nullValue());
        assertTrue(sql.messages().stream().noneMatch(QueryCountTest::counts), list + " without totalCount counts nothing: " + sql.messages());

        sql.clear();
        Seed.VIEWER.execute(query.formatted("totalCount"), Map.of("v", publisher)).body("errors", nullValue());
        assertTrue(sql.messages().stream().anyMatch(QueryCountTest::counts), list + " with totalCount counts");
    }

    /**
     * A claims list, which grows without bound, reads its matches up to 10,001 in the statement that reads a short
     * list's page: that bounded read chooses how the page is read, and is its totalCount. It is the only count.
     */
    @Test
    void aClaimsListCountsOnlyWithinTheBoundedReadOfItsPage() {
        String query = "query($v: String!) { claims(first: 5, filter: {topics: [$v]}) { %s edges { node { id } } } }";
        for (String selection : List.of("", "totalCount totalCountEstimated")) {
            sql.clear();
            Seed.VIEWER.execute(query.formatted(selection), Map.of("v", topic)).body("errors", nullValue());
            List<String> counting = sql.messages().stream().filter(QueryCountTest::counts).toList();
            assertEquals(1, counting.size(), "one counting statement with '" + selection + "': " + sql.messages());
            assertTrue(plain(counting.get(0)).contains("limit 10001"), "the count stops at a limit: " + counting.get(0));
        }
    }

    /** A chain and a figure list take a statement each, so a list reads them only when the client selects what needs them. */
    @Test
    void aListReadsChainsAndFiguresOnlyWhenTheClientSelectsWhatNeedsThem() {
        String page = "query($v: String!) { claims(first: 10, filter: {topics: [$v]}) { edges { node { %s } } } }";
        assertEquals(List.of(), tablesRead(page.formatted("statement status"), Map.of("v", topic)), "the claims' own columns");
        assertEquals(List.of("claim_figure"), tablesRead(page.formatted("statement figures { value }"), Map.of("v", topic)),
                "figures");
        assertEquals(List.of("attribution_hop"), tablesRead(page.formatted("attribution { sourceId }"), Map.of("v", topic)),
                "the chain");
        assertTrue(tablesRead(page.formatted("corroboration { independentOrigins }"), Map.of("v", topic)).contains("attribution_hop"),
                "corroboration reads the chain");

        // claimsBySources finds its claims through their hops, and loads no chain or figure for a selection like this.
        sql.clear();
        Seed.VIEWER.execute("query($s: [String!]!) { claimsBySources(sourceIds: $s, first: 5) { claims { edges { node { statement } } } } }",
                        Map.of("s", List.of(Seed.MATSEGORA)))
                .body("errors", nullValue())
                .body("data.claimsBySources[0].claims.edges", hasSize(5));
        assertEquals(1, sql.messages().stream().filter(statement -> plain(statement).contains("attribution_hop")).count(),
                "only the statement that finds the claims reads hops: " + sql.messages());
    }

    /** Which of the chain's and the figures' tables the query's statements read, in that order. */
    private List<String> tablesRead(String query, Map<String, Object> variables) {
        sql.clear();
        Seed.VIEWER.execute(query, variables).body("errors", nullValue()).body("data.claims.edges", hasSize(10));
        return List.of("attribution_hop", "claim_figure").stream()
                .filter(table -> sql.messages().stream().anyMatch(statement -> plain(statement).contains(table)))
                .toList();
    }

    /** Hibernate logs statements formatted and coloured. */
    private static String plain(String statement) {
        return statement.replaceAll("\u001B\\[[;\\d]*m", "").replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT);
    }

    private static boolean counts(String statement) {
        return statement.toLowerCase(java.util.Locale.ROOT).contains("count(");
    }

    private static void assertAtMost(int statementsForOne, int statements, String page) {
        assertTrue(statements <= statementsForOne, page + " cost " + statements + " statements, one costs " + statementsForOne);
    }

    private int statementsFor(String query, Map<String, Object> variables, String edges, int size) {
        sql.clear();
        Seed.VIEWER.execute(query, variables)
                .body("errors", nullValue())
                .body(edges, hasSize(size));
        // The event relay polls the feed (claim_event) on its own; no page reads it.
        return (int) sql.messages().stream().filter(statement -> !statement.contains("claim_event")).count();
    }
}
