package io.corroborate.gateway.common.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

/** An operation's analysis is kept for the same query, operation name and variables, and only for small queries. */
class AnalysedOperationsTest {

    private static final String QUERY = "query Page($first: Int) { claims(first: $first) { totalCount } }";

    private final AnalysedOperations<String> kept = new AnalysedOperations<>();
    private final AtomicInteger analyses = new AtomicInteger();

    private String analyse(String query, String operationName, boolean isQuery, Map<String, Object> variables) {
        return kept.of(query, operationName, isQuery, variables, () -> "analysis " + analyses.incrementAndGet());
    }

    @Test
    void theSameQueryWithTheSameVariablesIsAnalysedOnce() {
        String first = analyse(QUERY, "Page", true, Map.of("first", 10));
        assertEquals(first, analyse(QUERY, "Page", true, new HashMap<>(Map.of("first", 10))));
        assertEquals(1, analyses.get());
    }

    @Test
    void otherVariablesAnotherOperationNameOrAnotherQueryAreAnalysedAgain() {
        analyse(QUERY, "Page", true, Map.of("first", 10));
        analyse(QUERY, "Page", true, Map.of("first", 11));
        analyse(QUERY, null, true, Map.of("first", 10));
        analyse(QUERY + " ", "Page", true, Map.of("first", 10));
        assertEquals(4, analyses.get());
    }

    @Test
    void mutationsLargeQueriesAndLargeVariablesAreNeverKept() {
        String mutation = "mutation { deleteClaim(id: \"1\") }";
        analyse(mutation, null, false, Map.of());
        analyse(mutation, null, false, Map.of());
        String large = "query { " + "a: __typename ".repeat(400) + "}";
        analyse(large, null, true, Map.of());
        analyse(large, null, true, Map.of());
        Map<String, Object> text = Map.of("text", "x".repeat(2000));
        analyse(QUERY, null, true, text);
        analyse(QUERY, null, true, text);
        Map<String, Object> ids = Map.of("ids", List.of(java.util.Collections.nCopies(200, "0123456789").toArray()));
        analyse(QUERY, null, true, ids);
        analyse(QUERY, null, true, ids);
        assertEquals(8, analyses.get());
    }

    @Test
    void atMostTwoHundredFiftySixAreKept() {
        for (int i = 0; i <= 256; i++) {
            analyse(QUERY, "Page", true, Map.of("first", i));
        }
        // The 257th dropped the others: the first is analysed again.
        analyse(QUERY, "Page", true, Map.of("first", 0));
        assertEquals(258, analyses.get());
    }
}
