package io.corroborate.claims.claim.graphql;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import io.corroborate.claims.claim.AttributionHop;
import io.corroborate.claims.claim.HopChannel;
import io.corroborate.claims.claim.HopRole;
import io.corroborate.claims.claim.HopVerb;
import io.corroborate.claims.source.graphql.Source;

/** A stored hop as the caller may see it, built once per hop so that its fields are plain reads. */
@Name("AttributionHop")
@Description("One step of an attribution chain: who said or passed on the claim, and how. A hop whose source is above"
        + " your clearance is redacted: only its position and role are shown.")
public record Hop(
        @Description("0 for the origin, then 1, 2, ... for each relay towards the article.") int position,
        @NonNull HopRole role,
        @Description("True when the hop's source is above your clearance: then only position and role are shown.")
        boolean redacted,
        @Description("The source itself; its fields come from sources-service. Null when the hop is redacted.")
        Source source,
        @Id @Description("The id of the hop's source in sources-service; null when the hop is redacted.") String sourceId,
        @Description("How a relay passed the claim on; null for the origin, and when the hop is redacted.") HopVerb verb,
        @Description("How the origin made the claim; null for relays, and when the hop is redacted.") HopChannel channel,
        @Description("What this source wrote or said, verbatim where possible; null when the hop is redacted.")
        String excerpt,
        @Description("When this source made or passed on the claim; null when the hop is redacted.") LocalDate date) {

    /** The hop in full when its source is visible to the caller; otherwise its position and role alone. */
    static Hop of(AttributionHop hop, boolean visible) {
        if (!visible) {
            return new Hop(hop.position, hop.role(), true, null, null, null, null, null, null);
        }
        String sourceId = hop.sourceId.toString();
        return new Hop(hop.position, hop.role(), false, new Source(sourceId), sourceId, hop.verb, hop.channel,
                hop.excerpt, hop.date);
    }
}
