package io.corroborate.gateway.claim;

public enum ClaimOrderField {
    CREATED_AT,
    CLAIMED_AT
}
