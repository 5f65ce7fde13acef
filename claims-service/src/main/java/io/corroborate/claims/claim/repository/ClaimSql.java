package io.corroborate.claims.claim.repository;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.corroborate.claims.claim.ClaimCriteria;
import io.corroborate.claims.claim.ClaimOrder;
import io.corroborate.claims.claim.ClaimOrderField;
import io.corroborate.claims.common.Marking;
import io.corroborate.claims.common.paging.Cursor;
import io.corroborate.claims.common.paging.OrderDirection;
import io.corroborate.claims.common.paging.PageRequest;

/**
 * The SQL behind a claims page. Native SQL because full-text search ({@code @@}) and array overlap
 * ({@code &&}) have no HQL form; every value is a bound parameter.
 */
final class ClaimSql {

    private final StringBuilder where = new StringBuilder("c.deleted_at IS NULL");
    private final Map<String, Object> parameters = new LinkedHashMap<>();
    private final Map<String, Object> pageParameters = new LinkedHashMap<>();

    private ClaimSql(ClaimCriteria criteria) {
        if (criteria.search() != null) {
            condition("c.search_vector @@ websearch_to_tsquery('english', :search)", "search", criteria.search());
        }
        if (!criteria.statuses().isEmpty()) {
            condition("c.status IN (:statuses)", "statuses", criteria.statuses().stream().map(Enum::name).toList());
        }
        if (!criteria.topics().isEmpty()) {
            // Bound as one array parameter, so the GIN index on topics serves the overlap.
            condition("c.topics && :topics", "topics", criteria.topics().toArray(String[]::new));
        }
        if (!criteria.credibility().isEmpty()) {
            condition("c.credibility IN (:credibility)", "credibility", criteria.credibility());
        }
        if (criteria.claimedFrom() != null) {
            condition("c.claimed_at >= :claimedFrom", "claimedFrom", criteria.claimedFrom());
        }
        if (criteria.claimedTo() != null) {
            condition("c.claimed_at <= :claimedTo", "claimedTo", criteria.claimedTo());
        }
        if (!criteria.markings().isEmpty()) {
            condition("c.marking IN (:markings)", "markings", criteria.markings().stream().map(Enum::name).toList());
        }
        if (!criteria.sourceIds().isEmpty()) {
            condition("EXISTS (SELECT 1 FROM attribution_hop h WHERE h.claim_id = c.id AND h.source_id IN (:sourceIds))",
                    "sourceIds", criteria.sourceIds());
        }
        if (!criteria.originSourceIds().isEmpty()) {
            condition("EXISTS (SELECT 1 FROM attribution_hop h WHERE h.claim_id = c.id AND h.position = 0"
                    + " AND h.source_id IN (:originSourceIds))", "originSourceIds", criteria.originSourceIds());
        }
        if (!criteria.relaySourceIds().isEmpty()) {
            condition("EXISTS (SELECT 1 FROM attribution_hop h WHERE h.claim_id = c.id AND h.position > 0"
                    + " AND h.source_id IN (:relaySourceIds))", "relaySourceIds", criteria.relaySourceIds());
        }
        if (criteria.articleId() != null) {
            condition("c.article_id = :articleId", "articleId", criteria.articleId());
        }
        if (criteria.supportedOnly()) {
            // Either end of a supporting relation; as one OR inside EXISTS no index could serve it, and at a million
            // claims every request for circular reporting read the whole table (docs/benchmarks.md, "A million claims").
            where.append(" AND c.id IN (SELECT r.from_claim_id FROM claim_relation r WHERE r.type IN ('SUPPORTS', 'DUPLICATES')"
                    + " UNION ALL SELECT r.to_claim_id FROM claim_relation r WHERE r.type IN ('SUPPORTS', 'DUPLICATES'))");
        }
    }

    /** Claims matching the criteria, among those with a marking the caller may see. */
    static ClaimSql matching(ClaimCriteria criteria, List<Marking> visible) {
        ClaimSql sql = new ClaimSql(criteria);
        sql.condition("c.marking IN (:visible)", "visible", visible.stream().map(Enum::name).toList());
        return sql;
    }

    /**
     * A page of a list read whole, with the list's size: rows of (list size, id of the page or null). The matches, up
     * to {@code cap}, are read first through their filters' indexes, then sorted; a size of {@code cap} means the
     * list is longer and the page is not valid (then pageInOrderSql). Walked in order instead, a rare match, such as a
     * search word found in 1 claim of 10,000, read the whole table: the planner, estimating from statistics, cannot
     * tell a rare word from a common one.
     */
    String sizeAndPageSql(ClaimOrder order, PageRequest page, int cap) {
        return "WITH matching AS MATERIALIZED (SELECT c.id, " + sortColumn(order) + " AS sort_value FROM claim c WHERE "
                + where + " LIMIT " + cap + ") SELECT size.n, paged.id FROM (SELECT count(*) AS n FROM matching) AS size"
                + " LEFT JOIN LATERAL (SELECT id, sort_value FROM matching WHERE true" + after(order, page, "sort_value", "id")
                + orderedBy(order, "id", "sort_value") + " LIMIT " + page.fetchSize() + ") AS paged ON true"
                + orderedBy(order, "paged.id", "paged.sort_value");
    }

    /**
     * Ids of one page of a long list, in order; keyset on (sort column, id) so concurrent inserts cause no gaps or
     * repeats. The list is walked along the sort column's index, each row tested: quick when matches are dense, as
     * they are in a list longer than sizeAndPageSql's cap.
     */
    String pageInOrderSql(ClaimOrder order, PageRequest page) {
        return "SELECT c.id FROM claim c WHERE " + where + after(order, page, sortColumn(order), "c.id")
                + orderedBy(order, "c.id", sortColumn(order)) + " LIMIT " + page.fetchSize();
    }

    /**
     * pageInOrderSql over the first {@code rows} live claims in order only: a dense list fills its page within them;
     * a sparse one does not, and costs no more than those rows.
     */
    String pageNearSql(ClaimOrder order, PageRequest page, int rows) {
        return "SELECT c.id FROM (SELECT * FROM claim c WHERE c.deleted_at IS NULL" + after(order, page, sortColumn(order), "c.id")
                + orderedBy(order, "c.id", sortColumn(order)) + " LIMIT " + rows + ") AS c WHERE " + where
                + orderedBy(order, "c.id", sortColumn(order)) + " LIMIT " + page.fetchSize();
    }

    /** The planner's estimate of the matches, from its statistics, as a JSON plan whose top node has "Plan Rows". */
    String estimateSql() {
        return "EXPLAIN (FORMAT JSON) SELECT 1 FROM claim c WHERE " + where;
    }

    private static String sortColumn(ClaimOrder order) {
        return order.field() == ClaimOrderField.CLAIMED_AT ? "c.claimed_at" : "c.created_at";
    }

    private String after(ClaimOrder order, PageRequest page, String sortValue, String id) {
        Cursor after = page.after();
        if (after == null) {
            return "";
        }
        pageParameters.put("afterValue", after.timeValue());
        pageParameters.put("afterId", after.uuid());
        return " AND (" + sortValue + ", " + id + ") " + (order.direction() == OrderDirection.ASC ? ">" : "<")
                + " (:afterValue, :afterId)";
    }

    private static String orderedBy(ClaimOrder order, String id, String sortValue) {
        String direction = order.direction() == OrderDirection.ASC ? " ASC" : " DESC";
        return " ORDER BY " + sortValue + direction + ", " + id + direction;
    }

    /** The filter's parameters, shared by the count and the page query. */
    Map<String, Object> parameters() {
        return parameters;
    }

    /** The cursor's parameters, for the page query only. */
    Map<String, Object> pageParameters() {
        return pageParameters;
    }

    private void condition(String sql, String name, Object value) {
        where.append(" AND ").append(sql);
        parameters.put(name, value);
    }
}
