package io.corroborate.gateway.claim;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("One changed field of a claim: who changed it, when, and from what to what.")
public record ClaimChange(@NonNull String changedBy, @NonNull OffsetDateTime changedAt, @NonNull String field,
        String oldValue, String newValue) {
}
