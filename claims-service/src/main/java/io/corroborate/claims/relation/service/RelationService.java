package io.corroborate.claims.relation.service;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.corroborate.claims.claim.service.ClaimService;
import io.corroborate.claims.common.Timestamps;
import io.corroborate.claims.common.error.ApiException;
import io.corroborate.claims.common.input.Inputs;
import io.corroborate.claims.relation.ClaimRelation;
import io.corroborate.claims.relation.RelateClaimsInput;
import io.corroborate.claims.relation.RelationType;
import io.corroborate.claims.relation.repository.ClaimRelationRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class RelationService {

    private final ClaimRelationRepository repository;
    private final ClaimService claims;

    public RelationService(ClaimRelationRepository repository, ClaimService claims) {
        this.repository = repository;
        this.claims = claims;
    }

    @WithTransaction
    public Uni<ClaimRelation> relate(String user, RelateClaimsInput input) {
        return relateInCurrentTransaction(user, input);
    }

    /** Relates two live claims inside the caller's transaction; refuses self-relations and repeats. */
    public Uni<ClaimRelation> relateInCurrentTransaction(String user, RelateClaimsInput input) {
        UUID from = Inputs.id("input.fromClaimId", input.fromClaimId());
        UUID to = Inputs.id("input.toClaimId", input.toClaimId());
        RelationType type = Inputs.required("input.type", input.type());
        if (from.equals(to)) {
            throw ApiException.validation("input.toClaimId", "a claim cannot relate to itself");
        }
        ClaimRelation relation = new ClaimRelation();
        relation.id = UUID.randomUUID();
        relation.fromClaimId = from;
        relation.toClaimId = to;
        relation.type = type;
        relation.rationale = Inputs.optionalText("input.rationale", input.rationale(), 2000);
        relation.createdBy = user;
        relation.createdAt = Timestamps.now();
        return claims.findLive(from)
                .chain(() -> claims.findLive(to))
                .chain(() -> repository.find(from, to, type))
                .chain(existing -> {
                    if (existing != null) {
                        throw ApiException.conflict("Claim " + from + " already " + type + " claim " + to);
                    }
                    return repository.persist(relation);
                });
    }

    @WithTransaction
    public Uni<Boolean> unrelate(UUID from, UUID to, RelationType type) {
        // Hidden or missing: the same NOT_FOUND, so that nobody learns a relation exists above their clearance.
        return repository.findVisible(from, to, type)
                .onItem().ifNull().failWith(() -> ApiException.notFound("Relation", from + " " + type + " " + to))
                .chain(relation -> repository.delete(relation))
                .replaceWith(true);
    }

    @WithSession
    public Uni<Map<UUID, List<ClaimRelation>>> forClaims(List<UUID> claimIds) {
        return repository.touching(claimIds).map(relations -> claimIds.stream().distinct()
                .collect(java.util.stream.Collectors.toMap(id -> id, id -> relations.stream()
                        .filter(r -> r.fromClaimId.equals(id) || r.toClaimId.equals(id)).toList())));
    }
}
