package io.corroborate.claims.common.paging;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingFieldSelectionSet;

import io.corroborate.claims.common.error.ApiException;
import io.smallrye.graphql.api.Context;

/** The one pagination helper: validates {@code first}/{@code after} and shapes Relay connections. */
@ApplicationScoped
public class Paging {

    /** Builds a connection from its edges, page info and total count. */
    @FunctionalInterface
    public interface ConnectionFactory<E, C> {
        C create(List<E> edges, PageInfo pageInfo, int totalCount);
    }

    private final int defaultSize;
    private final int maxSize;
    private final Context context;

    public Paging(@ConfigProperty(name = "corroborate.paging.default-size", defaultValue = "20") int defaultSize,
            @ConfigProperty(name = "corroborate.paging.max-size", defaultValue = "100") int maxSize, Context context) {
        this.defaultSize = defaultSize;
        this.maxSize = maxSize;
        this.context = context;
    }

    /**
     * A page of the list described by {@code scope}: the connection's name, its order and its filter, so that a cursor
     * continues only the list it came from.
     */
    public PageRequest request(Integer first, String after, String scope) {
        int size = first == null ? defaultSize : first;
        if (size < 1 || size > maxSize) {
            throw ApiException.validation("first", "must be between 1 and " + maxSize);
        }
        return new PageRequest(size, after == null || after.isEmpty() ? null : Cursor.decode(after, scope), scope,
                totalCountSelected());
    }

    /** Whether the field being resolved selects totalCount, on its connection or on the one it holds (claimsBySources). */
    private boolean totalCountSelected() {
        DataFetchingFieldSelectionSet selection = context.unwrap(DataFetchingEnvironment.class).getSelectionSet();
        return selection.contains("totalCount") || selection.contains("*/totalCount");
    }

    /**
     * Shapes the rows a repository fetched (up to {@code request.fetchSize()}) into a connection.
     */
    public <T, E, C> C connection(List<T> fetched, PageRequest request, long totalCount,
            Function<T, Cursor> cursorOf, BiFunction<String, T, E> edgeOf, ConnectionFactory<E, C> connectionOf) {
        boolean hasNext = fetched.size() > request.first();
        List<T> rows = hasNext ? fetched.subList(0, request.first()) : fetched;
        List<E> edges = new ArrayList<>(rows.size());
        for (T row : rows) {
            edges.add(edgeOf.apply(cursorOf.apply(row).encode(request.scope()), row));
        }
        String start = rows.isEmpty() ? null : cursorOf.apply(rows.get(0)).encode(request.scope());
        String end = rows.isEmpty() ? null : cursorOf.apply(rows.get(rows.size() - 1)).encode(request.scope());
        PageInfo pageInfo = new PageInfo(hasNext, request.after() != null, start, end);
        return connectionOf.create(edges, pageInfo, Math.toIntExact(totalCount));
    }
}
