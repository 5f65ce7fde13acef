package io.corroborate.claims.claim;

import static io.corroborate.claims.Seed.EDITOR;
import static io.corroborate.claims.Seed.ISW;
import static io.corroborate.claims.Seed.MATSEGORA;
import static io.corroborate.claims.Seed.NK_NEWS;
import static io.corroborate.claims.Seed.VIEWER;
import static org.hamcrest.Matchers.containsInAnyOrder;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.corroborate.claims.Seed;
import io.quarkus.test.junit.QuarkusTest;

/** Each filter on its own, within one article so that other tests' claims do not interfere. */
@QuarkusTest
class ClaimFilterTest {

    private String articleId;
    private String hospitality;
    private String casualties;

    @BeforeEach
    void twoClaimsFromTheSeedArticle() {
        articleId = Seed.createArticle(Seed.uniqueUrl());
        hospitality = Seed.createClaim(Seed.with(Seed.hospitalityClaim(articleId), "marking", "AMBER"));
        casualties = Seed.createClaim(Seed.casualtyClaim(articleId));
        EDITOR.execute("mutation($input: ReviewClaimInput!) { reviewClaim(input: $input) { id } }",
                Map.of("input", Map.of("claimId", casualties, "status", "CONFIRMED", "credibility", 2, "rationale", "Matches other estimates.")));
    }

    @Test
    void fullTextSearchMatchesStatementAndQuote() {
        expect(Map.of("search", "compensation"), hospitality);
        expect(Map.of("search", "wounded killed"), casualties);
    }

    @Test
    void byStatus() {
        expect(Map.of("status", List.of("CONFIRMED")), casualties);
    }

    @Test
    void byTopic() {
        expect(Map.of("topics", List.of("Casualties")), casualties);
        expect(Map.of("topics", List.of("medical-care", "casualties")), hospitality, casualties);
    }

    @Test
    void byCredibility() {
        expect(Map.of("credibility", List.of(2)), casualties);
    }

    @Test
    void byClaimDate() {
        expect(Map.of("claimedFrom", "2025-01-19T00:00:00Z"), casualties);
        expect(Map.of("claimedTo", "2025-01-19T00:00:00Z"), hospitality);
    }

    @Test
    void byMarking() {
        expect(Map.of("markings", List.of("AMBER")), hospitality);
    }

    @Test
    void bySourceAnywhereInTheChain() {
        expect(Map.of("sourceIds", List.of(ISW)), hospitality);
    }

    @Test
    void byOrigin() {
        expect(Map.of("originSourceIds", List.of(NK_NEWS)), casualties);
        expect(Map.of("originSourceIds", List.of(MATSEGORA)), hospitality);
        expect(Map.of("originSourceIds", List.of(ISW)));
    }

    @Test
    void byArticle() {
        expect(Map.of(), hospitality, casualties);
    }

    private void expect(Map<String, Object> filter, String... ids) {
        Map<String, Object> scoped = new java.util.HashMap<>(filter);
        scoped.put("articleId", articleId);
        VIEWER.execute("query($f: ClaimFilter) { claims(first: 50, filter: $f) { totalCount edges { node { id } } } }",
                        Map.of("f", scoped))
                .body("errors", org.hamcrest.Matchers.nullValue())
                .body("data.claims.edges.node.id", containsInAnyOrder((Object[]) ids))
                .body("data.claims.totalCount", org.hamcrest.Matchers.is(ids.length));
    }
}
