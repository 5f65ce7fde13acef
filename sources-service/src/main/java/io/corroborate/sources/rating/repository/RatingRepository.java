package io.corroborate.sources.rating.repository;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.corroborate.sources.rating.Rating;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class RatingRepository implements PanacheRepositoryBase<Rating, UUID> {

    public Uni<List<Rating>> ofSources(Collection<UUID> sourceIds) {
        return list("sourceId in ?1 order by assessedAt, id", sourceIds);
    }

    public Uni<Integer> moveAll(UUID from, UUID to) {
        return update("sourceId = ?2 where sourceId = ?1", from, to);
    }
}
