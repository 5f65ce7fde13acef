package io.corroborate.sources.common.paging;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import io.smallrye.graphql.api.federation.Shareable;

@Description("Relay page information.")
@Shareable // every subgraph has its own PageInfo; a federation router must know they are the same type
public record PageInfo(
        @NonNull boolean hasNextPage,
        @NonNull boolean hasPreviousPage,
        String startCursor,
        String endCursor) {
}
