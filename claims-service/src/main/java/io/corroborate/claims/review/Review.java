package io.corroborate.claims.review;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

import io.corroborate.claims.claim.ClaimStatus;

@Entity
@Description("An editor's verdict on a claim. Reviews are never changed; the newest one sets the claim's status and credibility.")
public class Review {

    @jakarta.persistence.Id
    @Id
    @NonNull
    public UUID id;

    @Id
    @NonNull
    public UUID claimId;

    @NonNull
    @Enumerated(EnumType.STRING)
    public ClaimStatus status;

    @NonNull
    public int credibility;

    @NonNull
    public String rationale;

    @NonNull
    public String reviewer;

    @NonNull
    public OffsetDateTime reviewedAt;
}
