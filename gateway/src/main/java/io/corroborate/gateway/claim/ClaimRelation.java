package io.corroborate.gateway.claim;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

@Description("A typed link from one claim to another, with the analyst's rationale.")
public record ClaimRelation(@NonNull @Id String id, @NonNull @Id String fromClaimId, @NonNull @Id String toClaimId,
        @NonNull RelationType type, String rationale, @NonNull String createdBy, @NonNull OffsetDateTime createdAt) {
}
