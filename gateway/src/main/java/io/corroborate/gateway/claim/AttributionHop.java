package io.corroborate.gateway.claim;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

@Description("One step of an attribution chain: who said or passed on the claim, and how. The origin is position 0.")
public record AttributionHop(
        @NonNull int position,
        @NonNull HopRole role,
        @NonNull @Id String sourceId,
        @Description("How a relay passed the claim on; null for the origin.") HopVerb verb,
        @Description("How the origin made the claim; null for relays.") HopChannel channel,
        String excerpt,
        LocalDate date) {
}
