package io.corroborate.sources.source.graphql;

import java.util.List;

import org.eclipse.microprofile.graphql.NonNull;

import io.corroborate.sources.common.paging.PageInfo;

public record SourceConnection(@NonNull List<@NonNull SourceEdge> edges, @NonNull PageInfo pageInfo,
        @NonNull int totalCount) {
}
