package io.corroborate.gateway;

import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.corroborate.devstack.test.GraphQLClient;
import io.quarkus.test.junit.QuarkusTest;

/** Every mutation reaches the service that owns it with the caller's token; the service's error codes pass through. */
@QuarkusTest
class GatewayMutationsTest {

    private static final GraphQLClient ANALYST = GraphQLClient.as("ana", "analyst");
    private static final GraphQLClient EDITOR = GraphQLClient.as("ed", "editor");
    private static final GraphQLClient ADMIN = GraphQLClient.as("ada", "admin");
    private static final GraphQLClient VIEWER = GraphQLClient.as("vic", "viewer");

    @Test
    void theSeedArticlesStoryCanBeRecordedThroughTheGateway() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String matsegora = createSource("Alexander Matsegora " + suffix, "PERSON");
        String gazeta = createSource("Rossiyskaya Gazeta " + suffix, "OUTLET");
        String russia = createSource("Government of Russia " + suffix, "GOVERNMENT_BODY");
        ANALYST.execute("mutation($i: AffiliateInput!) { affiliate(input: $i) { id } }",
                        Map.of("i", Map.of("sourceId", gazeta, "targetSourceId", russia, "type", "STATE_CONTROLLED_BY")))
                .body("errors", nullValue());
        EDITOR.execute("mutation($i: RateSourceInput!) { rateSource(input: $i) { reliability { assessed { grade } } } }",
                        Map.of("i", Map.of("sourceId", gazeta, "grade", "D", "rationale", "State-controlled daily.")))
                .body("data.rateSource.reliability.assessed.grade", is("D"));

        String article = ANALYST.execute("mutation($i: CreateArticleInput!) { createArticle(input: $i) { id } }",
                        Map.of("i", Map.of("url", "https://news.example.test/" + suffix, "title", "Russia, North Korea Boost Their Cooperation")))
                .body("data.createArticle.id", notNullValue()).extract().path("data.createArticle.id");
        String claim = ANALYST.execute("mutation($i: CreateClaimInput!) { createClaim(input: $i) { id version attribution { source { name } } } }",
                        Map.of("i", Map.of("articleId", article, "statement", "North Korea refused payment for treating wounded Russians.",
                                "claimedAt", "2025-01-15T00:00:00Z", "attribution", List.of(
                                        Map.of("role", "ORIGIN", "sourceId", matsegora, "channel", "INTERVIEW"),
                                        Map.of("role", "RELAY", "sourceId", gazeta, "verb", "REPORTED")))))
                .body("data.createClaim.attribution[1].source.name", is("Rossiyskaya Gazeta " + suffix))
                .extract().path("data.createClaim.id");

        String update = "mutation($id: ID!, $v: Int!, $i: UpdateClaimInput!) { updateClaim(id: $id, version: $v, input: $i) { version } }";
        ANALYST.execute(update, Map.of("id", claim, "v", 0, "i", Map.of("topics", List.of("medical-care"))))
                .body("data.updateClaim.version", is(1));
        ANALYST.execute(update, Map.of("id", claim, "v", 0, "i", Map.of("topics", List.of("stale"))))
                .body("errors[0].extensions.code", is("CONFLICT"));

        EDITOR.execute("mutation($i: ReviewClaimInput!) { reviewClaim(input: $i) { status credibility } }",
                        Map.of("i", Map.of("claimId", claim, "status", "UNPROVEN", "credibility", 3, "rationale", "Only the ambassador says so.")))
                .body("data.reviewClaim.status", is("UNPROVEN"));
        ADMIN.execute("mutation($id: ID!) { deleteClaim(id: $id) }", Map.of("id", claim))
                .body("data.deleteClaim", is(true));
        VIEWER.execute("query($id: ID!) { claim(id: $id) { id } }", Map.of("id", claim))
                .body("errors[0].extensions.code", is("NOT_FOUND"));
    }

    @Test
    void sourcesAreReadUpdatedAndMergedThroughTheGateway() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String isw = createSource("Institute for the Study of War " + suffix, "THINK_TANK");
        String duplicate = createSource("ISW think tank " + suffix, "THINK_TANK");

        String update = "mutation($id: ID!, $v: Int!, $i: UpdateSourceInput!) { updateSource(id: $id, version: $v, input: $i) { version country } }";
        ANALYST.execute(update, Map.of("id", isw, "v", 0, "i", Map.of("country", "US")))
                .body("data.updateSource.version", is(1))
                .body("data.updateSource.country", is("US"));
        ANALYST.execute(update, Map.of("id", isw, "v", 0, "i", Map.of("country", "GB")))
                .body("errors[0].extensions.code", is("CONFLICT"));

        ADMIN.execute("mutation($s: ID!, $d: ID!) { mergeSources(survivorId: $s, duplicateId: $d) { id aliases } }",
                        Map.of("s", isw, "d", duplicate))
                .body("data.mergeSources.id", is(isw));
        VIEWER.execute("query($id: ID!) { source(id: $id) { id } }", Map.of("id", duplicate))
                .body("data.source.id", is(isw));
        VIEWER.execute("query($t: String!) { searchSources(text: $t) { id } }", Map.of("t", "Institute for the Study of War " + suffix))
                .body("data.searchSources[0].id", is(isw));
        VIEWER.execute("{ sources(first: 100, filter: {kinds: [THINK_TANK]}) { totalCount edges { node { kind } } } }")
                .body("data.sources.edges.node.kind", everyItem(is("THINK_TANK")));
    }

    @Test
    void aBundleIsImportedOnceAndItsRelationsAndArticleCanBeRead() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String matsegora = createSource("Alexander Matsegora " + suffix, "PERSON");
        String isw = createSource("Institute for the Study of War " + suffix, "THINK_TANK");
        String washingtonTimes = createSource("The Washington Times " + suffix, "OUTLET");
        String url = "https://news.example.test/bundle-" + suffix;
        Map<String, Object> bundle = Map.of(
                "article", Map.of("url", url, "title", "Russia, North Korea Boost Their Cooperation", "publisherSourceId", washingtonTimes),
                "claims", List.of(
                        Map.of("key", "treatment", "statement", "Wounded Russian soldiers are treated in North Korea.",
                                "claimedAt", "2025-01-15T00:00:00Z",
                                "attribution", List.of(Map.of("role", "ORIGIN", "sourceId", matsegora, "channel", "INTERVIEW"))),
                        Map.of("key", "doubt", "statement", "Russia sends its wounded abroad to hide its losses.",
                                "claimedAt", "2025-01-16T00:00:00Z",
                                "attribution", List.of(Map.of("role", "ORIGIN", "sourceId", isw, "channel", "REPORT")))),
                "relations", List.of(Map.of("fromKey", "doubt", "toKey", "treatment", "type", "CONTRADICTS")));
        String importBundle = "mutation($i: BundleInput!) { importBundle(input: $i) { id claims { totalCount } } }";
        String article = ANALYST.execute(importBundle, Map.of("i", bundle))
                .body("data.importBundle.claims.totalCount", is(2))
                .extract().path("data.importBundle.id");
        ANALYST.execute(importBundle, Map.of("i", bundle))
                .body("data.importBundle.id", is(article));

        VIEWER.execute("query($id: ID!) { article(id: $id) { url publisher { id } claims { edges { node { statement relations { type } } } } } }",
                        Map.of("id", article))
                .body("errors", nullValue())
                .body("data.article.publisher.id", is(washingtonTimes))
                .body("data.article.claims.edges.node.relations.type.flatten()", everyItem(is("CONTRADICTS")));
        VIEWER.execute("query($p: [ID!]) { articles(filter: {publisherSourceIds: $p}) { totalCount } }",
                        Map.of("p", List.of(washingtonTimes)))
                .body("data.articles.totalCount", is(1));

        List<String> claims = VIEWER.execute("query($id: ID!) { article(id: $id) { claims { edges { node { id } } } } }", Map.of("id", article))
                .extract().path("data.article.claims.edges.node.id");
        ANALYST.execute("mutation($i: RelateClaimsInput!) { relateClaims(input: $i) { type } }",
                        Map.of("i", Map.of("fromClaimId", claims.get(0), "toClaimId", claims.get(1), "type", "CONTRADICTS")))
                .body("errors[0].extensions.code", is("CONFLICT"));
    }

    @Test
    void theServicesErrorCodesPassThroughUnchanged() {
        VIEWER.execute("mutation($i: CreateSourceInput!) { createSource(input: $i) { id } }",
                        Map.of("i", Map.of("name", "Foreign Affairs " + UUID.randomUUID(), "kind", "OUTLET")))
                .body("errors[0].extensions.code", is("FORBIDDEN"));
        ANALYST.execute("mutation($i: CreateClaimInput!) { createClaim(input: $i) { id } }",
                        Map.of("i", Map.of("statement", " ", "claimedAt", "2025-01-15T00:00:00Z",
                                "attribution", List.of(Map.of("role", "ORIGIN", "sourceId", UUID.randomUUID().toString(), "channel", "REPORT")))))
                .body("errors[0].extensions.code", is("VALIDATION"))
                .body("errors[0].extensions.field", is("input.statement"));
    }

    private static String createSource(String name, String kind) {
        return ANALYST.execute("mutation($i: CreateSourceInput!) { createSource(input: $i) { id } }",
                        Map.of("i", Map.of("name", name, "kind", kind)))
                .body("data.createSource.id", notNullValue()).extract().path("data.createSource.id");
    }
}
