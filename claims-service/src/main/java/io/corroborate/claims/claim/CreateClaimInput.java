package io.corroborate.claims.claim;

import org.eclipse.microprofile.graphql.Id;
import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.graphql.Input;

import io.smallrye.graphql.api.Nullable;
import org.eclipse.microprofile.graphql.NonNull;

import io.corroborate.claims.common.Marking;

@Input("CreateClaimInput")
public record CreateClaimInput(
        @Id String articleId,
        @NonNull String statement,
        String quote,
        @NonNull OffsetDateTime claimedAt,
        @Nullable List<@NonNull String> topics,
        @Nullable List<@NonNull FigureInput> figures,
        Marking marking,
        @NonNull List<@NonNull AttributionHopInput> attribution) {
}
