package io.corroborate.claims.history.repository;

import java.util.Collection;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.corroborate.claims.history.ClaimChange;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class ClaimChangeRepository implements PanacheRepositoryBase<ClaimChange, Long> {

    public Uni<List<ClaimChange>> forClaims(Collection<java.util.UUID> claimIds) {
        return list("claimId in ?1 order by id", claimIds);
    }
}
