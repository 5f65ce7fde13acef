package io.corroborate.claims.claim;

public enum ClaimOrderField {
    CREATED_AT,
    CLAIMED_AT
}
