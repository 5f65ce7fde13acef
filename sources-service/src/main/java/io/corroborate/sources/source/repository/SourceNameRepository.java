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

    /**
     * The stored names that clash with the wanted ones of one source: the same normalized name (whoever holds it), or
     * a look-alike (the same confusable skeleton) held by another source.
     */
    public Uni<List<SourceName>> clashingWith(UUID sourceId, Collection<SourceName> wanted) {
        return list("normalized in ?1 or (skeleton in ?2 and sourceId <> ?3)",
                wanted.stream().map(n -> n.normalized).toList(), wanted.stream().map(n -> n.skeleton).toList(), sourceId);
    }

    public Uni<List<SourceName>> ofSources(Collection<UUID> sourceIds) {
        return list("sourceId in ?1 order by isPrimary desc, display", sourceIds);
    }

    /** Moves every name of a merged duplicate to its survivor; the duplicate's primary name becomes an alias. */
    public Uni<Integer> moveAll(UUID from, UUID to) {
        return update("sourceId = ?1, isPrimary = false where sourceId = ?2", to, from);
    }
}
