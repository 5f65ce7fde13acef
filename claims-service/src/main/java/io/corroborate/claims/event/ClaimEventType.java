package io.corroborate.claims.event;

public enum ClaimEventType {
    CREATED,
    ATTRIBUTION_CHANGED,
    STATUS_CHANGED,
    DELETED
}
