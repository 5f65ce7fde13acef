package io.corroborate.claims.claim.repository;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.reactive.mutiny.Mutiny;

import io.corroborate.claims.claim.Claim;
import io.corroborate.claims.claim.ClaimCriteria;
import io.corroborate.claims.claim.ClaimOrder;
import io.corroborate.claims.claim.HopRole;
import io.corroborate.claims.common.paging.PageRequest;
import io.corroborate.claims.common.paging.Slice;
import io.corroborate.claims.common.security.Caller;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;

/** Every read here shows only claims the caller's clearance covers: a marking above it is as if the claim did not exist. */
@ApplicationScoped
public class ClaimRepository implements PanacheRepositoryBase<Claim, UUID> {

    private final Caller caller;

    public ClaimRepository(Caller caller) {
        this.caller = caller;
    }

    /** The first claims of one list (a source's, an article's), newest first, and how many the list holds. */
    public record FirstPageIds(UUID ownerId, long totalCount, List<UUID> claimIds) {
    }

    /** A live (not deleted) claim with its chain and figures loaded, or null. */
    public Uni<Claim> findLive(UUID id) {
        return findLive(List.of(id)).map(claims -> claims.isEmpty() ? null : claims.get(0));
    }

    /**
     * Live claims with their chains and figures, in the order of {@code ids}; missing ids are skipped.
     * Two fetch queries, whatever the number of claims, because a chain and a figure list cannot share one join.
     */
    public Uni<List<Claim>> findLive(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        List<UUID> distinct = ids.stream().distinct().toList();
        return find("select distinct c from Claim c left join fetch c.attribution"
                + " where c.id in ?1 and c.deletedAt is null and c.marking in ?2", distinct, caller.visibleMarkings()).list()
                .call(found -> found.isEmpty() ? Uni.createFrom().voidItem()
                        : find("select distinct c from Claim c left join fetch c.figures where c.id in ?1", distinct)
                                .list().replaceWithVoid())
                .map(found -> {
                    Map<UUID, Claim> byId = found.stream().collect(Collectors.toMap(c -> c.id, Function.identity()));
                    return distinct.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
                });
    }

    public Uni<Slice<Claim>> page(ClaimCriteria criteria, ClaimOrder order, PageRequest page) {
        ClaimSql sql = ClaimSql.matching(criteria, caller.visibleMarkings());
        String pageSql = sql.pageSql(order, page);
        return getSession().chain(session -> (page.countTotal()
                ? bind(session.createNativeQuery(sql.countSql()), sql).getSingleResult() : Uni.createFrom().<Object>item(0L))
                .chain(total -> bind(session.createNativeQuery(pageSql), sql, sql.pageParameters()).getResultList()
                        .chain(ids -> findLive(ids.stream().map(UUID.class::cast).toList()))
                        .map(claims -> new Slice<>(claims, ((Number) total).longValue()))));
    }

    /**
     * For each asked source, how many live claims it appears in (in the given role, or any) and the newest
     * {@code limit}, counting a hop under any of its equivalent ids (the survivor of a merge and its duplicates).
     */
    public Uni<List<FirstPageIds>> idsBySources(Map<UUID, Set<UUID>> equivalents, HopRole role, int limit) {
        List<UUID> asked = new ArrayList<>();
        List<UUID> standsFor = new ArrayList<>();
        equivalents.forEach((id, same) -> same.forEach(equivalent -> {
            asked.add(id);
            standsFor.add(equivalent);
        }));
        String roleCondition = role == null ? "" : role == HopRole.ORIGIN ? " AND h.position = 0" : " AND h.position > 0";
        String sql = "SELECT source_id, claim_id, total FROM ("
                + " SELECT s.source_id, s.claim_id,"
                + "  count(*) OVER (PARTITION BY s.source_id) AS total,"
                + "  row_number() OVER (PARTITION BY s.source_id ORDER BY s.created_at DESC, s.claim_id DESC) AS rank"
                + " FROM (SELECT DISTINCT e.asked AS source_id, c.id AS claim_id, c.created_at"
                + "       FROM unnest(CAST(:asked AS uuid[]), CAST(:standsFor AS uuid[])) AS e(asked, stands_for)"
                + "       JOIN attribution_hop h ON h.source_id = e.stands_for JOIN claim c ON c.id = h.claim_id"
                + "       WHERE c.deleted_at IS NULL AND c.marking IN (:visible)"
                + roleCondition + ") s"
                + ") ranked WHERE rank <= :limit ORDER BY source_id, rank";
        return getSession().chain(session -> session.createNativeQuery(sql)
                .setParameter("asked", asked.toArray(UUID[]::new))
                .setParameter("standsFor", standsFor.toArray(UUID[]::new))
                .setParameter("limit", limit)
                .setParameter("visible", caller.visibleMarkings().stream().map(Enum::name).toList())
                .getResultList())
                .map(rows -> firstPages(rows, equivalents.keySet()));
    }

    /**
     * The first {@code limit} claims of each article that the caller may see, newest first, with each article's total:
     * one statement however many articles (Article.claims for a page of articles).
     */
    public Uni<List<FirstPageIds>> idsByArticles(List<UUID> articleIds, int limit) {
        String sql = "SELECT article_id, id, total FROM ("
                + " SELECT c.article_id, c.id, count(*) OVER (PARTITION BY c.article_id) AS total,"
                + "  row_number() OVER (PARTITION BY c.article_id ORDER BY c.created_at DESC, c.id DESC) AS rank"
                + " FROM claim c WHERE c.article_id = ANY(CAST(:articles AS uuid[]))"
                + "  AND c.deleted_at IS NULL AND c.marking IN (:visible)"
                + ") ranked WHERE rank <= :limit ORDER BY article_id, rank";
        return getSession().chain(session -> session.createNativeQuery(sql)
                .setParameter("articles", articleIds.toArray(UUID[]::new))
                .setParameter("limit", limit)
                .setParameter("visible", caller.visibleMarkings().stream().map(Enum::name).toList())
                .getResultList())
                .map(rows -> firstPages(rows, articleIds));
    }

    /** Rows of (owner id, claim id, total), ranked within each owner, as one first page per owner asked for. */
    private static List<FirstPageIds> firstPages(List<?> rows, Collection<UUID> owners) {
        Map<UUID, List<UUID>> claims = new LinkedHashMap<>();
        Map<UUID, Long> totals = new HashMap<>();
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            UUID owner = (UUID) columns[0];
            claims.computeIfAbsent(owner, id -> new ArrayList<>()).add((UUID) columns[1]);
            totals.put(owner, ((Number) columns[2]).longValue());
        }
        return owners.stream().distinct()
                .map(id -> new FirstPageIds(id, totals.getOrDefault(id, 0L), claims.getOrDefault(id, List.of())))
                .toList();
    }

    @SafeVarargs
    private static <R> Mutiny.SelectionQuery<R> bind(Mutiny.SelectionQuery<R> query, ClaimSql sql,
            Map<String, Object>... extra) {
        sql.parameters().forEach(query::setParameter);
        for (Map<String, Object> parameters : extra) {
            parameters.forEach(query::setParameter);
        }
        return query;
    }
}
