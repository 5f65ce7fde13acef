package io.corroborate.claims.event.repository;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;

import io.corroborate.claims.common.Timestamps;
import io.corroborate.claims.event.ClaimEvent;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class ClaimEventRepository implements PanacheRepositoryBase<ClaimEvent, Long> {

    /**
     * Serializes outbox writers until their transactions end, so that positions become visible in increasing
     * order: a consumer that has read up to N never finds a smaller position committed later. It answers the
     * database's clock as read once the lock is held, which becomes the event's time: events' times then follow their
     * positions, whichever writer asked first, and whatever the clocks of the service's replicas say. (sources-service
     * dates each snapshot of a track record by its event's time and reads the latest; a time taken before the lock let
     * an earlier position carry a later time, and a stale snapshot read as current: deploy/bench/fault-feed-kill.sh.)
     */
    /** Looked up once: jakarta.json.Json's factory methods search the class path for a provider on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();
    private static final String INSERT_EVENTS = "INSERT INTO claim_event (claim_id, type, origin_source_id,"
            + " relay_source_ids, topics, old_status, new_status, marking, occurred_at)"
            + " SELECT claim_id, type, origin_source_id, relay_source_ids, topics, old_status, new_status, marking, occurred_at"
            + " FROM ROWS FROM (jsonb_to_recordset(CAST(CAST(:rows AS text) AS jsonb)) AS (claim_id uuid, type text, origin_source_id uuid,"
            + " relay_source_ids uuid[], topics text[], old_status text, new_status text, marking text, occurred_at timestamptz))"
            + " WITH ORDINALITY AS r(claim_id, type, origin_source_id, relay_source_ids, topics, old_status, new_status,"
            + " marking, occurred_at, row_number) ORDER BY row_number";
    private static final String TAKE_OUTBOX_LOCK =
            "SELECT clock_timestamp() FROM (SELECT pg_advisory_xact_lock(7426017331)) AS outbox_lock";

    /** Appends the event as the newest of the feed, dated now. Must run inside the transaction that changed the claim. */
    public Uni<Void> append(ClaimEvent event) {
        return appendAll(List.of(event));
    }

    /**
     * Appends the events in order as the newest of the feed, all dated now, under one take of the outbox lock (a bulk
     * import appends hundreds in one transaction). Must run inside the transaction that changed their claims.
     */
    public Uni<Void> appendAll(List<ClaimEvent> events) {
        return getSession().chain(session -> session.createNativeQuery(TAKE_OUTBOX_LOCK, OffsetDateTime.class)
                .getSingleResult()
                .chain(now -> {
                    OffsetDateTime occurredAt = Timestamps.normalize(now);
                    events.forEach(event -> event.occurredAt = occurredAt);
                    // One statement however many events; positions follow the rows' order (WITH ORDINALITY).
                    return session.createNativeQuery(INSERT_EVENTS).setParameter("rows", rows(events).toString())
                            .executeUpdate().replaceWithVoid();
                }));
    }

    private static JsonArray rows(List<ClaimEvent> events) {
        JsonArrayBuilder rows = JSON.createArrayBuilder();
        for (ClaimEvent event : events) {
            rows.add(JSON.createObjectBuilder().add("claim_id", event.claimId.toString()).add("type", event.type.name())
                    .add("origin_source_id", event.originSourceId.toString())
                    .add("relay_source_ids", JSON.createArrayBuilder(event.relaySourceIds.stream().map(UUID::toString).toList()))
                    .add("topics", JSON.createArrayBuilder(event.topics))
                    .add("old_status", event.oldStatus == null ? JsonValue.NULL : JSON.createValue(event.oldStatus.name()))
                    .add("new_status", event.newStatus.name()).add("marking", event.marking.name())
                    .add("occurred_at", event.occurredAt.toString()));
        }
        return rows.build();
    }

    /** The position of the newest event; 0 while the feed is empty. */
    public Uni<Long> headPosition() {
        return getSession().chain(session -> session
                .createSelectionQuery("select coalesce(max(position), 0) from ClaimEvent", Long.class)
                .getSingleResult());
    }

    public Uni<List<ClaimEvent>> after(long position, int limit) {
        return find("position > ?1 order by position", position).range(0, limit - 1).list();
    }
}
