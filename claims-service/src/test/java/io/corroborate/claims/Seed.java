package io.corroborate.claims;

import static org.hamcrest.Matchers.notNullValue;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.corroborate.devstack.test.GraphQLClient;

/**
 * Test data drawn from the seed article (kept outside the repository): the sources as fixed ids (they live in sources-service),
 * and helpers that create the article and its claims through the API.
 */
public final class Seed {

    // The sources live in sources-service; each is created there once per test run.
    public static final String MATSEGORA = source("Alexander Matsegora", "PERSON");
    public static final String ROSSIYSKAYA_GAZETA = source("Rossiyskaya Gazeta", "OUTLET");
    public static final String ISW = source("Institute for the Study of War", "THINK_TANK");
    public static final String NK_NEWS = source("NK News", "OUTLET");
    public static final String PUBLISHER = source("The Washington Times", "OUTLET");

    public static final GraphQLClient ANALYST = GraphQLClient.as("ana", "analyst");
    public static final GraphQLClient EDITOR = GraphQLClient.as("ed", "editor");
    public static final GraphQLClient ADMIN = GraphQLClient.as("ada", "admin");
    public static final GraphQLClient VIEWER = GraphQLClient.as("vic", "viewer");
    public static final GraphQLClient SERVICE = GraphQLClient.as("sources-service", "service");

    public static final String CLAIM_FIELDS = """
            id statement quote claimedAt topics status credibility marking version createdBy articleId
            figures { quantity value unit }
            attribution { position role sourceId verb channel excerpt date }
            """;

    private Seed() {
    }

    /** Creates the source in the sources-service that the tests run against, and returns its id. */
    public static String source(String name, String kind) {
        String sourcesUrl = org.eclipse.microprofile.config.ConfigProvider.getConfig()
                .getValue("corroborate.test.sources-url", String.class);
        return GraphQLClient.as("ana", "analyst").on(sourcesUrl)
                .execute("mutation($i: CreateSourceInput!) { createSource(input: $i) { id } }",
                        Map.of("i", Map.of("name", name, "kind", kind)))
                .body("data.createSource.id", notNullValue())
                .extract().path("data.createSource.id");
    }

    public static String createArticle(String url) {
        return ANALYST.execute("""
                mutation($input: CreateArticleInput!) { createArticle(input: $input) { id } }""",
                Map.of("input", article(url)))
                .body("data.createArticle.id", notNullValue())
                .extract().path("data.createArticle.id");
    }

    public static Map<String, Object> article(String url) {
        return Map.of("url", url,
                "title", ArticleQuotes.TITLE,
                "publisherSourceId", PUBLISHER,
                "publishedAt", "2025-01-21T12:00:00Z",
                "language", "en");
    }

    /** The ambassador's statement, as relayed by Rossiyskaya Gazeta and then the ISW. */
    public static Map<String, Object> hospitalityClaim(String articleId) {
        return Map.of(
                "articleId", articleId,
                "statement", "North Korea refused Russia's offer of financial compensation for treating wounded Russian soldiers.",
                "quote", ArticleQuotes.COMPENSATION_REFUSED,
                "claimedAt", "2025-01-15T00:00:00Z",
                "topics", List.of("Medical Care", "russia-north-korea"),
                "attribution", List.of(
                        Map.of("role", "ORIGIN", "sourceId", MATSEGORA, "channel", "INTERVIEW"),
                        Map.of("role", "RELAY", "sourceId", ROSSIYSKAYA_GAZETA, "verb", "REPORTED",
                                "excerpt", ArticleQuotes.HUNDREDS_OF_SOLDIERS),
                        Map.of("role", "RELAY", "sourceId", ISW, "verb", "CITED", "date", "2025-01-18")));
    }

    /** NK News's casualty figures for the first wave of North Korean troops. */
    public static Map<String, Object> casualtyClaim(String articleId) {
        return Map.of(
                "articleId", articleId,
                "statement", "North Korean troops in Kursk initially suffered about 1,000 killed and 3,000 wounded of 12,000.",
                "claimedAt", "2025-01-20T00:00:00Z",
                "topics", List.of("casualties"),
                "figures", List.of(
                        Map.of("quantity", "killed", "value", 1000, "unit", "persons"),
                        Map.of("quantity", "wounded", "value", 3000, "unit", "persons"),
                        Map.of("quantity", "deployed", "value", 12000, "unit", "troops")),
                "attribution", List.of(Map.of("role", "ORIGIN", "sourceId", NK_NEWS, "channel", "REPORT")));
    }

    public static String createClaim(Map<String, Object> input) {
        return ANALYST.execute("mutation($input: CreateClaimInput!) { createClaim(input: $input) { id } }",
                Map.of("input", input))
                .body("data.createClaim.id", notNullValue())
                .extract().path("data.createClaim.id");
    }

    /** A claim input like {@code base} with other fields replaced or removed (a null value removes). */
    public static Map<String, Object> with(Map<String, Object> base, Object... keysAndValues) {
        Map<String, Object> copy = new java.util.HashMap<>(base);
        for (int i = 0; i < keysAndValues.length; i += 2) {
            if (keysAndValues[i + 1] == null) {
                copy.remove((String) keysAndValues[i]);
            } else {
                copy.put((String) keysAndValues[i], keysAndValues[i + 1]);
            }
        }
        return copy;
    }

    public static String uniqueUrl() {
        return "https://www.example-news.test/2025/01/21/russia-north-korea-" + UUID.randomUUID();
    }
}
