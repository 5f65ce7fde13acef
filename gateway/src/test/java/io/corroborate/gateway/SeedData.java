package io.corroborate.gateway;

import static org.hamcrest.Matchers.notNullValue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.config.ConfigProvider;

import io.corroborate.devstack.test.GraphQLClient;

/** Records drawn from the seed article (kept outside the repository), written straight into the services behind the gateway. */
public final class SeedData {

    private static final GraphQLClient ANALYST = GraphQLClient.as("ana", "analyst");

    private SeedData() {
    }

    public static String source(String name, String kind) {
        return ANALYST.on(url("sources")).execute("mutation($i: CreateSourceInput!) { createSource(input: $i) { id } }",
                        Map.of("i", Map.of("name", name + " " + UUID.randomUUID().toString().substring(0, 8), "kind", kind)))
                .body("data.createSource.id", notNullValue()).extract().path("data.createSource.id");
    }

    /** An article by the publisher with {@code count} claims, each relayed from the origin through the relays. */
    public static String articleWithClaims(String publisher, int count, String origin, String... relays) {
        String articleId = ANALYST.on(url("claims")).execute("mutation($i: CreateArticleInput!) { createArticle(input: $i) { id } }",
                        Map.of("i", Map.of("url", "https://news.example.test/" + UUID.randomUUID(),
                                "title", "Russia, North Korea Boost Their Cooperation Amid Tough Ukrainian Resistance",
                                "publisherSourceId", publisher)))
                .body("data.createArticle.id", notNullValue()).extract().path("data.createArticle.id");
        List<Map<String, Object>> chain = new ArrayList<>();
        chain.add(Map.of("role", "ORIGIN", "sourceId", origin, "channel", "INTERVIEW"));
        for (String relay : relays) {
            chain.add(Map.of("role", "RELAY", "sourceId", relay, "verb", "REPORTED"));
        }
        for (int i = 0; i < count; i++) {
            ANALYST.on(url("claims")).execute("mutation($i: CreateClaimInput!) { createClaim(input: $i) { id } }",
                            Map.of("i", Map.of("articleId", articleId, "statement", "Wounded Russian soldiers are treated in North Korea " + i,
                                    "claimedAt", "2025-01-15T00:00:00Z", "attribution", chain)))
                    .body("data.createClaim.id", notNullValue());
        }
        return articleId;
    }

    private static String url(String service) {
        return ConfigProvider.getConfig().getValue("corroborate.test." + service + "-url", String.class);
    }
}
