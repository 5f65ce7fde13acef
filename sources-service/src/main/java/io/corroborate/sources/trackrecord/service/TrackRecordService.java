package io.corroborate.sources.trackrecord.service;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.corroborate.sources.common.Marking;
import io.corroborate.sources.common.Timestamps;
import io.corroborate.sources.source.repository.SourceRepository;
import io.corroborate.sources.source.service.SourceService;
import io.corroborate.sources.trackrecord.ClaimOutcome;
import io.corroborate.sources.trackrecord.FeedCursor;
import io.corroborate.sources.trackrecord.FeedEvent;
import io.corroborate.sources.trackrecord.ReliabilityModel;
import io.corroborate.sources.trackrecord.ReliabilitySnapshot;
import io.corroborate.sources.trackrecord.repository.TrackRecordRepository;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/**
 * Applies claims-service's events to the track record. Each batch runs in one transaction that also moves the
 * feed cursor, with the cursor row locked: an event delivered twice, or fetched by two consumers, counts once.
 */
@ApplicationScoped
public class TrackRecordService {

    private record Scope(UUID sourceId, String topic) {
    }

    private final TrackRecordRepository repository;
    private final SourceService sources;
    private final SourceRepository sourceRepository;
    private final ReliabilityModel model;

    public TrackRecordService(TrackRecordRepository repository, SourceService sources, SourceRepository sourceRepository,
            @ConfigProperty(name = "corroborate.reliability.prior-successes") double priorSuccesses,
            @ConfigProperty(name = "corroborate.reliability.prior-failures") double priorFailures,
            @ConfigProperty(name = "corroborate.reliability.minimum-sample") int minimumSample,
            @ConfigProperty(name = "corroborate.reliability.misleading-weight") double misleadingWeight) {
        this.repository = repository;
        this.sources = sources;
        this.sourceRepository = sourceRepository;
        this.model = new ReliabilityModel(priorSuccesses, priorFailures, minimumSample, misleadingWeight);
    }

    public ReliabilityModel model() {
        return model;
    }

    @WithSession
    public Uni<FeedCursor> cursor() {
        return repository.cursor(FeedCursor.CLAIMS);
    }

    /** Applies the events not applied yet, in position order, and moves the cursor; returns how many were new. */
    @WithTransaction
    public Uni<Integer> apply(List<FeedEvent> events, String endCursor) {
        return repository.lockCursor(FeedCursor.CLAIMS).chain(cursor -> {
            List<FeedEvent> fresh = events.stream().filter(event -> event.position() > cursor.position).toList();
            return repository.outcomes(fresh.stream().map(FeedEvent::claimId).distinct().toList()).chain(known -> {
                Map<UUID, ClaimOutcome> outcomes = new HashMap<>();
                known.forEach(outcome -> outcomes.put(outcome.claimId, outcome));
                Uni<Void> applied = Uni.createFrom().voidItem();
                for (FeedEvent event : fresh) {
                    applied = applied.chain(() -> applyOne(event, outcomes));
                }
                return applied;
            }).map(ignored -> {
                if (!fresh.isEmpty()) {
                    cursor.position = fresh.get(fresh.size() - 1).position();
                    cursor.cursor = endCursor;
                    cursor.updatedAt = Timestamps.now();
                }
                return fresh.size();
            });
        });
    }

    /**
     * After a merge the survivor's record also counts the duplicate's claims: recompute it, overall and for every
     * topic of those claims, as of the merge. Runs inside the merge's transaction.
     */
    public Uni<Void> recomputeAfterMerge(UUID survivor, UUID duplicate, OffsetDateTime at) {
        return repository.topicsOriginatedBy(List.of(survivor, duplicate))
                .chain(topics -> recompute(scopes(survivor, topics), at));
    }

    /** Applies one event to its claim's outcome, {@code outcomes} holding the batch's claims' outcomes so far. */
    private Uni<Void> applyOne(FeedEvent event, Map<UUID, ClaimOutcome> outcomes) {
        ClaimOutcome previous = outcomes.get(event.claimId());
        boolean countedBefore = previous != null && previous.counts();
        Set<Scope> affected = new LinkedHashSet<>();
        // The previous contribution is taken back by recomputing the scopes it counted in.
        if (previous != null) {
            affected.addAll(scopes(previous.originSourceId, previous.topics));
        }
        affected.addAll(scopes(event.originSourceId(), event.topics()));
        ClaimOutcome outcome = previous != null ? previous : new ClaimOutcome();
        outcome.claimId = event.claimId();
        outcome.originSourceId = event.originSourceId();
        outcome.relaySourceIds = new ArrayList<>(event.relaySourceIds());
        outcome.topics = new ArrayList<>(event.topics());
        outcome.status = event.newStatus();
        outcome.marking = event.marking();
        outcome.deleted = event.isDeletion();
        outcome.eventPosition = event.position();
        outcome.occurredAt = event.occurredAt();
        outcomes.put(outcome.claimId, outcome);
        Uni<Void> saved = previous == null ? repository.save(outcome) : Uni.createFrom().voidItem();
        if (!countedBefore && !outcome.counts()) {
            // Not a verdict that counts, before or after (a new unverified claim, most events): no record changes.
            return saved;
        }
        return saved.chain(() -> Panache.getSession()).chain(session -> session.flush())
                .chain(() -> recompute(new ArrayList<>(affected), event.occurredAt()));
    }

    /** Recomputes each scope in turn, keeping a snapshot only when the counts changed. */
    private Uni<Void> recompute(List<Scope> scopes, OffsetDateTime at) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (Scope scope : scopes) {
            chain = chain.chain(() -> recompute(scope, at));
        }
        return chain;
    }

    /**
     * Recomputes one scope for every clearance tier. A tier gets a snapshot only when its counts changed; a tier that
     * has never counted a claim gets none, so that a topic's history never shows a reader that hidden claims exist.
     */
    private Uni<Void> recompute(Scope scope, OffsetDateTime at) {
        return sources.survivorOf(scope.sourceId()).chain(survivor -> sourceRepository.mergedInto(List.of(survivor))
                .chain(merged -> {
                    List<UUID> ids = new ArrayList<>(merged);
                    ids.add(survivor);
                    return repository.originCountsByTier(ids, scope.topic());
                })
                .chain(countsByTier -> repository.latestByTier(survivor, scope.topic()).chain(latestByTier -> {
                    List<ReliabilitySnapshot> changed = new ArrayList<>();
                    for (Marking tier : Marking.values()) {
                        TrackRecordRepository.Counts counts = countsByTier.get(tier);
                        ReliabilitySnapshot last = latestByTier.get(tier);
                        boolean unchanged = last == null ? counts.isEmpty()
                                : last.confirmed == counts.confirmed() && last.refuted == counts.refuted()
                                        && last.misleading == counts.misleading();
                        if (!unchanged) {
                            changed.add(snapshot(survivor, scope.topic(), tier, counts, at));
                        }
                    }
                    Uni<Void> saved = Uni.createFrom().voidItem();
                    for (ReliabilitySnapshot snapshot : changed) {
                        saved = saved.chain(() -> repository.save(snapshot));
                    }
                    return saved;
                })));
    }

    private ReliabilitySnapshot snapshot(UUID sourceId, String topic, Marking tier, TrackRecordRepository.Counts counts,
            OffsetDateTime at) {
        ReliabilityModel.Estimate estimate = model.estimate(counts.confirmed(), counts.refuted(), counts.misleading());
        ReliabilitySnapshot snapshot = new ReliabilitySnapshot();
        snapshot.sourceId = sourceId;
        snapshot.topic = topic;
        snapshot.tier = tier;
        snapshot.computedAt = at;
        snapshot.confirmed = counts.confirmed();
        snapshot.refuted = counts.refuted();
        snapshot.misleading = counts.misleading();
        snapshot.score = estimate.score();
        snapshot.lowerBound = estimate.lower();
        snapshot.upperBound = estimate.upper();
        snapshot.grade = estimate.grade().name();
        return snapshot;
    }

    private static List<Scope> scopes(UUID sourceId, List<String> topics) {
        List<Scope> scopes = new ArrayList<>();
        scopes.add(new Scope(sourceId, ReliabilitySnapshot.OVERALL));
        topics.forEach(topic -> scopes.add(new Scope(sourceId, topic)));
        return scopes;
    }
}
