package io.corroborate.sources.trackrecord.service;

import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.corroborate.sources.common.security.Caller;
import io.corroborate.sources.rating.Rating;
import io.corroborate.sources.rating.repository.RatingRepository;
import io.corroborate.sources.trackrecord.CarriedRecord;
import io.corroborate.sources.trackrecord.ComputedReliability;
import io.corroborate.sources.trackrecord.Reliability;
import io.corroborate.sources.trackrecord.ReliabilitySnapshot;
import io.corroborate.sources.trackrecord.repository.TrackRecordRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

/** Puts a source's assessed and computed reliability together, as of now or of any earlier moment. */
@ApplicationScoped
public class ReliabilityService {

    private final TrackRecordRepository trackRecord;
    private final RatingRepository ratings;
    private final TrackRecordService model;
    private final Caller caller;

    public ReliabilityService(TrackRecordRepository trackRecord, RatingRepository ratings, TrackRecordService model,
            Caller caller) {
        this.trackRecord = trackRecord;
        this.ratings = ratings;
        this.model = model;
        this.caller = caller;
    }

    /**
     * Three queries: the source's ratings, its snapshots for the scope, and what it carried (merged sources included).
     * Computed and carried figures count only the claims the caller may see: the snapshots come from the tier of the
     * caller's clearance.
     */
    @WithSession
    public Uni<Reliability> of(UUID sourceId, String topic, OffsetDateTime asOf) {
        String scope = topic == null ? ReliabilitySnapshot.OVERALL : topic;
        return ratings.ofSources(List.of(sourceId)).chain(assessments -> trackRecord.history(sourceId, scope, caller.clearance())
                .chain(history -> trackRecord.carriedCounts(sourceId, caller.visibleMarkings()).map(carried -> {
                    // History is oldest first, so the snapshot in force at asOf is the last one computed by then.
                    List<ReliabilitySnapshot> known = history.stream()
                            .filter(snapshot -> asOf == null || !snapshot.computedAt.isAfter(asOf)).toList();
                    ReliabilitySnapshot latest = known.isEmpty() ? null : known.get(known.size() - 1);
                    return new Reliability(
                            currentRating(assessments, topic, asOf),
                            latest == null ? ComputedReliability.prior(model.model(), topic) : ComputedReliability.of(latest),
                            new CarriedRecord(carried.confirmed(), carried.refuted(), carried.misleading()),
                            known.stream().map(ComputedReliability::of).toList(),
                            assessments);
                })));
    }

    /** The newest rating for the topic, falling back to the newest overall rating. */
    private static Rating currentRating(List<Rating> assessments, String topic, OffsetDateTime asOf) {
        Comparator<Rating> newest = Comparator.comparing((Rating r) -> r.assessedAt);
        List<Rating> known = assessments.stream().filter(r -> asOf == null || !r.assessedAt.isAfter(asOf)).toList();
        return known.stream().filter(r -> topic != null && Objects.equals(r.topic, topic)).max(newest)
                .or(() -> known.stream().filter(r -> r.topic == null).max(newest))
                .orElse(null);
    }
}
