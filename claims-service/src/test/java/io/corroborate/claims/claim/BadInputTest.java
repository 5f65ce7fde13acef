package io.corroborate.claims.claim;

import static io.corroborate.claims.Seed.ANALYST;
import static io.corroborate.claims.Seed.EDITOR;
import static io.corroborate.claims.Seed.ISW;
import static io.corroborate.claims.Seed.MATSEGORA;
import static io.corroborate.claims.Seed.VIEWER;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.corroborate.claims.ArticleQuotes;
import io.corroborate.claims.Database;
import io.corroborate.claims.Seed;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/** Every refused request names the problem with extensions.code, leaks nothing, and writes nothing. */
@QuarkusTest
class BadInputTest {

    private static final String CREATE = "mutation($input: CreateClaimInput!) { createClaim(input: $input) { id } }";

    private String articleId;
    private String claimId;

    @BeforeEach
    void anArticleWithOneClaim() {
        articleId = Seed.createArticle(Seed.uniqueUrl());
        claimId = Seed.createClaim(Seed.hospitalityClaim(articleId));
    }

    @Test
    void anEmptyStatementIsRefused() {
        assertRefused(() -> ANALYST.execute(CREATE, Map.of("input", Seed.with(Seed.hospitalityClaim(articleId), "statement", "   "))),
                "VALIDATION", "input.statement");
    }

    @Test
    void anOversizedStatementIsRefused() {
        assertRefused(() -> ANALYST.execute(CREATE, Map.of("input", Seed.with(Seed.hospitalityClaim(articleId), "statement", "x".repeat(2001)))),
                "VALIDATION", "input.statement");
    }

    @Test
    void anUnknownEnumValueInAVariableIsRefused() {
        assertRefused(() -> ANALYST.execute(CREATE, Map.of("input", Seed.with(Seed.hospitalityClaim(articleId), "marking", "PURPLE"))),
                "VALIDATION", null);
    }

    @Test
    void anUnknownEnumValueInTheDocumentIsRefused() {
        assertRefused(() -> VIEWER.execute("{ claims(filter: {status: [MAYBE]}) { totalCount } }"), "VALIDATION", null);
    }


    @Test
    void aChainWithoutAnOriginIsRefused() {
        assertRefused(() -> ANALYST.execute(CREATE, Map.of("input", Seed.with(Seed.hospitalityClaim(articleId), "attribution",
                List.of(Map.of("role", "RELAY", "sourceId", ISW, "verb", "CITED"))))), "VALIDATION", "input.attribution");
    }

    @Test
    void aChainWithTwoOriginsIsRefused() {
        assertRefused(() -> ANALYST.execute(CREATE, Map.of("input", Seed.with(Seed.hospitalityClaim(articleId), "attribution", List.of(
                Map.of("role", "ORIGIN", "sourceId", MATSEGORA, "channel", "INTERVIEW"),
                Map.of("role", "ORIGIN", "sourceId", ISW, "channel", "REPORT"))))), "VALIDATION", "input.attribution");
    }

    @Test
    void aRelayWithoutAVerbIsRefused() {
        assertRefused(() -> ANALYST.execute(CREATE, Map.of("input", Seed.with(Seed.hospitalityClaim(articleId), "attribution", List.of(
                Map.of("role", "ORIGIN", "sourceId", MATSEGORA, "channel", "INTERVIEW"),
                Map.of("role", "RELAY", "sourceId", ISW))))), "VALIDATION", "input.attribution[1].verb");
    }

    @Test
    void aMalformedSourceIdIsRefused() {
        assertRefused(() -> ANALYST.execute(CREATE, Map.of("input", Seed.with(Seed.hospitalityClaim(articleId), "attribution", List.of(
                Map.of("role", "ORIGIN", "sourceId", "not-a-uuid", "channel", "INTERVIEW"))))), "VALIDATION",
                "input.attribution[0].sourceId");
    }

    @Test
    void anUnknownArticleIsRefused() {
        assertRefused(() -> ANALYST.execute(CREATE, Map.of("input", Seed.with(Seed.hospitalityClaim(articleId), "articleId",
                "00000000-0000-0000-0000-000000000001"))), "VALIDATION", "input.articleId");
    }

    @Test
    void aRelationFromAClaimToItselfIsRefused() {
        assertRefused(() -> ANALYST.execute("mutation($input: RelateClaimsInput!) { relateClaims(input: $input) { id } }",
                Map.of("input", Map.of("fromClaimId", claimId, "toClaimId", claimId, "type", "SUPPORTS"))),
                "VALIDATION", "input.toClaimId");
    }

    @Test
    void theSameRelationCannotBeAddedTwice() {
        String other = Seed.createClaim(Seed.casualtyClaim(articleId));
        String relate = "mutation($input: RelateClaimsInput!) { relateClaims(input: $input) { id } }";
        Map<String, Object> input = Map.of("input", Map.of("fromClaimId", other, "toClaimId", claimId, "type", "SUPPORTS"));
        ANALYST.execute(relate, input).body("errors", nullValue());
        assertRefused(() -> ANALYST.execute(relate, input), "CONFLICT", null);
    }

    @Test
    void aStaleVersionIsAConflict() {
        String update = "mutation($id: ID!, $v: Int!, $input: UpdateClaimInput!) { updateClaim(id: $id, version: $v, input: $input) { version } }";
        ANALYST.execute(update, Map.of("id", claimId, "v", 0, "input", Map.of("quote", ArticleQuotes.HUNDREDS_OF_SOLDIERS)))
                .body("data.updateClaim.version", is(1));
        assertRefused(() -> ANALYST.execute(update, Map.of("id", claimId, "v", 0, "input", Map.of("statement", "Stale"))),
                "CONFLICT", null);
    }

    @Test
    void credibilityOutOfRangeIsRefused() {
        assertRefused(() -> EDITOR.execute("mutation($input: ReviewClaimInput!) { reviewClaim(input: $input) { id } }",
                Map.of("input", Map.of("claimId", claimId, "status", "CONFIRMED", "credibility", 7, "rationale", "Sure."))),
                "VALIDATION", "input.credibility");
    }

    @Test
    void aMalformedCursorIsRefused() {
        VIEWER.execute("{ claims(first: 5, after: \"bm90LWEtY3Vyc29y\") { totalCount } }")
                .body("errors[0].extensions.code", is("VALIDATION"))
                .body("errors[0].extensions.field", is("after"));
    }

    @Test
    void aPageLargerThanTheLimitIsRefused() {
        // The same refusal as the gateway's (RequestLimits), before any resolver runs.
        VIEWER.execute("{ claims(first: 101) { totalCount } }")
                .body("errors[0].extensions.code", is("LIMIT"))
                .body("errors[0].message", containsString("first is 101"));
    }

    @Test
    void aControlCharacterInAnyTextIsRefusedNamingTheFieldAndNothingIsStored() {
        String articleId = Seed.createArticle(Seed.uniqueUrl());
        Map<String, Object> claim = Seed.hospitalityClaim(articleId);
        String create = "mutation($input: CreateClaimInput!) { createClaim(input: $input) { id } }";
        assertRefused(() -> ANALYST.execute(create, Map.of("input", Seed.with(claim, "statement", "Free care\u0000"))),
                "VALIDATION", "input.statement");
        assertRefused(() -> ANALYST.execute(create, Map.of("input", Seed.with(claim, "quote", "\u001b]0;pwned\u0007"))),
                "VALIDATION", "input.quote");
        assertRefused(() -> ANALYST.execute(create, Map.of("input", Seed.with(claim, "attribution", List.of(
                Map.of("role", "ORIGIN", "sourceId", Seed.MATSEGORA, "channel", "INTERVIEW", "excerpt", "free\u0000"))))),
                "VALIDATION", "input.attribution[0].excerpt");
        assertRefused(() -> ANALYST.execute("mutation($input: CreateArticleInput!) { createArticle(input: $input) { id } }",
                Map.of("input", Seed.with(Seed.article(Seed.uniqueUrl()), "title", "Title\u0000"))), "VALIDATION", "input.title");
        assertRefused(() -> VIEWER.execute("query($s: String) { claims(filter: {search: $s}) { totalCount } }",
                Map.of("s", "wounded\u0000")), "VALIDATION", "filter.search");
        assertRefused(() -> VIEWER.execute("{ articles(filter: {language: \"e\\u0000n\"}) { totalCount } }"),
                "VALIDATION", "filter.language");
        String claimId = Seed.createClaim(claim);
        assertRefused(() -> EDITOR.execute("mutation($input: ReviewClaimInput!) { reviewClaim(input: $input) { id } }",
                Map.of("input", Map.of("claimId", claimId, "status", "CONFIRMED", "credibility", 2, "rationale", "Sure\u0000"))),
                "VALIDATION", "input.rationale");
    }

    @Test
    void aFieldResolvedForAWholePageTakesOneSetOfArgumentsPerRequest() {
        assertRefused(() -> VIEWER.execute("""
                { articles(first: 1) { edges { node { a: claims(first: 1) { totalCount } b: claims(first: 2) { totalCount } } } } }"""),
                "VALIDATION", "claims");
        assertRefused(() -> VIEWER.execute("""
                { _entities(representations: [{__typename: "Source", id: "00000000-0000-0000-0000-000000000001"}]) {
                  ... on Source { a: claims(role: ORIGIN) { totalCount } b: claims(role: RELAY) { totalCount } } } }"""),
                "VALIDATION", "claims");
    }

    @Test
    void anUnknownClaimIsNotFound() {
        VIEWER.execute("{ claim(id: \"00000000-0000-0000-0000-000000000002\") { id } }")
                .body("errors[0].extensions.code", is("NOT_FOUND"));
    }

    @Test
    void aDuplicateArticleUrlIsAConflict() {
        String url = Seed.uniqueUrl();
        Seed.createArticle(url);
        assertRefused(() -> ANALYST.execute("mutation($input: CreateArticleInput!) { createArticle(input: $input) { id } }",
                Map.of("input", Seed.article(url.replace("https://www.example-news.test", "HTTPS://WWW.Example-News.test:443")
                        + "/?utm_source=feed#comments"))), "CONFLICT", null);
    }

    /** The request fails with the code (and field), shows no internals, and leaves every table as it was. */
    private static void assertRefused(java.util.function.Supplier<ValidatableResponse> request, String code, String field) {
        String before = Database.snapshot();
        ValidatableResponse response = request.get()
                .body("errors[0].extensions.code", is(code))
                .body("errors[0].message", not(containsString("Exception")))
                .body("errors[0].message", not(containsString("SQL")))
                .body("errors[0].extensions", not(org.hamcrest.Matchers.hasKey("exception")));
        if (field != null) {
            response.body("errors[0].extensions.field", is(field));
        }
        assertEquals(before, Database.snapshot(), "a refused request must write nothing");
    }
}
