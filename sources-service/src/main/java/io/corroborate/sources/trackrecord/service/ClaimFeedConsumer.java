package io.corroborate.sources.trackrecord.service;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.corroborate.sources.common.Marking;
import io.corroborate.sources.trackrecord.FeedEvent;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/**
 * Polls claims-service's event feed and applies what is new. It resumes from the stored cursor, so it catches up
 * after downtime; several replicas may poll at once, because applying takes the cursor row's lock.
 * <p>
 * Operators see its progress as {@code corroborate_feed_lag_seconds} (how long ago the feed was last read to its end:
 * an upper bound on how stale track records are) and {@code corroborate_feed_position} (the last event applied, to
 * compare with claims-service's {@code corroborate_feed_head_position}).
 */
@ApplicationScoped
public class ClaimFeedConsumer {

    private static final Logger LOG = Logger.getLogger(ClaimFeedConsumer.class);

    private static final String FEED_PAGE = """
            query($first: Int, $after: String) {
              claimEvents(first: $first, after: $after) {
                pageInfo { hasNextPage endCursor }
                edges { node { position claimId type originSourceId relaySourceIds topics newStatus marking occurredAt } }
              }
            }""";

    private final ClaimFeedClient claims;
    private final TrackRecordService trackRecord;
    private final boolean enabled;
    private final int batchSize;
    private final AtomicLong caughtUpAtMillis = new AtomicLong(System.currentTimeMillis());
    private final AtomicLong appliedPosition = new AtomicLong();

    public ClaimFeedConsumer(ClaimFeedClient claims, TrackRecordService trackRecord, MeterRegistry registry,
            @ConfigProperty(name = "corroborate.feed.enabled") boolean enabled,
            @ConfigProperty(name = "corroborate.feed.batch-size") int batchSize) {
        this.claims = claims;
        this.trackRecord = trackRecord;
        this.enabled = enabled;
        this.batchSize = batchSize;
        if (enabled) {
            Gauge.builder("corroborate.feed.lag", caughtUpAtMillis, at -> (System.currentTimeMillis() - at.get()) / 1000.0)
                    .description("Seconds since claims-service's feed was last read to its end").baseUnit("seconds")
                    .register(registry);
            Gauge.builder("corroborate.feed.position", appliedPosition, AtomicLong::get)
                    .description("Position of the last claims-service event applied").register(registry);
        }
    }

    @Scheduled(every = "${corroborate.feed.poll-interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> poll() {
        if (!enabled) {
            return Uni.createFrom().voidItem();
        }
        return catchUp()
                .onFailure().invoke(failure -> LOG.warnf("Claim feed not read this time: %s", failure.getMessage()))
                .onFailure().recoverWithNull()
                .replaceWithVoid();
    }

    /**
     * Reads and applies pages until the feed has nothing new; returns how many events were applied. One page at a
     * time, each forgotten once applied: a catch-up that chained each page onto the last held every page read until it
     * ended, and during a bulk load, which it never caught up with, filled the heap (docs/benchmarks.md, "A million
     * claims").
     */
    public Uni<Integer> catchUp() {
        Instant readAt = Instant.now();
        return Multi.createBy().repeating().uni(() -> applyNextPage(readAt)).whilst(Step::hasNextPage)
                .collect().in(AtomicInteger::new, (applied, step) -> applied.addAndGet(step.applied()))
                .map(AtomicInteger::get);
    }

    private record Step(int applied, boolean hasNextPage) {
    }

    private Uni<Step> applyNextPage(Instant readAt) {
        return trackRecord.cursor().invoke(cursor -> appliedPosition.set(cursor.position)).chain(cursor -> fetch(cursor.cursor))
                .chain(page -> {
                    if (page.events().isEmpty()) {
                        caughtUpAtMillis.set(readAt.toEpochMilli());
                        return Uni.createFrom().item(new Step(0, false));
                    }
                    return trackRecord.apply(page.events(), page.endCursor()).map(applied -> {
                        appliedPosition.accumulateAndGet(page.events().get(page.events().size() - 1).position(), Math::max);
                        if (!page.hasNextPage()) {
                            caughtUpAtMillis.set(readAt.toEpochMilli());
                        }
                        return new Step(applied, page.hasNextPage());
                    });
                });
    }

    private record Page(List<FeedEvent> events, String endCursor, boolean hasNextPage) {
    }

    private Uni<Page> fetch(String after) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("first", batchSize);
        variables.put("after", after);
        return claims.get().chain(client -> client.executeAsync(FEED_PAGE, variables)).map(response -> {
            if (response.hasError()) {
                throw new IllegalStateException("claims-service refused the feed request: " + response.getErrors());
            }
            JsonObject connection = response.getData().getJsonObject("claimEvents");
            JsonObject pageInfo = connection.getJsonObject("pageInfo");
            List<FeedEvent> events = connection.getJsonArray("edges").stream()
                    .map(edge -> toEvent(edge.asJsonObject().getJsonObject("node")))
                    .toList();
            return new Page(events, pageInfo.getString("endCursor", null), pageInfo.getBoolean("hasNextPage"));
        });
    }

    private static FeedEvent toEvent(JsonObject node) {
        return new FeedEvent(
                node.getJsonNumber("position").longValue(),
                UUID.fromString(node.getString("claimId")),
                node.getString("type"),
                UUID.fromString(node.getString("originSourceId")),
                node.getJsonArray("relaySourceIds").getValuesAs(JsonString.class).stream()
                        .map(id -> UUID.fromString(id.getString())).toList(),
                node.getJsonArray("topics").getValuesAs(JsonString.class).stream().map(JsonString::getString).toList(),
                node.getString("newStatus"),
                Marking.valueOf(node.getString("marking")),
                OffsetDateTime.parse(node.getString("occurredAt")));
    }
}
