package io.corroborate.sources.trackrecord;

import static io.corroborate.sources.Sources.VIEWER;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.corroborate.devstack.test.GraphQLClient;
import io.corroborate.devstack.test.TestTokens;
import io.corroborate.sources.Sources;
import io.corroborate.sources.common.Marking;
import io.corroborate.sources.trackrecord.service.TrackRecordService;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.core.runtime.context.VertxContextSafetyToggle;
import io.restassured.path.json.JsonPath;
import io.smallrye.common.vertx.VertxContext;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;

/** Verdicts from the claim feed become each origin's computed reliability, counted once and reversible. */
@QuarkusTest
class TrackRecordTest {

    /** A viewer cleared for GREEN; VIEWER is cleared for RED. */
    private static final GraphQLClient GREEN_VIEWER = GraphQLClient.withToken(TestTokens.withClearance("GREEN", "gwen", "viewer"));

    private static final OffsetDateTime DAY_ONE = OffsetDateTime.parse("2025-01-15T00:00:00Z");

    @Inject
    TrackRecordService trackRecord;

    @Inject
    Vertx vertx;

    @Test
    void aClaimConfirmedThenRefutedCountsOnceAsRefuted() {
        String matsegora = Sources.create("Alexander Matsegora " + Sources.unique(), "PERSON");
        UUID claim = UUID.randomUUID();
        Feed feed = new Feed();
        apply(feed.event(claim, "CREATED", matsegora, List.of(), List.of("medical-care"), "UNVERIFIED", 0)
                .event(claim, "STATUS_CHANGED", matsegora, List.of(), List.of("medical-care"), "CONFIRMED", 1)
                .event(claim, "STATUS_CHANGED", matsegora, List.of(), List.of("medical-care"), "REFUTED", 2));

        computed(matsegora, null)
                .body("confirmed", is(0))
                .body("refuted", is(1))
                .body("sampleSize", is(1))
                .body("grade", is("F"));
    }

    @Test
    void eventsDeliveredTwiceAreAppliedOnce() {
        String nk = Sources.create("NK News " + Sources.unique(), "OUTLET");
        Feed feed = new Feed();
        for (int i = 0; i < 6; i++) {
            feed.event(UUID.randomUUID(), "STATUS_CHANGED", nk, List.of(), List.of("casualties"), "CONFIRMED", i);
        }
        assertEquals(6, (int) apply(feed));
        assertEquals(0, (int) apply(feed), "a redelivered batch changes nothing");

        computed(nk, null).body("confirmed", is(6)).body("sampleSize", is(6));
    }

    @Test
    void relaysKeepTheirOwnCarriedRecordAndLeaveTheOriginsAlone() {
        String matsegora = Sources.create("Alexander Matsegora " + Sources.unique(), "PERSON");
        String gazeta = Sources.create("Rossiyskaya Gazeta " + Sources.unique(), "OUTLET");
        apply(new Feed().event(UUID.randomUUID(), "STATUS_CHANGED", matsegora, List.of(UUID.fromString(gazeta)), List.of(),
                "REFUTED", 0));

        computed(matsegora, null).body("refuted", is(1));
        computed(gazeta, null).body("sampleSize", is(0));
        reliability(gazeta, null, null).body("data.source.reliability.carried.refuted", is(1));
    }

    @Test
    void aDeletedClaimNoLongerCounts() {
        String isw = Sources.create("Institute for the Study of War " + Sources.unique(), "THINK_TANK");
        UUID claim = UUID.randomUUID();
        apply(new Feed().event(claim, "STATUS_CHANGED", isw, List.of(), List.of(), "CONFIRMED", 0)
                .event(claim, "DELETED", isw, List.of(), List.of(), "CONFIRMED", 1));

        computed(isw, null).body("sampleSize", is(0));
    }

    @Test
    void reliabilityCanBeAskedAsItWasKnownOnAnEarlierDayAndPerTopic() {
        String nk = Sources.create("NK News " + Sources.unique(), "OUTLET");
        Feed feed = new Feed();
        for (int i = 0; i < 10; i++) {
            feed.event(UUID.randomUUID(), "STATUS_CHANGED", nk, List.of(), List.of(i < 5 ? "casualties" : "troops"), "CONFIRMED", i);
        }
        apply(feed);

        computed(nk, null).body("confirmed", is(10)).body("grade", is("B"));
        computed(nk, "casualties").body("confirmed", is(5)).body("topic", is("casualties"));
        reliability(nk, null, DAY_ONE.plusDays(4).toString())
                .body("data.source.reliability.computed.confirmed", is(5))
                .body("data.source.reliability.history.confirmed", contains(1, 2, 3, 4, 5));
    }

    @Test
    void aMergedDuplicatesClaimsCountForTheSurvivor() {
        String survivor = Sources.create("Alexander Matsegora " + Sources.unique(), "PERSON");
        String duplicate = Sources.create("A. Matsegora " + Sources.unique(), "PERSON");
        apply(new Feed().event(UUID.randomUUID(), "STATUS_CHANGED", survivor, List.of(), List.of("medical-care"), "CONFIRMED", 0)
                .event(UUID.randomUUID(), "STATUS_CHANGED", duplicate, List.of(), List.of("medical-care"), "REFUTED", 1));

        Sources.ADMIN.execute("mutation($s: ID!, $d: ID!) { mergeSources(survivorId: $s, duplicateId: $d) { id } }",
                Map.of("s", survivor, "d", duplicate)).body("errors", org.hamcrest.Matchers.nullValue());

        computed(survivor, null).body("confirmed", is(1)).body("refuted", is(1));
        computed(survivor, "medical-care").body("refuted", is(1));
        computed(duplicate, null).body("refuted", is(1));
    }

    @Test
    void whatAMergedDuplicateRelayedIsCarriedByTheSurvivorOnce() {
        String origin = Sources.create("Alexander Matsegora " + Sources.unique(), "PERSON");
        String survivor = Sources.create("Rossiyskaya Gazeta " + Sources.unique(), "OUTLET");
        String duplicate = Sources.create("RG " + Sources.unique(), "OUTLET");
        apply(new Feed()
                .event(UUID.randomUUID(), "STATUS_CHANGED", origin, List.of(UUID.fromString(duplicate)), List.of(), "REFUTED", 0)
                .event(UUID.randomUUID(), "STATUS_CHANGED", origin, List.of(UUID.fromString(survivor)), List.of(), "CONFIRMED", 1)
                // Relayed by both: one claim, counted once.
                .event(UUID.randomUUID(), "STATUS_CHANGED", origin, List.of(UUID.fromString(survivor), UUID.fromString(duplicate)),
                        List.of(), "MISLEADING", 2));

        Sources.ADMIN.execute("mutation($s: ID!, $d: ID!) { mergeSources(survivorId: $s, duplicateId: $d) { id } }",
                Map.of("s", survivor, "d", duplicate)).body("errors", org.hamcrest.Matchers.nullValue());

        reliability(survivor, null, null)
                .body("data.source.reliability.carried.confirmed", is(1))
                .body("data.source.reliability.carried.refuted", is(1))
                .body("data.source.reliability.carried.misleading", is(1));
    }

    @Test
    void theSameEventsGiveTheSameHistoryWhateverTheBatching() {
        String oneByOne = Sources.create("Ukrainska Pravda " + Sources.unique(), "OUTLET");
        String allAtOnce = Sources.create("Ukrainska Pravda mirror " + Sources.unique(), "OUTLET");
        List<String> statuses = List.of("CONFIRMED", "REFUTED", "MISLEADING", "CONFIRMED", "UNPROVEN", "CONFIRMED");
        for (int i = 0; i < statuses.size(); i++) {
            apply(new Feed().event(UUID.randomUUID(), "STATUS_CHANGED", oneByOne, List.of(), List.of(), statuses.get(i), i));
        }
        Feed batch = new Feed();
        for (int i = 0; i < statuses.size(); i++) {
            batch.event(UUID.randomUUID(), "STATUS_CHANGED", allAtOnce, List.of(), List.of(), statuses.get(i), i);
        }
        apply(batch);

        List<Object> first = reliability(oneByOne, null, null).extract().jsonPath().getList("data.source.reliability.history");
        List<Object> second = reliability(allAtOnce, null, null).extract().jsonPath().getList("data.source.reliability.history");
        assertEquals(first, second);
    }

    @Test
    void aReaderSeesOnlyTheRecordOfTheClaimsTheirClearanceCovers() {
        String origin = Sources.create("Korean Central News Agency " + Sources.unique(), "OUTLET");
        String relay = Sources.create("Yonhap " + Sources.unique(), "OUTLET");
        Feed feed = new Feed();
        for (int i = 0; i < 6; i++) {
            feed.event(UUID.randomUUID(), "STATUS_CHANGED", origin, List.of(UUID.fromString(relay)), List.of("troop-rotation"),
                    "CONFIRMED", Marking.RED, i);
        }
        apply(feed.event(UUID.randomUUID(), "STATUS_CHANGED", origin, List.of(), List.of("casualties"), "REFUTED", 6));

        computed(origin, null).body("confirmed", is(6)).body("refuted", is(1)).body("sampleSize", is(7));
        computed(GREEN_VIEWER, origin, null)
                .body("confirmed", is(0)).body("refuted", is(1)).body("sampleSize", is(1)).body("grade", is("F"));
        reliability(GREEN_VIEWER, origin, null, null)
                .body("data.source.reliability.history.refuted", contains(1))
                .body("data.source.reliability.carried.confirmed", is(0));
        reliability(relay, null, null).body("data.source.reliability.carried.confirmed", is(6));

        // Per topic and as of a day: nothing tells a GREEN reader that hidden claims are about troop rotations.
        computed(GREEN_VIEWER, origin, "troop-rotation").body("sampleSize", is(0)).body("computedAt", nullValue());
        reliability(GREEN_VIEWER, origin, "troop-rotation", DAY_ONE.plusDays(3).toString())
                .body("data.source.reliability.history", empty())
                .body("data.source.reliability.computed.sampleSize", is(0));
        computed(origin, "troop-rotation").body("confirmed", is(6));
    }

    @Test
    void aClaimMarkedDownCountsForTheLowerTiersFromThen() {
        String origin = Sources.create("Ministry of Defence " + Sources.unique(), "GOVERNMENT_BODY");
        UUID claim = UUID.randomUUID();
        apply(new Feed().event(claim, "STATUS_CHANGED", origin, List.of(), List.of(), "CONFIRMED", Marking.AMBER, 0)
                .event(claim, "MARKING_CHANGED", origin, List.of(), List.of(), "CONFIRMED", Marking.GREEN, 1));

        computed(GREEN_VIEWER, origin, null).body("confirmed", is(1)).body("computedAt", is("2025-01-16T00:00:00Z"));
        reliability(origin, null, null).body("data.source.reliability.history.computedAt", contains("2025-01-15T00:00:00Z"));

        apply(new Feed().event(claim, "MARKING_CHANGED", origin, List.of(), List.of(), "CONFIRMED", Marking.RED, 2));
        computed(GREEN_VIEWER, origin, null).body("confirmed", is(0));
        computed(origin, null).body("confirmed", is(1));
    }

    @Test
    void oneRequestAsksReliabilityWithOneSetOfArguments() {
        // Batched across the page, the field takes one (topic, asOf): two would be answered alike, so they are refused.
        String source = Sources.create("Yonhap " + Sources.unique(), "OUTLET");
        VIEWER.execute("""
                        query($id: ID!) { source(id: $id) { all: reliability { computed { topic } }
                          casualties: reliability(topic: "casualties") { computed { topic } } } }""", Map.of("id", source))
                .body("errors[0].extensions.code", is("VALIDATION"))
                .body("errors[0].extensions.field", is("reliability"));
    }

    /** Events with positions after everything applied so far, one day apart from DAY_ONE. */
    private final class Feed {
        private final List<FeedEvent> events = new ArrayList<>();
        private final long start = onVertx(() -> trackRecord.cursor()).position;

        Feed event(UUID claim, String type, String origin, List<UUID> relays, List<String> topics, String status, int day) {
            return event(claim, type, origin, relays, topics, status, Marking.CLEAR, day);
        }

        Feed event(UUID claim, String type, String origin, List<UUID> relays, List<String> topics, String status,
                Marking marking, int day) {
            events.add(new FeedEvent(start + events.size() + 1, claim, type, UUID.fromString(origin), relays, topics, status,
                    marking, DAY_ONE.plusDays(day)));
            return this;
        }
    }

    private Integer apply(Feed feed) {
        return onVertx(() -> trackRecord.apply(feed.events, "cursor-" + feed.start));
    }

    private io.restassured.response.ValidatableResponse computed(String sourceId, String topic) {
        return computed(VIEWER, sourceId, topic);
    }

    private io.restassured.response.ValidatableResponse computed(GraphQLClient reader, String sourceId, String topic) {
        return reliability(reader, sourceId, topic, null).rootPath("data.source.reliability.computed");
    }

    private io.restassured.response.ValidatableResponse reliability(String sourceId, String topic, String asOf) {
        return reliability(VIEWER, sourceId, topic, asOf);
    }

    private io.restassured.response.ValidatableResponse reliability(GraphQLClient reader, String sourceId, String topic,
            String asOf) {
        Map<String, Object> variables = new java.util.HashMap<>(Map.of("id", sourceId));
        if (topic != null) {
            variables.put("topic", topic);
        }
        if (asOf != null) {
            variables.put("asOf", asOf);
        }
        return reader.execute("""
                query($id: ID!, $topic: String, $asOf: DateTime) { source(id: $id) { reliability(topic: $topic, asOf: $asOf) {
                  computed { score lower upper grade sampleSize confirmed refuted misleading computedAt topic }
                  carried { confirmed refuted misleading }
                  history { confirmed refuted misleading grade computedAt } } } }""", variables)
                .body("errors", org.hamcrest.Matchers.nullValue());
    }

    /** Runs reactive service code the way a request does: on a safe Vert.x sub-context. */
    private <T> T onVertx(Supplier<Uni<T>> work) {
        CompletableFuture<T> result = new CompletableFuture<>();
        Context context = VertxContext.getOrCreateDuplicatedContext(vertx);
        VertxContextSafetyToggle.setContextSafe(context, true);
        context.runOnContext(ignored -> work.get().subscribe().with(result::complete, result::completeExceptionally));
        try {
            return result.get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
