package io.corroborate.claims.event.repository;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.corroborate.claims.event.ClaimEvent;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class ClaimEventRepository implements PanacheRepositoryBase<ClaimEvent, Long> {

    /**
     * Serializes outbox writers until their transactions end, so that positions become visible in increasing
     * order: a consumer that has read up to N never finds a smaller position committed later.
     */
    private static final String TAKE_OUTBOX_LOCK =
            "SELECT count(*) FROM (SELECT pg_advisory_xact_lock(7426017331)) AS outbox_lock";

    public Uni<ClaimEvent> append(ClaimEvent event) {
        return getSession()
                .chain(session -> session.createNativeQuery(TAKE_OUTBOX_LOCK).getSingleResult())
                .chain(() -> persist(event));
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
