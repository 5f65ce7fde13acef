package io.corroborate.gateway.source;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import io.corroborate.gateway.common.paging.PageInfo;

@Description("A page of sources (Relay connection).")
public record SourceConnection(@NonNull List<@NonNull SourceEdge> edges, @NonNull PageInfo pageInfo, @NonNull int totalCount) {
}
