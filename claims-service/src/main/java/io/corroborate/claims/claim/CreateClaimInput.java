package io.corroborate.claims.claim;

import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.graphql.NonNull;

import io.corroborate.claims.common.Marking;

public record CreateClaimInput(
        String articleId,
        @NonNull String statement,
        String quote,
        @NonNull OffsetDateTime claimedAt,
        List<@NonNull String> topics,
        List<@NonNull FigureInput> figures,
        Marking marking,
        @NonNull List<@NonNull AttributionHopInput> attribution) {
}
