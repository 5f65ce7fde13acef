package io.corroborate.gateway.claim;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("An editor's verdict on a claim; the newest sets the claim's status and credibility.")
public record Review(@NonNull ClaimStatus status, @NonNull int credibility, @NonNull String rationale,
        @NonNull String reviewer, @NonNull OffsetDateTime reviewedAt) {
}
