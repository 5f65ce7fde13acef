package io.corroborate.sources.trackrecord.repository;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.LockMode;

import io.corroborate.sources.common.Marking;
import io.corroborate.sources.trackrecord.ClaimOutcome;
import io.corroborate.sources.trackrecord.FeedCursor;
import io.corroborate.sources.trackrecord.ReliabilitySnapshot;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/** Reads and writes the track record's tables: outcomes, snapshots and the feed cursor. */
@ApplicationScoped
public class TrackRecordRepository {

    /** Counts of resolved claims: confirmed, refuted, misleading. */
    public record Counts(int confirmed, int refuted, int misleading) {

        Counts plus(Counts other) {
            return new Counts(confirmed + other.confirmed, refuted + other.refuted, misleading + other.misleading);
        }

        public boolean isEmpty() {
            return confirmed == 0 && refuted == 0 && misleading == 0;
        }
    }

    /** The feed cursor, locked until the transaction ends, so that two consumers never apply the same events. */
    public Uni<FeedCursor> lockCursor(String feed) {
        return Panache.getSession().chain(session -> session.find(FeedCursor.class, feed, LockMode.PESSIMISTIC_WRITE));
    }

    public Uni<FeedCursor> cursor(String feed) {
        return Panache.getSession().chain(session -> session.find(FeedCursor.class, feed));
    }

    /** The outcomes recorded for these claims, in one query; claims without one are left out. */
    public Uni<List<ClaimOutcome>> outcomes(List<UUID> claimIds) {
        return claimIds.isEmpty() ? Uni.createFrom().item(List.of())
                : Panache.getSession().chain(session -> session.find(ClaimOutcome.class, claimIds.toArray()))
                        .map(found -> found.stream().filter(java.util.Objects::nonNull).toList());
    }

    public Uni<Void> save(Object entity) {
        return Panache.getSession().chain(session -> session.persist(entity));
    }

    /**
     * Resolved outcomes of live claims originated by any of the sources, overall or for one topic, for every clearance
     * tier at once: the counts of a tier take in the claims marked at or below it.
     */
    public Uni<Map<Marking, Counts>> originCountsByTier(Collection<UUID> sourceIds, String topic) {
        String topicCondition = topic.isEmpty() ? "" : " AND :topic = ANY(topics)";
        return Panache.getSession().chain(session -> {
            var query = session.createNativeQuery("SELECT marking,"
                    + " count(*) FILTER (WHERE status = 'CONFIRMED'),"
                    + " count(*) FILTER (WHERE status = 'REFUTED'),"
                    + " count(*) FILTER (WHERE status = 'MISLEADING')"
                    + " FROM claim_outcome WHERE NOT deleted AND origin_source_id IN (:sources)"
                    // Only verdicts count, and the partial index claim_outcome_counted_idx holds only them.
                    + " AND status IN ('CONFIRMED', 'REFUTED', 'MISLEADING')" + topicCondition
                    + " GROUP BY marking")
                    .setParameter("sources", sourceIds);
            if (!topic.isEmpty()) {
                query.setParameter("topic", topic);
            }
            return query.getResultList();
        }).map(rows -> {
            Map<Marking, Counts> byMarking = new EnumMap<>(Marking.class);
            for (Object row : rows) {
                Object[] columns = (Object[]) row;
                byMarking.put(Marking.valueOf((String) columns[0]), counts(Arrays.copyOfRange(columns, 1, 4)));
            }
            Map<Marking, Counts> byTier = new EnumMap<>(Marking.class);
            Counts running = new Counts(0, 0, 0);
            for (Marking tier : Marking.values()) {
                running = running.plus(byMarking.getOrDefault(tier, new Counts(0, 0, 0)));
                byTier.put(tier, running);
            }
            return byTier;
        });
    }

    /**
     * For each source, the resolved outcomes of live claims with one of the markings that it relayed, or any source
     * merged into it (at any depth), each claim counted once: one query for all the sources.
     */
    public Uni<Map<UUID, Counts>> carriedCounts(Collection<UUID> sourceIds, List<Marking> markings) {
        if (sourceIds.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return Panache.getSession().chain(session -> session.createNativeQuery("""
                WITH RECURSIVE merged(root, id) AS (
                    SELECT id, id FROM source WHERE id IN (:sources)
                    UNION SELECT m.root, s.id FROM source s JOIN merged m ON s.merged_into = m.id),
                carried AS (
                    SELECT DISTINCT m.root, o.claim_id, o.status FROM merged m
                    JOIN claim_outcome o ON o.relay_source_ids && ARRAY[m.id]
                    WHERE NOT o.deleted AND o.marking IN (:markings))
                SELECT root,
                       count(*) FILTER (WHERE status = 'CONFIRMED'),
                       count(*) FILTER (WHERE status = 'REFUTED'),
                       count(*) FILTER (WHERE status = 'MISLEADING')
                FROM carried GROUP BY root""")
                .setParameter("sources", sourceIds)
                .setParameter("markings", markings.stream().map(Enum::name).toList())
                .getResultList())
                .map(rows -> {
                    Map<UUID, Counts> bySource = new HashMap<>();
                    for (Object row : rows) {
                        Object[] columns = (Object[]) row;
                        bySource.put((UUID) columns[0], counts(Arrays.copyOfRange(columns, 1, 4)));
                    }
                    return bySource;
                });
    }

    /** Every topic of the live claims the sources originated. */
    public Uni<List<String>> topicsOriginatedBy(Collection<UUID> sourceIds) {
        return Panache.getSession().chain(session -> session.createNativeQuery(
                "SELECT DISTINCT unnest(topics) AS topic FROM claim_outcome WHERE origin_source_id IN (:sources) ORDER BY topic")
                .setParameter("sources", sourceIds)
                .getResultList())
                .map(rows -> rows.stream().map(String.class::cast).toList());
    }

    /** The newest snapshot of each tier for the source and topic; a tier with none is absent. */
    public Uni<Map<Marking, ReliabilitySnapshot>> latestByTier(UUID sourceId, String topic) {
        return Panache.getSession().chain(session -> session.createNativeQuery("""
                SELECT DISTINCT ON (tier) * FROM reliability_snapshot WHERE source_id = :source AND topic = :topic
                ORDER BY tier, computed_at DESC, id DESC""", ReliabilitySnapshot.class)
                .setParameter("source", sourceId).setParameter("topic", topic).getResultList())
                .map(snapshots -> {
                    Map<Marking, ReliabilitySnapshot> byTier = new EnumMap<>(Marking.class);
                    snapshots.forEach(snapshot -> byTier.put(snapshot.tier, snapshot));
                    return byTier;
                });
    }

    /** For each source, the snapshots of one scope and tier, oldest first: one query for all the sources. */
    public Uni<Map<UUID, List<ReliabilitySnapshot>>> histories(Collection<UUID> sourceIds, String topic, Marking tier) {
        if (sourceIds.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return Panache.getSession().chain(session -> session.createSelectionQuery(
                "from ReliabilitySnapshot where sourceId in :sources and topic = :topic and tier = :tier"
                        + " order by sourceId, computedAt, id", ReliabilitySnapshot.class)
                .setParameter("sources", sourceIds).setParameter("topic", topic).setParameter("tier", tier).getResultList())
                .map(snapshots -> snapshots.stream().collect(Collectors.groupingBy(snapshot -> snapshot.sourceId)));
    }

    /**
     * For each source, only its newest snapshot of one scope and tier as known at {@code asOf} (now when null), as
     * a one-element history: one query, whose cost does not grow with the history (the lookup index serves it).
     */
    public Uni<Map<UUID, List<ReliabilitySnapshot>>> latest(Collection<UUID> sourceIds, String topic, Marking tier,
            OffsetDateTime asOf) {
        if (sourceIds.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        String sql = "SELECT DISTINCT ON (source_id) * FROM reliability_snapshot"
                + " WHERE source_id IN (:sources) AND topic = :topic AND tier = :tier"
                + (asOf == null ? "" : " AND computed_at <= :asOf")
                + " ORDER BY source_id, computed_at DESC, id DESC";
        return Panache.getSession().chain(session -> {
            var query = session.createNativeQuery(sql, ReliabilitySnapshot.class)
                    .setParameter("sources", sourceIds).setParameter("topic", topic).setParameter("tier", tier.name());
            return (asOf == null ? query : query.setParameter("asOf", asOf)).getResultList();
        }).map(snapshots -> snapshots.stream().collect(Collectors.groupingBy(snapshot -> snapshot.sourceId)));
    }

    private static Counts counts(Object row) {
        Object[] columns = (Object[]) row;
        return new Counts(((Number) columns[0]).intValue(), ((Number) columns[1]).intValue(), ((Number) columns[2]).intValue());
    }
}
