package io.corroborate.claims.claim;

import static io.corroborate.claims.Seed.ADMIN;
import static io.corroborate.claims.Seed.ANALYST;
import static io.corroborate.claims.Seed.CLAIM_FIELDS;
import static io.corroborate.claims.Seed.EDITOR;
import static io.corroborate.claims.Seed.ISW;
import static io.corroborate.claims.Seed.MATSEGORA;
import static io.corroborate.claims.Seed.ROSSIYSKAYA_GAZETA;
import static io.corroborate.claims.Seed.VIEWER;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import io.corroborate.claims.Seed;
import io.corroborate.devstack.test.GraphQLClient;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ClaimLifecycleTest {

    @Test
    void aClaimIsRecordedWithItsAttributionChainFromOriginThroughRelays() {
        String articleId = Seed.createArticle(Seed.uniqueUrl());
        String claimId = Seed.createClaim(Seed.hospitalityClaim(articleId));

        VIEWER.execute("query($id: ID!) { claim(id: $id) { " + CLAIM_FIELDS + " article { id title } } }", Map.of("id", claimId))
                .body("errors", nullValue())
                .body("data.claim.status", is("UNVERIFIED"))
                .body("data.claim.credibility", is(6))
                .body("data.claim.marking", is("CLEAR"))
                .body("data.claim.version", is(0))
                .body("data.claim.createdBy", is("ana"))
                .body("data.claim.topics", contains("medical-care", "russia-north-korea"))
                .body("data.claim.attribution.role", contains("ORIGIN", "RELAY", "RELAY"))
                .body("data.claim.attribution.position", contains(0, 1, 2))
                .body("data.claim.attribution.sourceId", contains(MATSEGORA, ROSSIYSKAYA_GAZETA, ISW))
                .body("data.claim.attribution.channel", contains("INTERVIEW", null, null))
                .body("data.claim.attribution.verb", contains(null, "REPORTED", "CITED"))
                .body("data.claim.attribution[2].date", is("2025-01-18"))
                .body("data.claim.article.id", is(articleId));
    }

    @Test
    void anArticleNeedNotNameItsPublisher() {
        ANALYST.execute("mutation($input: CreateArticleInput!) { createArticle(input: $input) { id publisherSourceId } }",
                        Map.of("input", Seed.with(Seed.article(Seed.uniqueUrl()), "publisherSourceId", null)))
                .body("errors", nullValue())
                .body("data.createArticle.publisherSourceId", nullValue());
    }

    @Test
    void structuredFiguresKeepTheirNumbers() {
        String claimId = Seed.createClaim(Seed.casualtyClaim(Seed.createArticle(Seed.uniqueUrl())));

        VIEWER.execute("query($id: ID!) { claim(id: $id) { figures { quantity value unit } } }", Map.of("id", claimId))
                .body("data.claim.figures.quantity", contains("killed", "wounded", "deployed"))
                .body("data.claim.figures.value", contains(1000f, 3000f, 12000f))
                .body("data.claim.figures.unit", contains("persons", "persons", "troops"));
    }

    @Test
    void anUpdateNeedsTheCurrentVersionAndIsRecordedInHistory() {
        String claimId = Seed.createClaim(Seed.hospitalityClaim(Seed.createArticle(Seed.uniqueUrl())));
        String update = "mutation($id: ID!, $v: Int!, $input: UpdateClaimInput!) {"
                + " updateClaim(id: $id, version: $v, input: $input) { version statement topics } }";

        ANALYST.execute(update, Map.of("id", claimId, "v", 0, "input",
                        Map.of("statement", "North Korea declined payment for treating wounded Russians.", "topics", List.of("medical-care"))))
                .body("errors", nullValue())
                .body("data.updateClaim.version", is(1))
                .body("data.updateClaim.topics", contains("medical-care"));

        ANALYST.execute(update, Map.of("id", claimId, "v", 0, "input", Map.of("statement", "A stale edit")))
                .body("errors[0].extensions.code", is("CONFLICT"))
                .body("data", nullValue());

        VIEWER.execute("query($id: ID!) { claim(id: $id) { statement history { field oldValue newValue changedBy } } }",
                        Map.of("id", claimId))
                .body("data.claim.statement", is("North Korea declined payment for treating wounded Russians."))
                .body("data.claim.history.field", contains("statement", "topics"))
                .body("data.claim.history[1].oldValue", is("medical-care, russia-north-korea"))
                .body("data.claim.history[1].newValue", is("medical-care"))
                .body("data.claim.history[0].changedBy", is("ana"));
    }

    @Test
    void theNewestReviewSetsStatusAndCredibility() {
        String claimId = Seed.createClaim(Seed.hospitalityClaim(Seed.createArticle(Seed.uniqueUrl())));
        String review = "mutation($input: ReviewClaimInput!) { reviewClaim(input: $input) { status credibility version } }";

        EDITOR.execute(review, Map.of("input", Map.of("claimId", claimId, "status", "UNDER_REVIEW", "credibility", 4,
                "rationale", "Single state-media origin; checking.")))
                .body("data.reviewClaim.status", is("UNDER_REVIEW"));
        EDITOR.execute(review, Map.of("input", Map.of("claimId", claimId, "status", "UNPROVEN", "credibility", 3,
                "rationale", "Only the ambassador says so.")))
                .body("data.reviewClaim.status", is("UNPROVEN"))
                .body("data.reviewClaim.credibility", is(3));

        VIEWER.execute("query($id: ID!) { claim(id: $id) { reviews { status credibility reviewer rationale } } }",
                        Map.of("id", claimId))
                .body("data.claim.reviews.status", contains("UNDER_REVIEW", "UNPROVEN"))
                .body("data.claim.reviews.reviewer", contains("ed", "ed"));
    }

    @Test
    void aDeletedClaimIsNotFoundAnywhere() {
        String articleId = Seed.createArticle(Seed.uniqueUrl());
        String claimId = Seed.createClaim(Seed.hospitalityClaim(articleId));

        ADMIN.execute("mutation($id: ID!) { deleteClaim(id: $id) }", Map.of("id", claimId))
                .body("data.deleteClaim", is(true));

        VIEWER.execute("query($id: ID!) { claim(id: $id) { id } }", Map.of("id", claimId))
                .body("errors[0].extensions.code", is("NOT_FOUND"));
        VIEWER.execute("query($id: String!) { claimsByIds(ids: [$id]) { id } }", Map.of("id", claimId))
                .body("data.claimsByIds", contains(nullValue()));
        VIEWER.execute("query($a: ID!) { claims(filter: {articleId: $a}) { totalCount } }", Map.of("a", articleId))
                .body("data.claims.totalCount", is(0));
    }

    @Test
    void relationsLinkClaimsBothWaysAndCanBeRemoved() {
        String articleId = Seed.createArticle(Seed.uniqueUrl());
        String official = Seed.createClaim(Seed.hospitalityClaim(articleId));
        String isw = Seed.createClaim(Seed.with(Seed.casualtyClaim(articleId), "statement",
                "The Russian command sends wounded personnel back into assault groups without treatment.", "figures", null));
        String relate = "mutation($input: RelateClaimsInput!) { relateClaims(input: $input) { type fromClaimId toClaimId createdBy } }";

        ANALYST.execute(relate, Map.of("input", Map.of("fromClaimId", isw, "toClaimId", official, "type", "CONTRADICTS",
                        "rationale", "ISW calls official Russian claims of treatment abroad into question.")))
                .body("data.relateClaims.type", is("CONTRADICTS"));

        VIEWER.execute("query($id: ID!) { claim(id: $id) { relations { type fromClaimId } } }", Map.of("id", official))
                .body("data.claim.relations", hasSize(1))
                .body("data.claim.relations[0].fromClaimId", equalTo(isw));

        ANALYST.execute("mutation($input: UnrelateClaimsInput!) { unrelateClaims(input: $input) }",
                        Map.of("input", Map.of("fromClaimId", isw, "toClaimId", official, "type", "CONTRADICTS")))
                .body("data.unrelateClaims", is(true));
        VIEWER.execute("query($id: ID!) { claim(id: $id) { relations { type } } }", Map.of("id", official))
                .body("data.claim.relations", hasSize(0));
    }

    @Test
    void siblingFieldsThatEachQueryTheDatabaseResolveTogether() {
        String articleId = Seed.createArticle(Seed.uniqueUrl());
        Seed.createClaim(Seed.hospitalityClaim(articleId));
        Seed.createClaim(Seed.casualtyClaim(articleId));

        VIEWER.execute("""
                        query($a: ID!, $af: ID!) {
                          article(id: $a) { id claims { totalCount } }
                          claims(filter: {articleId: $af}) { edges { node { id article { id } relations { type } reviews { status } history { field } } } }
                        }""", Map.of("a", articleId, "af", articleId))
                .body("errors", nullValue())
                .body("data.article.claims.totalCount", is(2))
                .body("data.claims.edges.node.article.id", contains(articleId, articleId));
    }

    @Test
    void claimsBySourcesAnswersForEverySourceInOneCallWithAPageThatCanBeContinued() {
        String articleId = Seed.createArticle(Seed.uniqueUrl());
        String first = Seed.createClaim(Seed.hospitalityClaim(articleId));
        String second = Seed.createClaim(Seed.hospitalityClaim(articleId));
        String third = Seed.createClaim(Seed.hospitalityClaim(articleId));

        var firstPages = VIEWER.execute("""
                        query($s: [String!]!) { claimsBySources(sourceIds: $s, role: ORIGIN, first: 2) {
                          sourceId claims { totalCount edges { node { id } } pageInfo { hasNextPage endCursor } } } }""",
                        Map.of("s", List.of(MATSEGORA, ISW)))
                .body("errors", nullValue())
                .body("data.claimsBySources.sourceId", contains(MATSEGORA, ISW))
                .body("data.claimsBySources[0].claims.edges", hasSize(2))
                .body("data.claimsBySources[0].claims.pageInfo.hasNextPage", is(true))
                .body("data.claimsBySources[1].claims.totalCount", is(0))
                .body("data.claimsBySources[1].claims.edges", hasSize(0));
        List<String> firstPage = firstPages.extract().path("data.claimsBySources[0].claims.edges.node.id");
        String cursor = firstPages.extract().path("data.claimsBySources[0].claims.pageInfo.endCursor");
        assertThat("newest first", firstPage, contains(third, second));

        VIEWER.execute("query($s: [String!], $after: String) { claims(first: 1, after: $after, filter: {originSourceIds: $s}) { edges { node { id } } } }",
                        Map.of("s", List.of(MATSEGORA), "after", cursor))
                .body("data.claims.edges.node.id", contains(first));
    }

    @Test
    void aSurvivorsFirstPageHoldsTheClaimsRecordedUnderTheDuplicatesMergedIntoIt() {
        String survivor = Seed.source("Institute for the Study of War (survivor) " + System.nanoTime(), "ORGANIZATION");
        String duplicate = Seed.source("ISW (duplicate) " + System.nanoTime(), "ORGANIZATION");
        String unmerged = Seed.source("Kyiv Independent " + System.nanoTime(), "OUTLET");
        String articleId = Seed.createArticle(Seed.uniqueUrl());
        String recordedUnderDuplicate = Seed.createClaim(Seed.with(Seed.hospitalityClaim(articleId), "attribution",
                List.of(Map.of("role", "ORIGIN", "sourceId", duplicate, "channel", "STATEMENT"))));
        String recordedUnderSurvivor = Seed.createClaim(Seed.with(Seed.hospitalityClaim(articleId), "attribution",
                List.of(Map.of("role", "ORIGIN", "sourceId", survivor, "channel", "STATEMENT"))));
        GraphQLClient.as("ada", "admin").on(ConfigProvider.getConfig().getValue("corroborate.test.sources-url", String.class))
                .execute("mutation($s: ID!, $d: ID!) { mergeSources(survivorId: $s, duplicateId: $d) { id } }",
                        Map.of("s", survivor, "d", duplicate))
                .body("errors", nullValue());

        VIEWER.execute("query($s: [String!]!) { claimsBySources(sourceIds: $s) { sourceId claims { totalCount edges { node { id } } } } }",
                        Map.of("s", List.of(survivor, unmerged, duplicate)))
                .body("errors", nullValue())
                .body("data.claimsBySources.sourceId", contains(survivor, unmerged, duplicate))
                .body("data.claimsBySources[0].claims.totalCount", is(2))
                .body("data.claimsBySources[0].claims.edges.node.id", contains(recordedUnderSurvivor, recordedUnderDuplicate))
                .body("data.claimsBySources[1].claims.totalCount", is(0))
                .body("data.claimsBySources[2].claims.edges.node.id", contains(recordedUnderSurvivor, recordedUnderDuplicate));
    }
}
