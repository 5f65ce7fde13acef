package io.corroborate.claims.claim;

import static io.corroborate.claims.Seed.VIEWER;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;

import io.corroborate.claims.Seed;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class ClaimPaginationTest {

    private static final String PAGE = """
            query($first: Int, $after: String, $filter: ClaimFilter, $order: ClaimOrder) {
              claims(first: $first, after: $after, filter: $filter, orderBy: $order) {
                totalCount pageInfo { hasNextPage hasPreviousPage endCursor } edges { cursor node { id } } } }""";

    @Test
    void pagesCoverEveryClaimOnceEvenWhileClaimsAreBeingAdded() throws Exception {
        String articleId = Seed.createArticle(Seed.uniqueUrl());
        List<String> existing = new ArrayList<>();
        for (int i = 0; i < 23; i++) {
            existing.add(Seed.createClaim(Seed.with(Seed.casualtyClaim(articleId), "statement", "Claim number " + i)));
        }
        Map<String, Object> filter = Map.of("articleId", articleId);
        List<String> seen = new ArrayList<>();
        String after = null;
        CompletableFuture<Void> writer = CompletableFuture.completedFuture(null);
        do {
            Map<String, Object> variables = new java.util.HashMap<>(Map.of("first", 5, "filter", filter,
                    "order", Map.of("field", "CREATED_AT", "direction", "DESC")));
            if (after != null) {
                variables.put("after", after);
            }
            JsonPath page = VIEWER.execute(PAGE, variables).extract().jsonPath();
            seen.addAll(page.getList("data.claims.edges.node.id"));
            after = page.getBoolean("data.claims.pageInfo.hasNextPage") ? page.getString("data.claims.pageInfo.endCursor") : null;
            // Newer claims arrive while we page: they sort before the cursor and must not disturb the walk.
            writer = writer.thenRunAsync(() -> Seed.createClaim(Seed.with(Seed.casualtyClaim(articleId), "statement", "Late claim")));
        } while (after != null);
        writer.get();

        assertEquals(seen.size(), new HashSet<>(seen).size(), "no claim may appear twice");
        org.hamcrest.MatcherAssert.assertThat(seen, containsInAnyOrder(existing.toArray()));
    }

    @Test
    void ascendingByClaimDateWalksForward() {
        String articleId = Seed.createArticle(Seed.uniqueUrl());
        String later = Seed.createClaim(Seed.with(Seed.casualtyClaim(articleId), "claimedAt", "2025-01-22T00:00:00Z"));
        String earlier = Seed.createClaim(Seed.with(Seed.casualtyClaim(articleId), "claimedAt", "2025-01-02T00:00:00Z"));

        VIEWER.execute(PAGE, Map.of("first", 1, "filter", Map.of("articleId", articleId),
                        "order", Map.of("field", "CLAIMED_AT", "direction", "ASC")))
                .body("data.claims.edges.node.id", contains(earlier))
                .body("data.claims.totalCount", is(2))
                .body("data.claims.pageInfo.hasNextPage", is(true))
                .body("data.claims.pageInfo.hasPreviousPage", is(false));
        org.hamcrest.MatcherAssert.assertThat(later, org.hamcrest.Matchers.notNullValue());
    }
}
