package io.corroborate.gateway.claim;

import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

import io.corroborate.gateway.common.Marking;

/** A claim as claims-service returns it; the gateway adds the fields that need other services. */
@Description("A proposition made in reporting, with the chain of sources through which it reached print.")
public record Claim(
        @NonNull @Id String id,
        @NonNull String statement,
        String quote,
        @NonNull OffsetDateTime claimedAt,
        @NonNull List<@NonNull String> topics,
        @NonNull List<@NonNull Figure> figures,
        @NonNull ClaimStatus status,
        @NonNull @Description("Admiralty information credibility, 1 (confirmed by other sources) to 6 (truth cannot be judged).") int credibility,
        @NonNull Marking marking,
        @NonNull int version,
        @NonNull String createdBy,
        @NonNull OffsetDateTime createdAt,
        @NonNull OffsetDateTime updatedAt,
        @Id String articleId,
        @NonNull @Description("The origin first, then each relay towards the article.") List<@NonNull AttributionHop> attribution,
        @NonNull List<@NonNull ClaimRelation> relations,
        @NonNull List<@NonNull Review> reviews,
        @NonNull List<@NonNull ClaimChange> history) {
}
