package io.corroborate.claims.event;

public enum ClaimEventType {
    CREATED,
    ATTRIBUTION_CHANGED,
    STATUS_CHANGED,
    DELETED,
    MARKING_CHANGED,
    TOPICS_CHANGED
}
