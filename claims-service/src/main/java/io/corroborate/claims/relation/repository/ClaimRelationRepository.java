package io.corroborate.claims.relation.repository;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.corroborate.claims.common.security.Caller;
import io.corroborate.claims.relation.ClaimRelation;
import io.corroborate.claims.relation.RelationType;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class ClaimRelationRepository implements PanacheRepositoryBase<ClaimRelation, UUID> {

    /** A relation is as hidden as the more restricted of its two claims, and gone with either of them. */
    private static final String BOTH_ENDS_VISIBLE =
            "fromClaimId in (select c.id from Claim c where c.deletedAt is null and c.marking in ?2)"
            + " and toClaimId in (select c.id from Claim c where c.deletedAt is null and c.marking in ?2)";

    private final Caller caller;

    public ClaimRelationRepository(Caller caller) {
        this.caller = caller;
    }

    /** The relation, whatever the markings: for the uniqueness check of a new relation between visible claims. */
    public Uni<ClaimRelation> find(UUID from, UUID to, RelationType type) {
        return find("fromClaimId = ?1 and toClaimId = ?2 and type = ?3", from, to, type).firstResult();
    }

    /** The relation, or null when it does not exist or either of its claims is deleted or hidden from the caller. */
    public Uni<ClaimRelation> findVisible(UUID from, UUID to, RelationType type) {
        return find("fromClaimId = ?1 and toClaimId = ?2 and type = ?3 and " + BOTH_ENDS_VISIBLE.replace("?2", "?4"),
                from, to, type, caller.visibleMarkings()).firstResult();
    }

    /** Relations in either direction that touch any of the claims, between live claims only. */
    public Uni<List<ClaimRelation>> touching(List<UUID> claimIds) {
        // A relation to a claim the caller may not see is not shown.
        return list("(fromClaimId in ?1 or toClaimId in ?1) and " + BOTH_ENDS_VISIBLE + " order by createdAt, id",
                claimIds, caller.visibleMarkings());
    }
}
