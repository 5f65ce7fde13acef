package io.corroborate.claims.event;

import static io.corroborate.claims.Seed.EDITOR;
import static io.corroborate.claims.Seed.ISW;
import static io.corroborate.claims.Seed.MATSEGORA;
import static io.corroborate.claims.Seed.ROSSIYSKAYA_GAZETA;
import static io.corroborate.claims.Seed.SERVICE;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.corroborate.claims.Database;
import io.corroborate.claims.Seed;
import io.corroborate.claims.claim.Claim;
import io.corroborate.claims.claim.ClaimStatus;
import io.corroborate.claims.event.repository.ClaimEventRepository;
import io.corroborate.claims.event.service.ClaimEvents;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.smallrye.mutiny.Uni;

@QuarkusTest
class ClaimEventFeedTest {

    private static final String REVIEW = "mutation($i: ReviewClaimInput!) { reviewClaim(input: $i) { status } }";

    @Test
    void creatingAndReviewingAClaimPublishesEventsWithItsChainInStrictlyIncreasingPositions() {
        String claimId = Seed.createClaim(Seed.hospitalityClaim(Seed.createArticle(Seed.uniqueUrl())));
        EDITOR.execute(REVIEW, Map.of("i", Map.of("claimId", claimId, "status", "REFUTED", "credibility", 5, "rationale", "ISW contradicts it.")));

        List<Map<String, Object>> events = readWholeFeed().stream().filter(e -> claimId.equals(e.get("claimId"))).toList();

        assertEquals(List.of("CREATED", "STATUS_CHANGED"), events.stream().map(e -> e.get("type")).toList());
        assertEquals(MATSEGORA, events.get(1).get("originSourceId"));
        assertEquals(List.of(ROSSIYSKAYA_GAZETA, ISW), events.get(1).get("relaySourceIds"));
        assertEquals("UNVERIFIED", events.get(1).get("oldStatus"));
        assertEquals("REFUTED", events.get(1).get("newStatus"));
    }

    @Test
    void changingAClaimsMarkingOrTopicsPublishesAnEventWithItsWholeState() {
        String claimId = Seed.createClaim(Seed.hospitalityClaim(Seed.createArticle(Seed.uniqueUrl())));
        String update = "mutation($id: ID!, $v: Int!, $i: UpdateClaimInput!) { updateClaim(id: $id, version: $v, input: $i) { version } }";
        int version = EDITOR.execute(update, Map.of("id", claimId, "v", 0, "i", Map.of("marking", "AMBER")))
                .extract().path("data.updateClaim.version");
        EDITOR.execute(update, Map.of("id", claimId, "v", version, "i", Map.of("topics", List.of("medical-care", "prisoners"))))
                .body("errors", org.hamcrest.Matchers.nullValue());
        EDITOR.execute(update, Map.of("id", claimId, "v", version + 1, "i", Map.of("statement", "Reworded, nothing else.")))
                .body("errors", org.hamcrest.Matchers.nullValue());

        List<Map<String, Object>> events = readWholeFeed().stream().filter(e -> claimId.equals(e.get("claimId"))).toList();

        assertEquals(List.of("CREATED", "MARKING_CHANGED", "TOPICS_CHANGED"), events.stream().map(e -> e.get("type")).toList(),
                "a change of wording alone says nothing the track record needs");
        assertEquals("AMBER", events.get(1).get("marking"));
        assertEquals("AMBER", events.get(2).get("marking"));
        assertEquals(List.of("medical-care", "prisoners"), events.get(2).get("topics"));
        assertEquals(MATSEGORA, events.get(2).get("originSourceId"));
    }

    @Test
    void theFeedIsReplayableFromTheStartAndPositionsOnlyGrow() {
        Seed.createClaim(Seed.casualtyClaim(Seed.createArticle(Seed.uniqueUrl())));
        List<Map<String, Object>> first = readWholeFeed();
        List<Map<String, Object>> replay = readWholeFeed();

        assertEquals(first, replay);
        for (int i = 1; i < first.size(); i++) {
            assertTrue(((Number) first.get(i).get("position")).longValue() > ((Number) first.get(i - 1).get("position")).longValue());
        }
    }

    @Test
    void aStatusChangeAndItsEventCommitTogetherOrNotAtAll() {
        String claimId = Seed.createClaim(Seed.hospitalityClaim(Seed.createArticle(Seed.uniqueUrl())));
        String before = Database.snapshot();
        // The outbox write fails after the claim was changed in the same transaction.
        QuarkusMock.installMockForType(new ClaimEvents(null) {
            @Override
            public Uni<Void> append(Claim claim, ClaimEventType type, ClaimStatus oldStatus) {
                return Uni.createFrom().failure(new IllegalStateException("outbox down"));
            }
        }, ClaimEvents.class);

        EDITOR.execute(REVIEW, Map.of("i", Map.of("claimId", claimId, "status", "CONFIRMED", "credibility", 1, "rationale", "Confirmed.")))
                .body("errors[0].extensions.code", is("INTERNAL"))
                .body("errors[0].message", is("Internal error"));

        assertEquals(before, Database.snapshot(), "neither the review, the status change nor an event may remain");
        Seed.VIEWER.execute("query($id: ID!) { claim(id: $id) { status } }", Map.of("id", claimId))
                .body("data.claim.status", is("UNVERIFIED"));
    }

    private static List<Map<String, Object>> readWholeFeed() {
        List<Map<String, Object>> events = new ArrayList<>();
        String after = null;
        while (true) {
            Map<String, Object> variables = after == null ? Map.of() : Map.of("after", after);
            JsonPath page = SERVICE.execute("""
                    query($after: String) { claimEvents(first: 100, after: $after) {
                      pageInfo { hasNextPage endCursor }
                      edges { node { position claimId type originSourceId relaySourceIds topics oldStatus newStatus marking } } } }""",
                    variables).extract().jsonPath();
            events.addAll(page.getList("data.claimEvents.edges.node"));
            if (!page.getBoolean("data.claimEvents.pageInfo.hasNextPage")) {
                return events;
            }
            after = page.getString("data.claimEvents.pageInfo.endCursor");
        }
    }
}
