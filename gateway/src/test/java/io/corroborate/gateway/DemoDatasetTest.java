package io.corroborate.gateway;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.junit.jupiter.api.Test;

import io.corroborate.devstack.demo.DemoData;
import io.corroborate.devstack.test.GraphQLClient;
import io.corroborate.devstack.test.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

/** The demo dataset of deploy/demo: drawn verbatim from the seed article, loaded through the gateway, once. */
@QuarkusTest
class DemoDatasetTest {

    @Test
    void everyQuoteAndExcerptOccursVerbatimInTheSeedArticle() throws IOException {
        Path seedArticle = Path.of(System.getProperty("corroborate.shared.dir", "../../shared"), "data", "seed-article.txt");
        // The article itself stays outside the repository: where it is absent, this check says so and is skipped.
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isReadable(seedArticle), () -> "Skipped: the seed article is not at "
                + seedArticle.toAbsolutePath().normalize() + " (set -Dcorroborate.shared.dir to the shared folder to run this check)");
        String article = Files.readString(seedArticle);
        List<String> quoted = new ArrayList<>();
        for (JsonValue value : DemoData.read().getJsonArray("claims")) {
            JsonObject claim = value.asJsonObject();
            quoted.add(claim.getString("quote"));
            claim.getJsonArray("attribution").forEach(hop -> {
                if (hop.asJsonObject().containsKey("excerpt")) {
                    quoted.add(hop.asJsonObject().getString("excerpt"));
                }
            });
        }
        assertThat(quoted.size(), greaterThanOrEqualTo(18));
        quoted.forEach(quote -> assertThat("quoted from the seed article", article, containsString(quote)));
    }

    @Test
    void itLoadsThroughTheGatewayAndLoadingItAgainChangesNothing() {
        String gateway = "http://127.0.0.1:" + RestAssured.port;
        String admin = TestTokens.forUser("ada", "admin");
        // Another test class of this run may have loaded it already: either way, it is there afterwards.
        DemoData.Result loaded = DemoData.load(gateway, admin);
        String before = snapshot(loaded.articleId());
        DemoData.Result again = DemoData.load(gateway, admin);

        assertFalse(again.loadedNow(), "the second load finds the article and writes nothing");
        assertEquals(loaded.articleId(), again.articleId());
        assertEquals(before, snapshot(loaded.articleId()), "nothing changed");
        assertThat(loaded.sources(), greaterThanOrEqualTo(15));
        GraphQLClient.as("vic", "viewer").execute("""
                        query($id: ID!) { article(id: $id) { publisher { name } claims(first: 100) { totalCount edges { node {
                          statement status figures { quantity value } relations { type }
                          attribution { role source { name reliability { assessed { grade } } } } } } } } }""",
                        Map.of("id", loaded.articleId()))
                .body("data.article.publisher.name", is("The Washington Times"))
                .body("data.article.claims.totalCount", is(loaded.claims()))
                .body("data.article.claims.edges.node.figures.quantity.flatten()", hasItem("killed"))
                .body("data.article.claims.edges.node.relations.type.flatten()", hasItem("CONTRADICTS"))
                .body("data.article.claims.edges.node.status", hasItem("UNPROVEN"))
                .body("data.article.claims.edges.node.attribution.source.reliability.assessed.grade.flatten()", hasItem("D"));
        GraphQLClient.as("vic", "viewer").execute("{ searchSources(text: \"Rossiyskaya Gazeta\") { name } }")
                .body("data.searchSources.findAll { it.name == 'Rossiyskaya Gazeta' }.size()", is(1));
    }

    /** The article's claims with their relations and reviews, as text: equal before and after means nothing was written. */
    private static String snapshot(String article) {
        return GraphQLClient.as("vic", "viewer").execute("""
                        query($id: ID!) { article(id: $id) { claims(first: 100) { totalCount edges { node {
                          id version relations { type } reviews { status } } } } } }""", Map.of("id", article))
                .extract().asString();
    }
}
