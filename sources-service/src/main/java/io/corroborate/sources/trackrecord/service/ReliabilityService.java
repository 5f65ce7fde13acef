package io.corroborate.sources.trackrecord.service;

import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

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
     * The reliability of each source, in order: three queries whatever the number of sources (their ratings, their
     * snapshots for the scope, and what they carried, merged sources included). Without {@code withHistory} only the
     * snapshot in force is read, and the history shown holds that one alone. Computed and carried figures count
     * only the claims the caller may see: the snapshots come from the tier of the caller's clearance.
     */
    @WithSession
    public Uni<List<Reliability>> of(List<UUID> sourceIds, String topic, OffsetDateTime asOf, boolean withHistory) {
        String scope = topic == null ? ReliabilitySnapshot.OVERALL : topic;
        // The whole history only when asked for: it grows with every verdict, the newest snapshot does not.
        Uni<Map<UUID, List<ReliabilitySnapshot>>> snapshots = withHistory
                ? trackRecord.histories(sourceIds, scope, caller.clearance())
                : trackRecord.latest(sourceIds, scope, caller.clearance(), asOf);
        return ratings.ofSources(sourceIds).chain(allRatings -> snapshots
                .chain(histories -> trackRecord.carriedCounts(sourceIds, caller.visibleMarkings()).map(carried -> {
                    Map<UUID, List<Rating>> ratingsBySource = allRatings.stream()
                            .collect(Collectors.groupingBy(rating -> rating.sourceId));
                    List<Reliability> answers = new ArrayList<>(sourceIds.size());
                    for (UUID sourceId : sourceIds) {
                        answers.add(reliability(ratingsBySource.getOrDefault(sourceId, List.of()),
                                histories.getOrDefault(sourceId, List.of()),
                                carried.getOrDefault(sourceId, new TrackRecordRepository.Counts(0, 0, 0)), topic, asOf));
                    }
                    return answers;
                })));
    }

    private Reliability reliability(List<Rating> assessments, List<ReliabilitySnapshot> history,
            TrackRecordRepository.Counts carried, String topic, OffsetDateTime asOf) {
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
