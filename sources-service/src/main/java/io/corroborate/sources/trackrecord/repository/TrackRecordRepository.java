package io.corroborate.sources.trackrecord.repository;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.LockMode;

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
    }

    /** The feed cursor, locked until the transaction ends, so that two consumers never apply the same events. */
    public Uni<FeedCursor> lockCursor(String feed) {
        return Panache.getSession().chain(session -> session.find(FeedCursor.class, feed, LockMode.PESSIMISTIC_WRITE));
    }

    public Uni<FeedCursor> cursor(String feed) {
        return Panache.getSession().chain(session -> session.find(FeedCursor.class, feed));
    }

    public Uni<ClaimOutcome> outcome(UUID claimId) {
        return Panache.getSession().chain(session -> session.find(ClaimOutcome.class, claimId));
    }

    public Uni<Void> save(Object entity) {
        return Panache.getSession().chain(session -> session.persist(entity));
    }

    /** Resolved outcomes of live claims originated by any of the sources, overall or for one topic. */
    public Uni<Counts> originCounts(Collection<UUID> sourceIds, String topic) {
        String topicCondition = topic.isEmpty() ? "" : " AND :topic = ANY(topics)";
        return Panache.getSession().chain(session -> {
            var query = session.createNativeQuery("SELECT"
                    + " count(*) FILTER (WHERE status = 'CONFIRMED'),"
                    + " count(*) FILTER (WHERE status = 'REFUTED'),"
                    + " count(*) FILTER (WHERE status = 'MISLEADING')"
                    + " FROM claim_outcome WHERE NOT deleted AND origin_source_id IN (:sources)" + topicCondition)
                    .setParameter("sources", sourceIds);
            if (!topic.isEmpty()) {
                query.setParameter("topic", topic);
            }
            return query.getSingleResult();
        }).map(TrackRecordRepository::counts);
    }

    /** Resolved outcomes of live claims that the source relayed, or any source merged into it (at any depth). */
    public Uni<Counts> carriedCounts(UUID sourceId) {
        return Panache.getSession().chain(session -> session.createNativeQuery("""
                WITH RECURSIVE merged(id) AS (
                    SELECT CAST(:source AS uuid)
                    UNION SELECT s.id FROM source s JOIN merged m ON s.merged_into = m.id)
                SELECT count(*) FILTER (WHERE status = 'CONFIRMED'),
                       count(*) FILTER (WHERE status = 'REFUTED'),
                       count(*) FILTER (WHERE status = 'MISLEADING')
                FROM claim_outcome WHERE NOT deleted AND relay_source_ids && ARRAY(SELECT id FROM merged)""")
                .setParameter("source", sourceId)
                .getSingleResult())
                .map(TrackRecordRepository::counts);
    }

    /** Every topic of the live claims the sources originated. */
    public Uni<List<String>> topicsOriginatedBy(Collection<UUID> sourceIds) {
        return Panache.getSession().chain(session -> session.createNativeQuery(
                "SELECT DISTINCT unnest(topics) AS topic FROM claim_outcome WHERE origin_source_id IN (:sources) ORDER BY topic")
                .setParameter("sources", sourceIds)
                .getResultList())
                .map(rows -> rows.stream().map(String.class::cast).toList());
    }

    /** The newest snapshot at or before the moment (or the newest of all when {@code asOf} is null). */
    public Uni<ReliabilitySnapshot> latest(UUID sourceId, String topic, OffsetDateTime asOf) {
        String asOfCondition = asOf == null ? "" : " and computedAt <= :asOf";
        return Panache.getSession().chain(session -> {
            var query = session.createSelectionQuery("from ReliabilitySnapshot where sourceId = :source and topic = :topic"
                    + asOfCondition + " order by computedAt desc, id desc", ReliabilitySnapshot.class)
                    .setParameter("source", sourceId).setParameter("topic", topic).setMaxResults(1);
            if (asOf != null) {
                query.setParameter("asOf", asOf);
            }
            return query.getSingleResultOrNull();
        });
    }

    public Uni<List<ReliabilitySnapshot>> history(UUID sourceId, String topic) {
        return Panache.getSession().chain(session -> session.createSelectionQuery(
                "from ReliabilitySnapshot where sourceId = :source and topic = :topic order by computedAt, id",
                ReliabilitySnapshot.class).setParameter("source", sourceId).setParameter("topic", topic).getResultList());
    }

    private static Counts counts(Object row) {
        Object[] columns = (Object[]) row;
        return new Counts(((Number) columns[0]).intValue(), ((Number) columns[1]).intValue(), ((Number) columns[2]).intValue());
    }
}
