package io.corroborate.sources.affiliation.service;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import io.corroborate.sources.affiliation.AffiliateInput;
import io.corroborate.sources.affiliation.Affiliation;
import io.corroborate.sources.affiliation.repository.AffiliationRepository;
import io.corroborate.sources.common.Timestamps;
import io.corroborate.sources.common.error.ApiException;
import io.corroborate.sources.common.input.Inputs;
import io.corroborate.sources.source.Source;
import io.corroborate.sources.source.service.SourceService;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class AffiliationService {

    private final AffiliationRepository repository;
    private final SourceService sources;

    public AffiliationService(AffiliationRepository repository, SourceService sources) {
        this.repository = repository;
        this.sources = sources;
    }

    @WithTransaction
    public Uni<Affiliation> affiliate(String user, AffiliateInput input) {
        Affiliation affiliation = new Affiliation();
        affiliation.id = UUID.randomUUID();
        affiliation.sourceId = Inputs.id("input.sourceId", input.sourceId());
        affiliation.targetSourceId = Inputs.id("input.targetSourceId", input.targetSourceId());
        affiliation.type = Inputs.required("input.type", input.type());
        affiliation.validFrom = input.validFrom();
        affiliation.validTo = input.validTo();
        affiliation.createdBy = user;
        affiliation.createdAt = Timestamps.now();
        if (affiliation.sourceId.equals(affiliation.targetSourceId)) {
            throw ApiException.validation("input.targetSourceId", "a source cannot be affiliated with itself");
        }
        if (affiliation.validFrom != null && affiliation.validTo != null && affiliation.validTo.isBefore(affiliation.validFrom)) {
            throw ApiException.validation("input.validTo", "must not be before validFrom");
        }
        return sources.live(affiliation.targetSourceId)
                .chain(() -> sources.live(affiliation.sourceId))
                .call(() -> repository.find("sourceId = ?1 and targetSourceId = ?2 and type = ?3", affiliation.sourceId,
                        affiliation.targetSourceId, affiliation.type).list().invoke(existing -> {
                            if (existing.stream().anyMatch(a -> java.util.Objects.equals(a.validFrom, affiliation.validFrom))) {
                                throw ApiException.conflict("This affiliation is already recorded");
                            }
                        }))
                .chain(() -> repository.persist(affiliation));
    }

    @WithTransaction
    public Uni<Source> unaffiliate(UUID affiliationId) {
        // Hidden or missing: the same NOT_FOUND, so that nobody learns an affiliation exists above their clearance.
        return repository.findVisible(affiliationId)
                .onItem().ifNull().failWith(() -> ApiException.notFound("Affiliation", affiliationId))
                .chain(affiliation -> repository.delete(affiliation).chain(() -> sources.live(affiliation.sourceId)));
    }

    @WithSession
    public Uni<Map<UUID, List<Affiliation>>> forSources(List<UUID> sourceIds) {
        return repository.touching(sourceIds).map(all -> sourceIds.stream().distinct().collect(Collectors.toMap(
                id -> id, id -> all.stream().filter(a -> a.sourceId.equals(id) || a.targetSourceId.equals(id)).toList())));
    }
}
