package io.corroborate.gateway.claim;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

/** claims-service redacts hops itself: a redacted hop arrives with only its position and role. */
@Description("One step of an attribution chain: who said or passed on the claim, and how. The origin is position 0."
        + " A hop whose source is above your clearance is redacted: only its position and role are shown.")
public record AttributionHop(
        @NonNull int position,
        @NonNull HopRole role,
        @Description("The id of the hop's source; null when the hop is redacted.") @Id String sourceId,
        @Description("How a relay passed the claim on; null for the origin, and when redacted.") HopVerb verb,
        @Description("How the origin made the claim; null for relays, and when redacted.") HopChannel channel,
        @Description("What this source wrote or said; null when redacted.") String excerpt,
        @Description("When this source made or passed on the claim; null when redacted.") LocalDate date,
        @Description("True when the hop's source is above your clearance.") @NonNull boolean redacted) {
}
