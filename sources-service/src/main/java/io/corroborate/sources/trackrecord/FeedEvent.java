package io.corroborate.sources.trackrecord;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import io.corroborate.sources.common.Marking;

/** One event of claims-service's feed, as this service needs it. */
public record FeedEvent(long position, UUID claimId, String type, UUID originSourceId, List<UUID> relaySourceIds,
        List<String> topics, String newStatus, Marking marking, OffsetDateTime occurredAt) {

    public boolean isDeletion() {
        return "DELETED".equals(type);
    }
}
