package io.corroborate.claims.review.repository;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.corroborate.claims.review.Review;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class ReviewRepository implements PanacheRepositoryBase<Review, UUID> {

    public Uni<List<Review>> forClaims(List<UUID> claimIds) {
        return list("claimId in ?1 order by reviewedAt, id", claimIds);
    }
}
