package io.corroborate.sources.source.repository;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.corroborate.sources.source.SourceName;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class SourceNameRepository implements PanacheRepositoryBase<SourceName, String> {

    public Uni<List<SourceName>> withNormalized(Collection<String> normalized) {
        return list("normalized in ?1", normalized);
    }

    public Uni<List<SourceName>> ofSources(Collection<UUID> sourceIds) {
        return list("sourceId in ?1 order by isPrimary desc, display", sourceIds);
    }

    /** Moves every name of a merged duplicate to its survivor; the duplicate's primary name becomes an alias. */
    public Uni<Integer> moveAll(UUID from, UUID to) {
        return update("sourceId = ?1, isPrimary = false where sourceId = ?2", to, from);
    }
}
