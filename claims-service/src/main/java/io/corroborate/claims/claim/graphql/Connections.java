package io.corroborate.claims.claim.graphql;

import io.corroborate.claims.claim.Claim;
import io.corroborate.claims.claim.ClaimCriteria;
import io.corroborate.claims.claim.ClaimOrder;
import io.corroborate.claims.claim.ClaimOrderField;
import io.corroborate.claims.common.paging.Cursor;
import io.corroborate.claims.common.paging.PageRequest;
import io.corroborate.claims.common.paging.Paging;
import io.corroborate.claims.common.paging.Slice;

/** Shapes a page of claims as a ClaimConnection, wherever claims are listed. */
public final class Connections {

    private Connections() {
    }

    /**
     * The scope a claims cursor is bound to: the list's order and filter. Every list of claims with the same criteria
     * is the same list (claims(filter: {articleId}) and Article.claims, claimsBySources and Source.claims), so their
     * cursors carry on from one to the other.
     */
    public static String scope(ClaimCriteria criteria, ClaimOrder order, boolean circularOnly) {
        return "claims|" + order + "|" + criteria + (circularOnly ? "|circular" : "");
    }

    public static ClaimConnection claims(Paging paging, Slice<Claim> slice, PageRequest page, ClaimOrder order) {
        return paging.connection(slice.fetched(), page, slice.totalCount(),
                claim -> Cursor.of(order.field() == ClaimOrderField.CLAIMED_AT ? claim.claimedAt : claim.createdAt, claim.id),
                ClaimEdge::new, (edges, pageInfo, totalCount) -> new ClaimConnection(edges, pageInfo, totalCount,
                        slice.totalCountEstimated()));
    }
}
