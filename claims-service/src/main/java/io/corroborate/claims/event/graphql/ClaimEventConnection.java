package io.corroborate.claims.event.graphql;

import java.util.List;

import org.eclipse.microprofile.graphql.NonNull;

import io.corroborate.claims.common.paging.PageInfo;

public record ClaimEventConnection(@NonNull List<@NonNull ClaimEventEdge> edges, @NonNull PageInfo pageInfo,
        @NonNull int totalCount) {
}
