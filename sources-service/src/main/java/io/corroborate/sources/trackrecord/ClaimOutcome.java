package io.corroborate.sources.trackrecord;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.corroborate.sources.common.Marking;

/** What the feed last said about a claim: enough to take its old contribution back when its verdict changes. */
@Entity
public class ClaimOutcome {

    @Id
    public UUID claimId;

    public UUID originSourceId;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "uuid[]")
    public List<UUID> relaySourceIds;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    public List<String> topics;

    public String status;

    /** The claim's TLP marking: the outcome counts in this tier's record and every higher one. */
    @Enumerated(EnumType.STRING)
    public Marking marking;

    public boolean deleted;

    public long eventPosition;

    public OffsetDateTime occurredAt;

    /** The verdicts a track record counts; every other status leaves it as it is. */
    public static final Set<String> COUNTED_STATUSES = Set.of("CONFIRMED", "REFUTED", "MISLEADING");

    /** Whether this claim counts in its origin's track record. */
    public boolean counts() {
        return !deleted && COUNTED_STATUSES.contains(status);
    }
}
