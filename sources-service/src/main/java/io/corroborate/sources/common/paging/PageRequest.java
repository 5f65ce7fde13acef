package io.corroborate.sources.common.paging;

/**
 * A validated request for one page: how many rows, after which cursor (null for the first page), and the scope of the
 * list (connection, order, filter) that its cursors are bound to.
 */
public record PageRequest(int first, Cursor after, String scope) {

    /** Repositories fetch one extra row to learn whether another page follows. */
    public int fetchSize() {
        return first + 1;
    }
}
