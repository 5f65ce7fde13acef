package io.corroborate.claims.common.paging;

/**
 * A validated request for one page: how many rows, after which cursor (null for the first page), the scope of the
 * list (connection, order, filter) that its cursors are bound to, and whether the client selected the list's
 * {@code totalCount} (a count can cost more than the page itself, so it is only made when asked for).
 */
public record PageRequest(int first, Cursor after, String scope, boolean countTotal) {

    /** Repositories fetch one extra row to learn whether another page follows. */
    public int fetchSize() {
        return first + 1;
    }
}
