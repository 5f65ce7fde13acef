package io.corroborate.claims.claim;

/**
 * What a read of claims loads besides their own columns. The attribution chain and the figures take a query each, so a
 * list loads them only when its caller selected a field that reads them.
 */
public record ClaimParts(boolean chain, boolean figures) {

    /** Everything: for single claims, writes, and the service's own rules. */
    public static final ClaimParts ALL = new ClaimParts(true, true);
}
