package io.corroborate.claims.common.limits;

import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import graphql.execution.ExecutionContext;
import graphql.language.OperationDefinition;

/**
 * What a request check learned about an operation, kept for the next request that sends the same query with the same
 * operation name and variables: a query that many clients poll is walked once, not on every request (the walks cost
 * the gateway about 5 % of its CPU on a small query). Only small queries with small variables are kept, since the key
 * holds them; mutations are never kept (they carry payloads, and are rarely sent twice). At most 256 are kept, and the
 * map is dropped when full.
 */
final class AnalysedOperations<T> {

    private static final int MAX_QUERY_LENGTH = 4096;
    private static final int MAX_VARIABLES_LENGTH = 1024;
    private static final int MAX_KEPT = 256;

    private final Map<Key, T> kept = new ConcurrentHashMap<>();

    /** The analysis of the operation being executed: {@code analyse}'s answer, kept or new. */
    T of(ExecutionContext execution, Supplier<T> analyse) {
        return of(execution.getExecutionInput().getQuery(), execution.getOperationDefinition().getName(),
                execution.getOperationDefinition().getOperation() == OperationDefinition.Operation.QUERY,
                execution.getCoercedVariables().toMap(), analyse);
    }

    T of(String query, String operationName, boolean isQuery, Map<String, Object> variables, Supplier<T> analyse) {
        if (!isQuery || query.length() > MAX_QUERY_LENGTH || !small(variables, new int[] {MAX_VARIABLES_LENGTH})) {
            return analyse.get();
        }
        Key key = new Key(query, operationName, variables);
        T found = kept.get(key);
        if (found == null) {
            found = analyse.get();
            if (kept.size() >= MAX_KEPT) {
                kept.clear();
            }
            kept.put(key, found);
        }
        return found;
    }

    /** Whether a value, however nested, holds at most {@code left[0]} characters (any other scalar counts as eight). */
    private static boolean small(Object value, int[] left) {
        if (value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                if (!small(entry.getKey(), left) || !small(entry.getValue(), left)) {
                    return false;
                }
            }
            return true;
        }
        if (value instanceof Collection<?> items) {
            for (Object item : items) {
                if (!small(item, left)) {
                    return false;
                }
            }
            return true;
        }
        left[0] -= value instanceof CharSequence text ? text.length() : 8;
        return left[0] >= 0;
    }

    private record Key(String query, String operationName, Map<String, Object> variables) {
    }
}
