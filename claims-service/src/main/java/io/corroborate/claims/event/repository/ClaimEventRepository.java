package io.corroborate.claims.event.repository;

import java.time.OffsetDateTime;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

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
    private static final String TAKE_OUTBOX_LOCK =
            "SELECT clock_timestamp() FROM (SELECT pg_advisory_xact_lock(7426017331)) AS outbox_lock";

    /** Appends the event as the newest of the feed, dated now. Must run inside the transaction that changed the claim. */
    public Uni<ClaimEvent> append(ClaimEvent event) {
        return getSession()
                .chain(session -> session.createNativeQuery(TAKE_OUTBOX_LOCK, OffsetDateTime.class).getSingleResult())
                .chain(now -> {
                    event.occurredAt = Timestamps.normalize(now);
                    return persist(event);
                });
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
