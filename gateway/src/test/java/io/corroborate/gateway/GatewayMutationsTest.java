package io.corroborate.gateway;

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
