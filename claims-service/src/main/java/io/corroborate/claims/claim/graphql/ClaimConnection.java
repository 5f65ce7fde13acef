package io.corroborate.claims.claim.graphql;

import java.util.List;

import org.eclipse.microprofile.graphql.NonNull;

import io.corroborate.claims.common.paging.PageInfo;

public record ClaimConnection(@NonNull List<@NonNull ClaimEdge> edges, @NonNull PageInfo pageInfo,
        @NonNull int totalCount) {
}
