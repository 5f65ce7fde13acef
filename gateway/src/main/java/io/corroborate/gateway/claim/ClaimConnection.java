package io.corroborate.gateway.claim;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import io.corroborate.gateway.common.paging.PageInfo;

@Description("A page of claims (Relay connection).")
public record ClaimConnection(@NonNull List<@NonNull ClaimEdge> edges, @NonNull PageInfo pageInfo,
        @NonNull @Description("How many claims the list holds: exact up to 10,000; above that PostgreSQL's estimate (at"
                + " least 10,001), and totalCountEstimated says so. Counting costs nothing when not selected.") int totalCount,
        @NonNull @Description("True when totalCount is an estimate: the list holds more than 10,000 claims, and counting"
                + " them exactly on every page would cost more than the page.") boolean totalCountEstimated) {
}
