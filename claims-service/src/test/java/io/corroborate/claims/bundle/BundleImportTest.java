package io.corroborate.claims.bundle;

import static io.corroborate.claims.Seed.ANALYST;
import static io.corroborate.claims.Seed.VIEWER;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.corroborate.claims.Database;
import io.corroborate.claims.Seed;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class BundleImportTest {

    private static final String IMPORT = "mutation($i: BundleInput!) { importBundle(input: $i) { id url claims { totalCount } } }";

    @Test
    void importingTheSameBundleTwiceGivesTheSameState() {
        Map<String, Object> bundle = bundle(Seed.uniqueUrl());

        String first = ANALYST.execute(IMPORT, Map.of("i", bundle))
                .body("errors", nullValue())
                .body("data.importBundle.claims.totalCount", is(2))
                .extract().path("data.importBundle.id");
        String after = Database.snapshot();

        ANALYST.execute(IMPORT, Map.of("i", bundle))
                .body("data.importBundle.id", is(first));
        assertEquals(after, Database.snapshot(), "a repeated import writes nothing");

        VIEWER.execute("query($a: ID!) { claims(filter: {articleId: $a}, orderBy: {field: CLAIMED_AT, direction: ASC}) { edges { node { relations { type } } } } }",
                        Map.of("a", first))
                .body("data.claims.edges[0].node.relations[0].type", is("CONTRADICTS"));
    }

    @Test
    void aBundleWithABadClaimImportsNothing() {
        Map<String, Object> bundle = bundle(Seed.uniqueUrl());
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> claims = (List<Map<String, Object>>) bundle.get("claims");
        bundle.put("claims", List.of(claims.get(0), Seed.with(claims.get(1), "statement", "")));
        bundle.remove("relations");
        String before = Database.snapshot();

        ANALYST.execute(IMPORT, Map.of("i", bundle))
                .body("errors[0].extensions.code", is("VALIDATION"))
                .body("errors[0].extensions.field", is("input.statement"));
        assertEquals(before, Database.snapshot());
    }

    @Test
    void concurrentImportsOfOneArticleAllAnswerWithTheOneArticleTheyStored() throws Exception {
        Map<String, Object> bundle = bundle(Seed.uniqueUrl());
        List<java.util.concurrent.CompletableFuture<io.restassured.path.json.JsonPath>> answers = java.util.stream.IntStream.range(0, 12)
                .mapToObj(i -> java.util.concurrent.CompletableFuture.supplyAsync(
                        () -> ANALYST.execute(IMPORT, Map.of("i", bundle)).extract().jsonPath()))
                .toList();
        java.util.Set<String> ids = new java.util.HashSet<>();
        for (var answer : answers) {
            io.restassured.path.json.JsonPath json = answer.get(60, java.util.concurrent.TimeUnit.SECONDS);
            String id = json.getString("data.importBundle.id");
            org.junit.jupiter.api.Assertions.assertNotNull(id, json.prettify());
            ids.add(id);
            assertEquals(2, json.getInt("data.importBundle.claims.totalCount"), json.prettify());
        }
        assertEquals(1, ids.size(), "one article, the same for every import: " + ids);
    }

    private static Map<String, Object> bundle(String url) {
        Map<String, Object> official = Seed.with(Seed.hospitalityClaim("unused"), "articleId", null, "key", "official");
        Map<String, Object> isw = Seed.with(Seed.casualtyClaim("unused"), "articleId", null, "key", "isw-untreated",
                "figures", null, "statement", "Wounded Russian soldiers are sent back into assault groups without treatment.");
        Map<String, Object> bundle = new HashMap<>();
        bundle.put("article", Seed.article(url));
        bundle.put("claims", List.of(official, isw));
        bundle.put("relations", List.of(Map.of("fromKey", "isw-untreated", "toKey", "official", "type", "CONTRADICTS",
                "rationale", "ISW calls official Russian claims of treatment abroad into question.")));
        return bundle;
    }
}
