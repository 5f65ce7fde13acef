package io.corroborate.gateway.claim;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import io.corroborate.gateway.common.paging.PageInfo;

@Description("A page of claims (Relay connection).")
public record ClaimConnection(@NonNull List<@NonNull ClaimEdge> edges, @NonNull PageInfo pageInfo, @NonNull int totalCount) {
}
