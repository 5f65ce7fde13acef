package io.corroborate.claims.claim;

import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import io.corroborate.claims.common.Marking;

@Description("The fields to change; a field left out (null) keeps its value. Lists replace the whole list.")
public record UpdateClaimInput(
        String statement,
        String quote,
        OffsetDateTime claimedAt,
        List<@NonNull String> topics,
        List<@NonNull FigureInput> figures,
        Marking marking,
        List<@NonNull AttributionHopInput> attribution) {
}
