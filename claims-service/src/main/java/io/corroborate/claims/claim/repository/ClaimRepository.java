package io.corroborate.claims.claim.repository;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;

import org.hibernate.reactive.mutiny.Mutiny;

import io.corroborate.claims.claim.AttributionHop;
import io.corroborate.claims.claim.Claim;
import io.corroborate.claims.claim.ClaimCriteria;
import io.corroborate.claims.claim.ClaimOrder;
import io.corroborate.claims.claim.ClaimParts;
import io.corroborate.claims.claim.Figure;
import io.corroborate.claims.claim.HopRole;
import io.corroborate.claims.common.paging.PageRequest;
import io.corroborate.claims.common.paging.Slice;
import io.corroborate.claims.common.security.Caller;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;

/** Every read here shows only claims the caller's clearance covers: a marking above it is as if the claim did not exist. */
@ApplicationScoped
public class ClaimRepository implements PanacheRepositoryBase<Claim, UUID> {

    /** Above this many matches, a claims list's totalCount is an estimate. */
    public static final int EXACT_COUNT_LIMIT = 10_000;
    /** Above this many matches in the planner's estimate, a list may be long enough to page without reading it (page). */
    static final long LONG_LIST_ESTIMATE = 5L * EXACT_COUNT_LIMIT;
    /** How far that first walk goes: a list in which at least one claim in this many matches fills its page. */
    private static final int NEAR_ROWS_PER_MATCH = 100;
    /** The top plan node's row estimate; the first "Plan Rows" of a JSON plan. */
    private static final Pattern PLAN_ROWS = Pattern.compile("\"Plan Rows\"\\s*:\\s*(\\d+)");

    /** Looked up once: jakarta.json.Json's factory methods search the class path for a provider on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();
    private static final String INSERT_CLAIMS = "INSERT INTO claim (id, article_id, statement, quote, claimed_at, topics,"
            + " status, credibility, marking, created_by, created_at, updated_at)"
            + " SELECT * FROM jsonb_to_recordset(CAST(CAST(:rows AS text) AS jsonb)) AS r(id uuid, article_id uuid, statement text,"
            + " quote text, claimed_at timestamptz, topics text[], status text, credibility integer, marking text,"
            + " created_by text, created_at timestamptz, updated_at timestamptz)";
    private static final String INSERT_HOPS = "INSERT INTO attribution_hop (claim_id, position, source_id, verb, channel,"
            + " excerpt, hop_date) SELECT * FROM jsonb_to_recordset(CAST(CAST(:rows AS text) AS jsonb)) AS r(claim_id uuid,"
            + " position integer, source_id uuid, verb text, channel text, excerpt text, hop_date date)";
    private static final String INSERT_FIGURES = "INSERT INTO claim_figure (claim_id, position, quantity, value, unit)"
            + " SELECT * FROM jsonb_to_recordset(CAST(CAST(:rows AS text) AS jsonb)) AS r(claim_id uuid, position integer,"
            + " quantity text, value numeric, unit text)";

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
     */
    public Uni<List<Claim>> findLive(Collection<UUID> ids) {
        return findLive(ids, ClaimParts.ALL);
    }

    /**
     * Live claims with the parts asked for, in the order of {@code ids}; missing ids are skipped. One query, and one
     * more for figures, whatever the number of claims (a chain and a figure list cannot share one join).
     */
    public Uni<List<Claim>> findLive(Collection<UUID> ids, ClaimParts parts) {
        if (ids.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        List<UUID> distinct = ids.stream().distinct().toList();
        return find((parts.chain() ? "select distinct c from Claim c left join fetch c.attribution" : "from Claim c")
                + " where c.id in ?1 and c.deletedAt is null and c.marking in ?2", distinct, caller.visibleMarkings()).list()
                .call(found -> found.isEmpty() || !parts.figures() ? Uni.createFrom().voidItem()
                        : find("select distinct c from Claim c left join fetch c.figures where c.id in ?1", distinct)
                                .list().replaceWithVoid())
                .map(found -> {
                    Map<UUID, Claim> byId = found.stream().collect(Collectors.toMap(c -> c.id, Function.identity()));
                    return distinct.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
                });
    }

    /**
     * Inserts new claims with their chains and figures (createClaim, importBundle): one statement per table however
     * many claims, each taking its rows as one JSON parameter (bound as text: the
     * reactive client would send a String bound to a jsonb parameter as one JSON string). Hibernate's unit of work, which dirty-checks every
     * managed claim at each flush, cost more than the inserts themselves (docs/benchmarks.md, "A million claims").
     */
    public Uni<Void> insertAll(List<Claim> claims) {
        JsonArrayBuilder claimRows = JSON.createArrayBuilder();
        JsonArrayBuilder hopRows = JSON.createArrayBuilder();
        JsonArrayBuilder figureRows = JSON.createArrayBuilder();
        for (Claim claim : claims) {
            claimRows.add(JSON.createObjectBuilder().add("id", claim.id.toString())
                    .add("article_id", nullable(claim.articleId)).add("statement", claim.statement)
                    .add("quote", nullable(claim.quote)).add("claimed_at", claim.claimedAt.toString())
                    .add("topics", JSON.createArrayBuilder(claim.topics)).add("status", claim.status.name())
                    .add("credibility", claim.credibility).add("marking", claim.marking.name())
                    .add("created_by", claim.createdBy).add("created_at", claim.createdAt.toString())
                    .add("updated_at", claim.updatedAt.toString()));
            for (AttributionHop hop : claim.attribution) {
                hopRows.add(JSON.createObjectBuilder().add("claim_id", claim.id.toString()).add("position", hop.position)
                        .add("source_id", hop.sourceId.toString()).add("verb", nullable(hop.verb))
                        .add("channel", nullable(hop.channel)).add("excerpt", nullable(hop.excerpt))
                        .add("hop_date", nullable(hop.date)));
            }
            for (int i = 0; i < claim.figures.size(); i++) {
                Figure figure = claim.figures.get(i);
                figureRows.add(JSON.createObjectBuilder().add("claim_id", claim.id.toString()).add("position", i)
                        .add("quantity", figure.quantity).add("value", figure.value).add("unit", figure.unit));
            }
        }
        // Hibernate's pending writes first (the bundle's article): a native statement does not flush them.
        return flush().chain(this::getSession).chain(session -> insertRows(session, INSERT_CLAIMS, claimRows)
                .chain(() -> insertRows(session, INSERT_HOPS, hopRows))
                .chain(() -> insertRows(session, INSERT_FIGURES, figureRows)));
    }

    private static Uni<Void> insertRows(Mutiny.Session session, String sql, JsonArrayBuilder rows) {
        JsonArray built = rows.build();
        return built.isEmpty() ? Uni.createFrom().voidItem()
                : session.createNativeQuery(sql).setParameter("rows", built.toString()).executeUpdate().replaceWithVoid();
    }

    private static JsonValue nullable(Object value) {
        return value == null ? JsonValue.NULL : JSON.createValue(value instanceof Enum<?> e ? e.name() : value.toString());
    }

    /**
     * A page of claims. A list of at most EXACT_COUNT_LIMIT matches is read whole in one statement, which also gives
     * its exact size; reading it stops at EXACT_COUNT_LIMIT + 1 matches, so its cost does not grow with the table. A
     * longer list is then walked in order (ClaimSql explains both), and its totalCount, when selected, is the planner's
     * estimate from the table's statistics, never less than the limit plus one: an exact count of a million visible
     * claims took longer than the page itself (docs/benchmarks.md, "A million claims").
     * <p>
     * A list the planner puts above LONG_LIST_ESTIMATE is first walked in order a short way (ClaimSql.pageNearSql):
     * if that fills the page, the list is long and dense, and the bounded read is skipped. Reading 10,001 of a popular
     * source's 160,000 claims took 0.3-1.1 s, the walk 12 ms. The walk is what keeps an overestimate honest: the
     * planner guesses the frequency of a search word or topic it has no statistics for, and a rare one fills no page.
     */
    public Uni<Slice<Claim>> page(ClaimCriteria criteria, ClaimOrder order, PageRequest page, ClaimParts parts) {
        ClaimSql sql = ClaimSql.matching(criteria, caller.visibleMarkings());
        return getSession().chain(session -> bind(session.createNativeQuery(sql.estimateSql()), sql).getSingleResult()
                .map(ClaimRepository::planRows)
                .chain(estimate -> (estimate > LONG_LIST_ESTIMATE ? pageNear(session, sql, order, page, parts, estimate)
                        : Uni.createFrom().<Slice<Claim>>nullItem())
                        .onItem().ifNull().switchTo(() -> sizeAndPage(session, sql, order, page, parts, estimate))));
    }

    /** The page from a walk of the list's first rows in order, or null if the walk did not fill it. */
    private Uni<Slice<Claim>> pageNear(Mutiny.Session session, ClaimSql sql, ClaimOrder order, PageRequest page,
            ClaimParts parts, long estimate) {
        return bind(session.createNativeQuery(sql.pageNearSql(order, page, NEAR_ROWS_PER_MATCH * page.fetchSize())), sql,
                sql.pageParameters()).getResultList()
                .chain(ids -> ids.size() < page.fetchSize() ? Uni.createFrom().nullItem()
                        : findLive(ids.stream().map(UUID.class::cast).toList(), parts)
                                .map(claims -> new Slice<>(claims, page.countTotal() ? estimate : 0, page.countTotal())));
    }

    private Uni<Slice<Claim>> sizeAndPage(Mutiny.Session session, ClaimSql sql, ClaimOrder order, PageRequest page,
            ClaimParts parts, long estimate) {
        return bind(session.createNativeQuery(sql.sizeAndPageSql(order, page, EXACT_COUNT_LIMIT + 1)), sql,
                sql.pageParameters()).getResultList()
                .chain(rows -> {
                    long size = ((Number) ((Object[]) rows.get(0))[0]).longValue();
                    if (size <= EXACT_COUNT_LIMIT) {
                        List<UUID> ids = rows.stream().map(row -> (UUID) ((Object[]) row)[1]).filter(Objects::nonNull).toList();
                        return findLive(ids, parts).map(claims -> new Slice<>(claims, size));
                    }
                    return bind(session.createNativeQuery(sql.pageInOrderSql(order, page)), sql, sql.pageParameters())
                            .getResultList()
                            .chain(ids -> findLive(ids.stream().map(UUID.class::cast).toList(), parts))
                            .map(claims -> new Slice<>(claims, Math.max(EXACT_COUNT_LIMIT + 1, estimate), page.countTotal()));
                });
    }

    private static long planRows(Object plan) {
        Matcher rows = PLAN_ROWS.matcher(plan.toString());
        return rows.find() ? Long.parseLong(rows.group(1)) : 0;
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
