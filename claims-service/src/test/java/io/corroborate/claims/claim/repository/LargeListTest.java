package io.corroborate.claims.claim.repository;

import static io.corroborate.claims.Seed.VIEWER;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.corroborate.claims.SqlLogged;
import io.corroborate.claims.claim.ClaimCriteria;
import io.corroborate.claims.claim.ClaimFilter;
import io.corroborate.claims.claim.ClaimOrder;
import io.corroborate.claims.claim.ClaimStatus;
import io.corroborate.claims.common.Marking;
import io.corroborate.claims.common.paging.PageRequest;
import io.corroborate.devstack.test.LogCapture;
import io.corroborate.devstack.test.TestDatabase;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * A list of more than 10,000 claims is not counted through on every page: totalCount is exact up to 10,000 and an
 * estimate above, flagged by totalCountEstimated. A short list is read through its filters' indexes, never by walking
 * the whole table in order (the plans are checked with EXPLAIN); a list the planner puts far above the limit is paged
 * without reading its matches at all (the statements are read from Hibernate's log). The claims are written directly
 * in SQL (requests would take minutes), carry a topic of their own, and are deleted again afterwards.
 */
@QuarkusTest
@TestProfile(SqlLogged.class)
class LargeListTest {

    private static final String COUNT = """
            query($filter: ClaimFilter) { claims(first: 50, filter: $filter) {
              totalCount totalCountEstimated edges { node { id } } } }""";
    /** More than the estimate above which a list may be paged without reading it; slices of it are shorter lists. */
    private static final int CLAIMS = (int) ClaimRepository.LONG_LIST_ESTIMATE + 10_000;
    private static final Instant FIRST_CLAIMED = Instant.parse("2021-06-01T00:00:00Z");
    private static final String TOPIC = "large-list-" + UUID.randomUUID().toString().substring(0, 8);

    @BeforeAll
    static void writeMoreClaimsThanTheExactCountLimit() {
        // Claim i is claimed i seconds after FIRST_CLAIMED; the first three are confirmed.
        TestDatabase.execute("INSERT INTO claim (id, statement, claimed_at, topics, status, credibility, marking,"
                + " created_by, created_at, updated_at)"
                + " SELECT gen_random_uuid(), 'Generated claim ' || i, TIMESTAMPTZ '" + FIRST_CLAIMED + "' + i * INTERVAL '1 second',"
                + " ARRAY['" + TOPIC + "'], CASE WHEN i < 3 THEN 'CONFIRMED' ELSE 'UNVERIFIED' END, CASE WHEN i < 3 THEN 1 ELSE 6 END,"
                + " 'CLEAR', 'large-list-test', now(), now() FROM generate_series(0, " + (CLAIMS - 1) + ") AS i;"
                + " ANALYZE claim");
    }

    @AfterAll
    static void deleteThem() {
        // Statistics too: the next tests' lists would otherwise be estimated as long as this one.
        TestDatabase.execute("UPDATE claim SET deleted_at = now() WHERE '" + TOPIC + "' = ANY(topics); ANALYZE claim");
    }

    private final LogCapture sql = new LogCapture("org.hibernate.SQL");

    @BeforeEach
    void recordStatements() {
        sql.start();
    }

    @AfterEach
    void stopRecording() {
        sql.stop();
    }

    @Test
    void upToTenThousandClaimsAreCountedExactly() {
        VIEWER.execute(COUNT, filter(ClaimRepository.EXACT_COUNT_LIMIT - 1))
                .body("data.claims.totalCount", is(ClaimRepository.EXACT_COUNT_LIMIT))
                .body("data.claims.totalCountEstimated", is(false));
        VIEWER.execute(COUNT, Map.of("filter", Map.of("topics", TOPIC, "status", "CONFIRMED")))
                .body("data.claims.totalCount", is(3))
                .body("data.claims.totalCountEstimated", is(false));
    }

    @Test
    void aLargerListGetsAnEstimateThatSaysSoAndIsNeverBelowTheLimit() {
        VIEWER.execute(COUNT, filter(ClaimRepository.EXACT_COUNT_LIMIT))
                .body("data.claims.totalCount", greaterThan(ClaimRepository.EXACT_COUNT_LIMIT))
                .body("data.claims.totalCountEstimated", is(true))
                .body("data.claims.edges", hasSize(50));
    }

    @Test
    void aListEstimatedFarAboveTheLimitIsPagedWithoutReadingItsMatches() {
        sql.clear();
        VIEWER.execute(COUNT, Map.of("filter", Map.of("topics", TOPIC)))
                .body("data.claims.totalCount", greaterThan((int) ClaimRepository.LONG_LIST_ESTIMATE))
                .body("data.claims.totalCountEstimated", is(true))
                .body("data.claims.edges", hasSize(50));
        assertTrue(sql.messages().stream().noneMatch(LargeListTest::readsUpToTheLimit), "no bounded read: " + sql.messages());

        // Just above the limit, the list is read up to it to tell.
        sql.clear();
        VIEWER.execute(COUNT, filter(ClaimRepository.EXACT_COUNT_LIMIT)).body("data.claims.totalCountEstimated", is(true));
        assertTrue(sql.messages().stream().anyMatch(LargeListTest::readsUpToTheLimit), "a bounded read: " + sql.messages());
    }

    private static boolean readsUpToTheLimit(String statement) {
        // Hibernate logs statements formatted and coloured.
        return statement.replaceAll("\u001B\\[[;\\d]*m", "").replaceAll("\\s+", " ").toLowerCase(Locale.ROOT).contains("limit " + (ClaimRepository.EXACT_COUNT_LIMIT + 1));
    }

    @Test
    void aRareStatusOrSearchWordIsFoundThroughItsIndexNotByWalkingTheList() {
        assertUsesIndex(filter(Map.of("status", List.of(ClaimStatus.CONFIRMED))), "claim_status_idx");
        assertUsesIndex(filter(Map.of("credibility", List.of(1))), "claim_credibility_idx");
        assertUsesIndex(filter(Map.of("search", "zyxwvut")), "claim_search_idx");
    }

    /** The plan of the page a GREEN viewer gets for these criteria, read from its filters' index. */
    private static void assertUsesIndex(ClaimCriteria criteria, String index) {
        ClaimSql sql = ClaimSql.matching(criteria, List.of(Marking.CLEAR, Marking.GREEN));
        String page = sql.sizeAndPageSql(ClaimOrder.NEWEST_FIRST, new PageRequest(50, null, "plans", false),
                ClaimRepository.EXACT_COUNT_LIMIT + 1);
        String plan = TestDatabase.text("EXPLAIN (FORMAT JSON) " + inline(page, sql.parameters()));
        assertTrue(plan.contains("\"Index Name\": \"" + index + "\""), "expected " + index + " in the plan: " + plan);
    }

    private static ClaimCriteria filter(Map<String, Object> fields) {
        Map<String, Object> all = new HashMap<>(fields);
        return ClaimCriteria.from(new ClaimFilter((String) all.get("search"), list(all.get("status")), null,
                list(all.get("credibility")), null, null, null, null, null, null, null, null));
    }

    @SuppressWarnings("unchecked")
    private static <T> List<T> list(Object value) {
        return (List<T>) value;
    }

    /** The statement with its parameters written in as literals, so that EXPLAIN can plan it over JDBC. */
    private static String inline(String sql, Map<String, Object> parameters) {
        String inlined = sql;
        for (var parameter : parameters.entrySet()) {
            inlined = inlined.replace(":" + parameter.getKey(), literal(parameter.getValue()));
        }
        return inlined;
    }

    private static String literal(Object value) {
        if (value instanceof Collection<?> values) {
            return values.stream().map(LargeListTest::literal).collect(Collectors.joining(", "));
        }
        if (value instanceof Object[] values) {
            return "ARRAY[" + literal(List.of(values)) + "]";
        }
        return value instanceof Number ? value.toString() : "'" + value.toString().replace("'", "''") + "'";
    }

    /** The generated claims of the topic claimed up to {@code lastIndex} seconds after the first: lastIndex + 1 claims. */
    private static Map<String, Object> filter(int lastIndex) {
        Map<String, Object> filter = new HashMap<>();
        filter.put("topics", TOPIC);
        filter.put("claimedTo", FIRST_CLAIMED.plusSeconds(lastIndex).toString());
        return Map.of("filter", filter);
    }
}
