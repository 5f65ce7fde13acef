package io.corroborate.sources.source.repository;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.spi.JsonProvider;

import io.corroborate.sources.common.paging.PageRequest;
import io.corroborate.sources.common.paging.Slice;
import io.corroborate.sources.common.security.Caller;
import io.corroborate.sources.source.Source;
import io.corroborate.sources.source.SourceKind;
import io.corroborate.sources.common.Marking;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;

/**
 * The {@code Visible} reads and {@link #page} and {@link #search} show only sources the caller's clearance covers;
 * a marking above it is as if the source did not exist. {@code findById} and {@link #findByIds} see every source, for
 * the structural work (following merges, the track record) that must not depend on who asks.
 */
@ApplicationScoped
public class SourceRepository implements PanacheRepositoryBase<Source, UUID> {

    /** Looked up once: jakarta.json.Json's factory methods search the class path for a provider on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    private final Caller caller;

    public SourceRepository(Caller caller) {
        this.caller = caller;
    }

    /** A criteria-free description of a page's filter, already validated. */
    public record Criteria(List<SourceKind> kinds, List<String> countries, List<Marking> markings) {
    }

    public Uni<List<Source>> findByIds(Collection<UUID> ids) {
        return ids.isEmpty() ? Uni.createFrom().item(List.of()) : list("id in ?1", ids);
    }

    /** The ids of the sources the caller may not see (few, as a rule): analytics must not walk through them. */
    public Uni<List<UUID>> hiddenIds() {
        return find("select id from Source where marking not in ?1", caller.visibleMarkings()).project(UUID.class).list();
    }

    public Uni<Source> findVisible(UUID id) {
        return find("id = ?1 and marking in ?2", id, caller.visibleMarkings()).firstResult();
    }

    public Uni<List<Source>> findVisibleByIds(Collection<UUID> ids) {
        return ids.isEmpty() ? Uni.createFrom().item(List.of())
                : list("id in ?1 and marking in ?2", ids, caller.visibleMarkings());
    }

    /** The ids of sources merged, directly or through other merges, into any of the given sources. */
    public Uni<List<UUID>> mergedInto(Collection<UUID> survivors) {
        return getSession().chain(session -> session.createNativeQuery("""
                WITH RECURSIVE merged(id) AS (
                    SELECT id FROM source WHERE merged_into IN (:survivors)
                    UNION SELECT s.id FROM source s JOIN merged m ON s.merged_into = m.id)
                SELECT id FROM merged""").setParameter("survivors", survivors).getResultList())
                .map(rows -> rows.stream().map(UUID.class::cast).toList());
    }

    /** For each survivor, the ids merged into it at any depth that the caller may see, oldest merge first. */
    public Uni<Map<UUID, List<UUID>>> mergedIntoEach(Collection<UUID> survivors) {
        if (survivors.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return getSession().chain(session -> session.createNativeQuery("""
                WITH RECURSIVE merged(root, id) AS (
                    SELECT merged_into, id FROM source WHERE merged_into IN (:survivors)
                    UNION SELECT m.root, s.id FROM source s JOIN merged m ON s.merged_into = m.id)
                SELECT m.root, m.id FROM merged m JOIN source s ON s.id = m.id
                WHERE s.marking IN (:visible) ORDER BY s.updated_at, s.id""")
                .setParameter("survivors", survivors)
                .setParameter("visible", caller.visibleMarkings().stream().map(Enum::name).toList())
                .getResultList())
                .map(rows -> {
                    Map<UUID, List<UUID>> byRoot = new HashMap<>();
                    for (Object row : rows) {
                        Object[] columns = (Object[]) row;
                        byRoot.computeIfAbsent((UUID) columns[0], root -> new ArrayList<>()).add((UUID) columns[1]);
                    }
                    return byRoot;
                });
    }

    /** Live sources (not merged away), oldest first, keyset on (createdAt, id). */
    public Uni<Slice<Source>> page(Criteria criteria, PageRequest page) {
        StringBuilder where = new StringBuilder("mergedInto is null and marking in :visible");
        Parameters parameters = Parameters.with("visible", caller.visibleMarkings());
        if (!criteria.kinds().isEmpty()) {
            where.append(" and kind in :kinds");
            parameters.and("kinds", criteria.kinds());
        }
        if (!criteria.countries().isEmpty()) {
            where.append(" and country in :countries");
            parameters.and("countries", criteria.countries());
        }
        if (!criteria.markings().isEmpty()) {
            where.append(" and marking in :markings");
            parameters.and("markings", criteria.markings());
        }
        String filter = where.toString();
        Parameters pageParameters = new Parameters();
        parameters.map().forEach(pageParameters::and);
        StringBuilder pageWhere = new StringBuilder(filter);
        if (page.after() != null) {
            pageWhere.append(" and (createdAt > :afterValue or (createdAt = :afterValue and id > :afterId))");
            pageParameters.and("afterValue", page.after().timeValue()).and("afterId", page.after().uuid());
        }
        return (page.countTotal() ? count(filter, parameters) : Uni.createFrom().item(0L)).chain(total -> find(pageWhere + " order by createdAt, id", pageParameters)
                .range(0, page.fetchSize() - 1).list()
                .map(sources -> new Slice<>(sources, total)));
    }

    /** One candidate of a mention: the mention's position in the request (from 1), a source, and how closely it matches. */
    public record MentionCandidate(int mention, UUID sourceId, double score) {
    }

    /**
     * For each mention (normalized like names are), the visible sources whose name or alias equals it (score 1), starts
     * it, resembles it, or appears as words within it ("Washington-based Institute for the Study of War"), best first,
     * at most {@code limit} each; one statement for all mentions, through the names' trigram index.
     */
    public Uni<List<MentionCandidate>> match(List<String> normalizedMentions, int limit) {
        JsonArrayBuilder mentions = JSON.createArrayBuilder();
        normalizedMentions.forEach(mentions::add);
        return getSession().chain(session -> session.createNativeQuery("""
                SELECT CAST(m.ord AS int), c.id, c.score
                FROM jsonb_array_elements_text(CAST(CAST(:mentions AS text) AS jsonb)) WITH ORDINALITY AS m(text, ord)
                CROSS JOIN LATERAL (
                    SELECT s.id, max(CASE WHEN n.normalized = m.text THEN 1.0
                                          ELSE greatest(similarity(n.normalized, m.text), 0.95 * word_similarity(n.normalized, m.text))
                                     END) AS score
                    FROM source_name n JOIN source s ON s.id = n.source_id
                    WHERE s.merged_into IS NULL AND s.marking IN (:visible)
                      AND (n.normalized % m.text OR n.normalized <% m.text)
                    GROUP BY s.id
                    ORDER BY score DESC, min(s.name)
                    LIMIT :limit) c
                ORDER BY m.ord, c.score DESC""", Object[].class)
                .setParameter("mentions", mentions.build().toString())
                .setParameter("limit", limit)
                .setParameter("visible", caller.visibleMarkings().stream().map(Enum::name).toList())
                .getResultList())
                .map(rows -> rows.stream().map(row -> new MentionCandidate(((Number) row[0]).intValue(), (UUID) row[1],
                        ((Number) row[2]).doubleValue())).toList());
    }

    /**
     * Sources whose name or alias starts with the text or resembles it (trigram similarity), best first.
     * The text must already be normalized like names are.
     */
    public Uni<List<UUID>> search(String normalizedText, int limit) {
        return getSession().chain(session -> session.createNativeQuery("""
                SELECT s.id FROM source_name n JOIN source s ON s.id = n.source_id
                WHERE s.merged_into IS NULL AND s.marking IN (:visible)
                  AND (n.normalized LIKE :prefix OR similarity(n.normalized, :text) >= 0.3)
                GROUP BY s.id
                ORDER BY max(CASE WHEN n.normalized LIKE :prefix THEN 1.0 ELSE similarity(n.normalized, :text) END) DESC,
                         min(s.name)
                LIMIT :limit""")
                .setParameter("prefix", normalizedText.replace("%", "").replace("_", "") + "%")
                .setParameter("text", normalizedText)
                .setParameter("limit", limit)
                .setParameter("visible", caller.visibleMarkings().stream().map(Enum::name).toList())
                .getResultList())
                .map(rows -> rows.stream().map(UUID.class::cast).toList());
    }
}
