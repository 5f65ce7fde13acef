package io.corroborate.claims.security;

import static io.corroborate.claims.Seed.ANALYST;
import static io.corroborate.claims.Seed.ISW;
import static io.corroborate.claims.Seed.MATSEGORA;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.corroborate.claims.Database;
import io.corroborate.claims.Seed;
import io.corroborate.devstack.test.GraphQLClient;
import io.corroborate.devstack.test.TestTokens;
import io.quarkus.test.junit.QuarkusTest;

/**
 * TLP markings: a claim or article above the caller's clearance is invisible on every read path, exactly as if it
 * did not exist, and nobody marks an item above their own clearance. The RED analyst "ana" is the control.
 */
@QuarkusTest
class MarkingTest {

    private static final GraphQLClient GREEN_VIEWER = GraphQLClient.withToken(TestTokens.withClearance("GREEN", "greta", "viewer"));
    private static final GraphQLClient GREEN_ANALYST = GraphQLClient.withToken(TestTokens.withClearance("GREEN", "gus", "analyst"));

    private String tag;
    private String article;
    private String redArticle;
    private String greenClaim;
    private String redClaim;

    @BeforeEach
    void aGreenAndARedClaimInOneArticleTheRedOneContradictingTheGreenOne() {
        tag = "zx" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        article = Seed.createArticle(Seed.uniqueUrl());
        redArticle = ANALYST.execute("mutation($i: CreateArticleInput!) { createArticle(input: $i) { id } }",
                        Map.of("i", Seed.with(Seed.article(Seed.uniqueUrl()), "marking", "RED")))
                .extract().path("data.createArticle.id");
        greenClaim = Seed.createClaim(Seed.with(Seed.hospitalityClaim(article), "marking", "GREEN",
                "statement", "North Korea treats wounded Russian soldiers free of charge " + tag));
        redClaim = Seed.createClaim(Seed.with(Seed.hospitalityClaim(article), "marking", "RED",
                "statement", "Russia sends its wounded abroad to hide its losses " + tag,
                "attribution", List.of(Map.of("role", "ORIGIN", "sourceId", ISW, "channel", "REPORT"))));
        ANALYST.execute("mutation($i: RelateClaimsInput!) { relateClaims(input: $i) { type } }",
                        Map.of("i", Map.of("fromClaimId", redClaim, "toClaimId", greenClaim, "type", "CONTRADICTS")))
                .body("errors", nullValue());
    }

    @Test
    void byIdAClaimOrArticleIsNotFound() {
        GREEN_VIEWER.execute("query($id: ID!) { claim(id: $id) { id } }", Map.of("id", redClaim))
                .body("data.claim", nullValue())
                .body("errors[0].extensions.code", is("NOT_FOUND"));
        GREEN_VIEWER.execute("query($id: ID!) { article(id: $id) { id } }", Map.of("id", redArticle))
                .body("errors[0].extensions.code", is("NOT_FOUND"));
        ANALYST.execute("query($id: ID!) { claim(id: $id) { id } }", Map.of("id", redClaim))
                .body("data.claim.id", is(redClaim));
    }

    @Test
    void inListsItIsLeftOutAndNotCounted() {
        String page = "query($a: ID) { claims(filter: {articleId: $a}) { totalCount edges { node { id } } } }";
        GREEN_VIEWER.execute(page, Map.of("a", article))
                .body("data.claims.totalCount", is(1))
                .body("data.claims.edges.node.id", contains(greenClaim));
        ANALYST.execute(page, Map.of("a", article))
                .body("data.claims.totalCount", is(2));
        GREEN_VIEWER.execute("query($id: ID!) { article(id: $id) { claims { totalCount } } }", Map.of("id", article))
                .body("data.article.claims.totalCount", is(1));
        String articles = "{ articles(first: 100, filter: {markings: [AMBER, RED]}) { totalCount edges { node { id } } } }";
        GREEN_VIEWER.execute(articles).body("data.articles.totalCount", is(0));
        ANALYST.execute(articles).body("data.articles.edges.node.id", hasItem(redArticle));
    }

    @Test
    void inFullTextSearchItIsNotFound() {
        String search = "query($q: String) { claims(filter: {search: $q}) { totalCount edges { node { id } } } }";
        GREEN_VIEWER.execute(search, Map.of("q", tag)).body("data.claims.edges.node.id", contains(greenClaim));
        ANALYST.execute(search, Map.of("q", tag)).body("data.claims.edges.node.id", containsInAnyOrder(greenClaim, redClaim));
    }

    @Test
    void inBatchLookUpsAndFederationItIsNullOrLeftOut() {
        GREEN_VIEWER.execute("query($ids: [String!]!) { claimsByIds(ids: $ids) { id } }", Map.of("ids", List.of(redClaim, greenClaim)))
                .body("data.claimsByIds[0]", nullValue())
                .body("data.claimsByIds[1].id", is(greenClaim));
        GREEN_VIEWER.execute("query($ids: [String!]!) { articlesByIds(ids: $ids) { id } }", Map.of("ids", List.of(redArticle)))
                .body("data.articlesByIds[0]", nullValue());
        GREEN_VIEWER.execute("query($r: [_Any!]!) { _entities(representations: $r) { ... on Claim { id } } }",
                        Map.of("r", List.of(Map.of("__typename", "Claim", "id", redClaim))))
                .body("data._entities[0]", nullValue());
        GREEN_VIEWER.execute("query($s: [String!]!) { claimsBySources(sourceIds: $s, role: ORIGIN, first: 100) { claims { edges { node { id } } } } }",
                        Map.of("s", List.of(ISW)))
                .body("data.claimsBySources[0].claims.edges.node.id", not(hasItem(redClaim)));
    }

    @Test
    void aRelationToItIsNotShown() {
        GREEN_VIEWER.execute("query($id: ID!) { claim(id: $id) { relations { type } } }", Map.of("id", greenClaim))
                .body("data.claim.relations", empty());
        ANALYST.execute("query($id: ID!) { claim(id: $id) { relations { type } } }", Map.of("id", greenClaim))
                .body("data.claim.relations.type", contains("CONTRADICTS"));
    }

    @Test
    void aHopWhoseSourceIsHiddenIsRedactedSoTheChainKeepsItsLength() {
        String sourcesUrl = org.eclipse.microprofile.config.ConfigProvider.getConfig().getValue("corroborate.test.sources-url", String.class);
        String informant = ANALYST.on(sourcesUrl).execute("mutation($i: CreateSourceInput!) { createSource(input: $i) { id } }",
                        Map.of("i", Map.of("name", "Confidential informant " + tag, "kind", "PERSON", "marking", "RED")))
                .extract().path("data.createSource.id");
        String claim = Seed.createClaim(Seed.with(Seed.hospitalityClaim(article), "marking", "GREEN", "attribution", List.of(
                Map.of("role", "ORIGIN", "sourceId", informant, "channel", "INTERVIEW", "excerpt", "They were treated for free."),
                Map.of("role", "RELAY", "sourceId", Seed.ROSSIYSKAYA_GAZETA, "verb", "REPORTED"))));
        String chain = "query($id: ID!) { claim(id: $id) { origin { id } attribution { position role redacted sourceId source { id } excerpt channel } } }";

        GREEN_VIEWER.execute(chain, Map.of("id", claim))
                .body("errors", nullValue())
                .body("data.claim.attribution.position", contains(0, 1))
                .body("data.claim.attribution.role", contains("ORIGIN", "RELAY"))
                .body("data.claim.attribution.redacted", contains(true, false))
                .body("data.claim.attribution[0].sourceId", nullValue())
                .body("data.claim.attribution[0].source", nullValue())
                .body("data.claim.attribution[0].excerpt", nullValue())
                .body("data.claim.attribution[0].channel", nullValue())
                .body("data.claim.attribution[1].sourceId", is(Seed.ROSSIYSKAYA_GAZETA))
                .body("data.claim.origin", nullValue());
        ANALYST.execute(chain, Map.of("id", claim))
                .body("data.claim.attribution.redacted", contains(false, false))
                .body("data.claim.attribution[0].sourceId", is(informant))
                .body("data.claim.attribution[0].excerpt", is("They were treated for free."))
                .body("data.claim.origin.id", is(informant));
    }

    @Test
    void aRelationToAHiddenClaimCannotBeRemovedAndLooksMissing() {
        String unrelate = "mutation($f: ID!, $t: ID!) { unrelateClaims(input: {fromClaimId: $f, toClaimId: $t, type: CONTRADICTS}) }";
        String missing = "00000000-0000-0000-0000-0000000000bb";
        String before = Database.snapshot();

        var hidden = GREEN_ANALYST.execute(unrelate, Map.of("f", redClaim, "t", greenClaim)).extract().jsonPath();
        var neverExisted = GREEN_ANALYST.execute(unrelate, Map.of("f", missing, "t", greenClaim)).extract().jsonPath();

        assertEquals("NOT_FOUND", hidden.getString("errors[0].extensions.code"));
        assertEquals(neverExisted.getString("errors[0].message").replace(missing, redClaim), hidden.getString("errors[0].message"),
                "the same answer as for a relation that never existed");
        assertEquals(neverExisted.getMap("errors[0].extensions"), hidden.getMap("errors[0].extensions"));
        assertEquals(before, Database.snapshot(), "nothing was removed");
        ANALYST.execute(unrelate, Map.of("f", redClaim, "t", greenClaim)).body("data.unrelateClaims", is(true));
    }

    @Test
    void noPathRevealsAHiddenSourceOrArticleId() {
        String informant = redSource("Confidential informant " + tag);
        String hiddenPublisher = redSource("Secret bulletin " + tag);
        String claim = Seed.createClaim(Seed.with(Seed.hospitalityClaim(article), "marking", "GREEN", "attribution", List.of(
                Map.of("role", "ORIGIN", "sourceId", MATSEGORA, "channel", "INTERVIEW"),
                Map.of("role", "RELAY", "sourceId", Seed.ROSSIYSKAYA_GAZETA, "verb", "REPORTED"))));
        // The chain is changed to pass through the informant: the history must not name it.
        ANALYST.execute("mutation($id: ID!, $i: UpdateClaimInput!) { updateClaim(id: $id, version: 0, input: $i) { id } }",
                Map.of("id", claim, "i", Map.of("attribution", List.of(
                        Map.of("role", "ORIGIN", "sourceId", informant, "channel", "INTERVIEW"),
                        Map.of("role", "RELAY", "sourceId", Seed.ROSSIYSKAYA_GAZETA, "verb", "REPORTED")))))
                .body("errors", nullValue());
        String history = GREEN_VIEWER.execute("query($id: ID!) { claim(id: $id) { history { field oldValue newValue } } }",
                        Map.of("id", claim))
                .body("data.claim.history.field", contains("attribution"))
                .body("data.claim.history[0].oldValue", org.hamcrest.Matchers.startsWith(MATSEGORA))
                .body("data.claim.history[0].newValue", is("[redacted] > " + Seed.ROSSIYSKAYA_GAZETA + " (REPORTED)"))
                .extract().asString();
        org.hamcrest.MatcherAssert.assertThat(history, not(org.hamcrest.Matchers.containsString(informant)));
        ANALYST.execute("query($id: ID!) { claim(id: $id) { history { newValue } } }", Map.of("id", claim))
                .body("data.claim.history[0].newValue", org.hamcrest.Matchers.startsWith(informant));

        // A visible claim read in a hidden article, and a visible article with a hidden publisher.
        String inHiddenArticle = Seed.createClaim(Seed.with(Seed.hospitalityClaim(redArticle), "marking", "GREEN"));
        GREEN_VIEWER.execute("query($id: ID!) { claim(id: $id) { articleId article { id } } }", Map.of("id", inHiddenArticle))
                .body("errors", nullValue())
                .body("data.claim.articleId", nullValue())
                .body("data.claim.article", nullValue());
        ANALYST.execute("query($id: ID!) { claim(id: $id) { articleId } }", Map.of("id", inHiddenArticle))
                .body("data.claim.articleId", is(redArticle));
        String published = ANALYST.execute("mutation($i: CreateArticleInput!) { createArticle(input: $i) { id } }",
                Map.of("i", Seed.with(Seed.article(Seed.uniqueUrl()), "publisherSourceId", hiddenPublisher))).extract().path("data.createArticle.id");
        GREEN_VIEWER.execute("query($id: ID!) { article(id: $id) { publisherSourceId publisher { id } } }", Map.of("id", published))
                .body("errors", nullValue())
                .body("data.article.publisherSourceId", nullValue())
                .body("data.article.publisher", nullValue());
        ANALYST.execute("query($id: ID!) { article(id: $id) { publisherSourceId publisher { id } } }", Map.of("id", published))
                .body("data.article.publisherSourceId", is(hiddenPublisher))
                .body("data.article.publisher.id", is(hiddenPublisher));

        // Filters and batch look-ups by a hidden id match nothing, exactly like an unknown id.
        for (String filter : List.of("sourceIds", "originSourceIds", "relaySourceIds")) {
            String query = "query($ids: [String!]) { claims(filter: {" + filter + ": $ids}) { totalCount edges { node { id } } } }";
            GREEN_VIEWER.execute(query, Map.of("ids", List.of(informant))).body("data.claims.totalCount", is(0));
            GREEN_VIEWER.execute(query, Map.of("ids", List.of(informant, MATSEGORA))).body("errors", nullValue());
        }
        GREEN_VIEWER.execute("query($ids: [String!]) { claims(filter: {originSourceIds: $ids}) { totalCount } }",
                Map.of("ids", List.of(informant))).body("data.claims.totalCount", is(0));
        ANALYST.execute("query($ids: [String!]) { claims(filter: {originSourceIds: $ids}) { totalCount } }",
                Map.of("ids", List.of(informant))).body("data.claims.totalCount", is(1));
        GREEN_VIEWER.execute("query($ids: [String!]) { articles(filter: {publisherSourceIds: $ids}) { totalCount } }",
                Map.of("ids", List.of(hiddenPublisher))).body("data.articles.totalCount", is(0));
        ANALYST.execute("query($ids: [String!]) { articles(filter: {publisherSourceIds: $ids}) { totalCount } }",
                Map.of("ids", List.of(hiddenPublisher))).body("data.articles.totalCount", is(1));
        GREEN_VIEWER.execute("query($ids: [String!]!) { claimsBySources(sourceIds: $ids) { sourceId claims { totalCount edges { node { id } } } } }",
                        Map.of("ids", List.of(informant, Seed.ROSSIYSKAYA_GAZETA)))
                .body("data.claimsBySources[0].claims.totalCount", is(0))
                .body("data.claimsBySources[0].claims.edges", empty())
                .body("data.claimsBySources[1].claims.edges.node.id", hasItem(claim));
        GREEN_VIEWER.execute("query($r: [_Any!]!) { _entities(representations: $r) { ... on Source { claims { totalCount } } } }",
                        Map.of("r", List.of(Map.of("__typename", "Source", "id", informant))))
                .body("data._entities[0].claims.totalCount", is(0));
        ANALYST.execute("query($r: [_Any!]!) { _entities(representations: $r) { ... on Source { claims { totalCount } } } }",
                        Map.of("r", List.of(Map.of("__typename", "Source", "id", informant))))
                .body("data._entities[0].claims.totalCount", is(1));
    }

    private static String redSource(String name) {
        String sourcesUrl = org.eclipse.microprofile.config.ConfigProvider.getConfig().getValue("corroborate.test.sources-url", String.class);
        return ANALYST.on(sourcesUrl).execute("mutation($i: CreateSourceInput!) { createSource(input: $i) { id } }",
                        Map.of("i", Map.of("name", name, "kind", "OUTLET", "marking", "RED")))
                .extract().path("data.createSource.id");
    }

    @Test
    void nobodyMarksAnItemAboveTheirClearance() {
        String before = Database.snapshot();
        GREEN_ANALYST.execute("mutation($i: CreateClaimInput!) { createClaim(input: $i) { id } }",
                        Map.of("i", Seed.with(Seed.hospitalityClaim(article), "marking", "AMBER")))
                .body("errors[0].extensions.code", is("FORBIDDEN"))
                .body("errors[0].extensions.field", is("input.marking"));
        GREEN_ANALYST.execute("mutation($id: ID!, $i: UpdateClaimInput!) { updateClaim(id: $id, version: 0, input: $i) { id } }",
                        Map.of("id", greenClaim, "i", Map.of("marking", "RED")))
                .body("errors[0].extensions.code", is("FORBIDDEN"));
        GREEN_ANALYST.execute("mutation($i: CreateArticleInput!) { createArticle(input: $i) { id } }",
                        Map.of("i", Seed.with(Seed.article(Seed.uniqueUrl()), "marking", "RED")))
                .body("errors[0].extensions.code", is("FORBIDDEN"));
        GREEN_ANALYST.execute("mutation($i: BundleInput!) { importBundle(input: $i) { id } }",
                        Map.of("i", Map.of("article", Seed.article(Seed.uniqueUrl()), "claims", List.of(Map.of(
                                "key", "k", "statement", "A secret claim.", "claimedAt", "2025-01-15T00:00:00Z", "marking", "RED",
                                "attribution", List.of(Map.of("role", "ORIGIN", "sourceId", MATSEGORA, "channel", "INTERVIEW")))))))
                .body("errors[0].extensions.code", is("FORBIDDEN"))
                .body("errors[0].extensions.field", is("input.claims[0].marking"));
        assertEquals(before, Database.snapshot(), "nothing was written");
    }

    @Test
    void aCallerCannotChangeOrReviewWhatTheyCannotSee() {
        GREEN_ANALYST.execute("mutation($id: ID!, $i: UpdateClaimInput!) { updateClaim(id: $id, version: 0, input: $i) { id } }",
                        Map.of("id", redClaim, "i", Map.of("topics", List.of("leak"))))
                .body("errors[0].extensions.code", is("NOT_FOUND"));
        GraphQLClient.withToken(TestTokens.withClearance("GREEN", "gwen", "editor"))
                .execute("mutation($i: ReviewClaimInput!) { reviewClaim(input: $i) { id } }",
                        Map.of("i", Map.of("claimId", redClaim, "status", "REFUTED", "credibility", 5, "rationale", "Probing.")))
                .body("errors[0].extensions.code", is("NOT_FOUND"));
    }
}
