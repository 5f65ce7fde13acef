package io.corroborate.claims.common.paging;

import java.util.List;

/**
 * What a repository found for one page: up to {@code fetchSize} rows, and how many match in all, exactly or, for a
 * large list, as an estimate ({@code totalCountEstimated}).
 */
public record Slice<T>(List<T> fetched, long totalCount, boolean totalCountEstimated) {

    public Slice(List<T> fetched, long exactCount) {
        this(fetched, exactCount, false);
    }
}
