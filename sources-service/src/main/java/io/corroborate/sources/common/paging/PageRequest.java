package io.corroborate.sources.common.paging;

/** A validated request for one page: how many rows, and after which cursor (null for the first page). */
public record PageRequest(int first, Cursor after) {

    /** Repositories fetch one extra row to learn whether another page follows. */
    public int fetchSize() {
        return first + 1;
    }
}
