package io.corroborate.gateway.claim;

import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.graphql.Input;

import io.smallrye.graphql.api.Nullable;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import io.corroborate.gateway.common.Marking;

@Description("The fields to change; a field left out (null) keeps its value. Lists replace the whole list.")
@Input("UpdateClaimInput")
public record UpdateClaimInput(
        String statement,
        String quote,
        OffsetDateTime claimedAt,
        @Nullable List<@NonNull String> topics,
        @Nullable List<@NonNull FigureInput> figures,
        Marking marking,
        @Nullable List<@NonNull AttributionHopInput> attribution) {
}
