package io.corroborate.sources.common.paging;

import java.util.List;

/** What a repository found for one page: up to {@code fetchSize} rows, and how many match in all. */
public record Slice<T>(List<T> fetched, long totalCount) {
}
