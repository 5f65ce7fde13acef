package io.corroborate.sources.source.service;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.corroborate.sources.affiliation.repository.AffiliationRepository;
import io.corroborate.sources.common.Timestamps;
import io.corroborate.sources.common.error.ApiException;
import io.corroborate.sources.rating.repository.RatingRepository;
import io.corroborate.sources.source.Source;
import io.corroborate.sources.source.repository.SourceNameRepository;
import io.corroborate.sources.trackrecord.service.TrackRecordService;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/**
 * Merges a duplicate into its survivor: names, affiliations and ratings move, and the duplicate becomes a
 * redirect, so claims that still reference its id keep resolving (to the survivor).
 */
@ApplicationScoped
public class MergeService {

    private final SourceService sources;
    private final SourceNameRepository names;
    private final AffiliationRepository affiliations;
    private final RatingRepository ratings;
    private final TrackRecordService trackRecord;

    public MergeService(SourceService sources, SourceNameRepository names, AffiliationRepository affiliations,
            RatingRepository ratings, TrackRecordService trackRecord) {
        this.sources = sources;
        this.names = names;
        this.affiliations = affiliations;
        this.ratings = ratings;
        this.trackRecord = trackRecord;
    }

    @WithTransaction
    public Uni<Source> merge(UUID survivorId, UUID duplicateId) {
        if (survivorId.equals(duplicateId)) {
            throw ApiException.validation("duplicateId", "a source cannot be merged into itself");
        }
        return sources.live(survivorId).chain(survivor -> sources.live(duplicateId).chain(duplicate ->
                names.moveAll(duplicateId, survivorId)
                        .chain(() -> affiliations.moveAll(duplicateId, survivorId))
                        .chain(() -> ratings.moveAll(duplicateId, survivorId))
                        .invoke(() -> {
                            duplicate.mergedInto = survivorId;
                            duplicate.updatedAt = Timestamps.now();
                            survivor.updatedAt = duplicate.updatedAt;
                        })
                        // Flushed first: the recomputation reads merged_into with SQL.
                        .call(() -> names.flush())
                        .call(() -> trackRecord.recomputeAfterMerge(survivorId, duplicateId, duplicate.updatedAt))
                        .replaceWith(survivor)));
    }
}
