package io.corroborate.claims.event;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.corroborate.claims.claim.ClaimStatus;
import io.corroborate.claims.common.Marking;

@Entity
@Description("A change to a claim's status or attribution, as recorded in the outbox. Consumers apply events in position order.")
public class ClaimEvent {

    @jakarta.persistence.Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @NonNull
    @Description("Strictly increasing; resume a feed after the last position applied.")
    public Long position;

    @Id
    @NonNull
    public UUID claimId;

    @NonNull
    @Enumerated(EnumType.STRING)
    public ClaimEventType type;

    @Id
    @NonNull
    public UUID originSourceId;

    @NonNull
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "uuid[]")
    public List<@NonNull UUID> relaySourceIds;

    @NonNull
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    public List<@NonNull String> topics;

    @Enumerated(EnumType.STRING)
    @Description("The status before the change; null when the claim was created.")
    public ClaimStatus oldStatus;

    @NonNull
    @Enumerated(EnumType.STRING)
    @Description("The status after the change. For DELETED, the status the claim had when deleted.")
    public ClaimStatus newStatus;

    @NonNull
    @Enumerated(EnumType.STRING)
    public Marking marking;

    @NonNull
    public OffsetDateTime occurredAt;
}
