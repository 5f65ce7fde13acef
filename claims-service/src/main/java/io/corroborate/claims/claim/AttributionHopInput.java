package io.corroborate.claims.claim;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

@Description("One hop of a chain, in order: exactly one ORIGIN, first, with its channel; then RELAYs, each with its verb.")
@Input("AttributionHopInput")
public record AttributionHopInput(
        @NonNull HopRole role,
        @Id @NonNull String sourceId,
        HopVerb verb,
        HopChannel channel,
        String excerpt,
        LocalDate date) {
}
