package io.corroborate.gateway.source;

import java.util.List;

import org.eclipse.microprofile.graphql.NonNull;

import io.corroborate.gateway.common.paging.PageInfo;

public record SourceConnection(@NonNull List<@NonNull SourceEdge> edges, @NonNull PageInfo pageInfo, @NonNull int totalCount) {
}
