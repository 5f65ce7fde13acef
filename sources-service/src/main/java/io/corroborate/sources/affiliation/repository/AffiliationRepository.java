package io.corroborate.sources.affiliation.repository;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.corroborate.sources.affiliation.Affiliation;
import io.corroborate.sources.common.security.Caller;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class AffiliationRepository implements PanacheRepositoryBase<Affiliation, UUID> {

    /** An affiliation is as hidden as the more restricted of its two sources. */
    private static final String BOTH_ENDS_VISIBLE = "sourceId in (select s.id from Source s where s.marking in ?2)"
            + " and targetSourceId in (select s.id from Source s where s.marking in ?2)";

    private final Caller caller;

    public AffiliationRepository(Caller caller) {
        this.caller = caller;
    }

    /** Affiliations from or to the sources, between sources the caller may see: one to a hidden source is not shown. */
    public Uni<List<Affiliation>> touching(Collection<UUID> sourceIds) {
        return list("(sourceId in ?1 or targetSourceId in ?1) and " + BOTH_ENDS_VISIBLE + " order by createdAt, id",
                sourceIds, caller.visibleMarkings());
    }

    /** The affiliation, or null when it does not exist or either of its sources is above the caller's clearance. */
    public Uni<Affiliation> findVisible(UUID id) {
        return find("id = ?1 and " + BOTH_ENDS_VISIBLE, id, caller.visibleMarkings()).firstResult();
    }

    /** Every affiliation: the independence graph is small (thousands of edges), so it is walked in memory. */
    public Uni<List<Affiliation>> all() {
        return listAll();
    }

    /** Re-points a merged duplicate's affiliations to its survivor, dropping those that would join it to itself. */
    public Uni<Void> moveAll(UUID from, UUID to) {
        return delete("(sourceId = ?1 and targetSourceId = ?2) or (sourceId = ?2 and targetSourceId = ?1)", from, to)
                .chain(() -> update("sourceId = ?2 where sourceId = ?1", from, to))
                .chain(() -> update("targetSourceId = ?2 where targetSourceId = ?1", from, to))
                .replaceWithVoid();
    }
}
