package io.corroborate.sources.trackrecord.service;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.corroborate.sources.trackrecord.FeedEvent;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;

/**
 * Polls claims-service's event feed and applies what is new. It resumes from the stored cursor, so it catches up
 * after downtime; several replicas may poll at once, because applying takes the cursor row's lock.
 */
@ApplicationScoped
public class ClaimFeedConsumer {

    private static final Logger LOG = Logger.getLogger(ClaimFeedConsumer.class);

    private static final String FEED_PAGE = """
            query($first: Int, $after: String) {
              claimEvents(first: $first, after: $after) {
                pageInfo { hasNextPage endCursor }
                edges { node { position claimId type originSourceId relaySourceIds topics newStatus occurredAt } }
              }
            }""";

    private final ClaimFeedClient claims;
    private final TrackRecordService trackRecord;
    private final boolean enabled;
    private final int batchSize;

    public ClaimFeedConsumer(ClaimFeedClient claims, TrackRecordService trackRecord,
            @ConfigProperty(name = "corroborate.feed.enabled") boolean enabled,
            @ConfigProperty(name = "corroborate.feed.batch-size") int batchSize) {
        this.claims = claims;
        this.trackRecord = trackRecord;
        this.enabled = enabled;
        this.batchSize = batchSize;
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

    /** Reads and applies pages until the feed has nothing new; returns how many events were applied. */
    public Uni<Integer> catchUp() {
        return trackRecord.cursor().chain(cursor -> fetch(cursor.cursor)).chain(page -> {
            if (page.events().isEmpty()) {
                return Uni.createFrom().item(0);
            }
            return trackRecord.apply(page.events(), page.endCursor()).chain(applied -> page.hasNextPage()
                    ? catchUp().map(more -> applied + more)
                    : Uni.createFrom().item(applied));
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
                OffsetDateTime.parse(node.getString("occurredAt")));
    }
}
