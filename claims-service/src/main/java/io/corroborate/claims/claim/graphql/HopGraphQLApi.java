package io.corroborate.claims.claim.graphql;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

import io.corroborate.claims.claim.AttributionHop;
import io.corroborate.claims.claim.Claim;
import io.corroborate.claims.claim.HopChannel;
import io.corroborate.claims.claim.HopVerb;
import io.corroborate.claims.common.error.GraphQLOperation;
import io.corroborate.claims.source.graphql.Source;
import io.corroborate.claims.source.service.SourceVisibility;
import io.smallrye.mutiny.Uni;

/**
 * The fields of an attribution hop that depend on whether the caller may see its source. A hop whose source is
 * above the caller's clearance keeps its position and role, so the chain stays honest about its length, and shows
 * nothing else. All these fields share one batched visibility check per request.
 */
@GraphQLApi
@GraphQLOperation
public class HopGraphQLApi {

    private final SourceVisibility visibility;

    public HopGraphQLApi(SourceVisibility visibility) {
        this.visibility = visibility;
    }

    @Description("True when the hop's source is above your clearance: then only position and role are shown.")
    public Uni<List<@NonNull Boolean>> redacted(@org.eclipse.microprofile.graphql.Source List<AttributionHop> hops) {
        return visibility.visible(hops.stream().map(hop -> hop.sourceId).toList())
                .map(visible -> visible.stream().map(seen -> !seen).toList());
    }

    @Description("The source itself; its fields come from sources-service. Null when the hop is redacted.")
    public Uni<List<Source>> source(@org.eclipse.microprofile.graphql.Source List<AttributionHop> hops) {
        return unlessRedacted(hops, hop -> new Source(hop.sourceId.toString()));
    }

    @Id
    @Description("The id of the hop's source in sources-service; null when the hop is redacted.")
    public Uni<List<String>> sourceId(@org.eclipse.microprofile.graphql.Source List<AttributionHop> hops) {
        return unlessRedacted(hops, hop -> hop.sourceId.toString());
    }

    @Description("How a relay passed the claim on; null for the origin, and when the hop is redacted.")
    public Uni<List<HopVerb>> verb(@org.eclipse.microprofile.graphql.Source List<AttributionHop> hops) {
        return unlessRedacted(hops, hop -> hop.verb);
    }

    @Description("How the origin made the claim; null for relays, and when the hop is redacted.")
    public Uni<List<HopChannel>> channel(@org.eclipse.microprofile.graphql.Source List<AttributionHop> hops) {
        return unlessRedacted(hops, hop -> hop.channel);
    }

    @Description("What this source wrote or said, verbatim where possible; null when the hop is redacted.")
    public Uni<List<String>> excerpt(@org.eclipse.microprofile.graphql.Source List<AttributionHop> hops) {
        return unlessRedacted(hops, hop -> hop.excerpt);
    }

    @Description("When this source made or passed on the claim; null when the hop is redacted.")
    public Uni<List<LocalDate>> date(@org.eclipse.microprofile.graphql.Source List<AttributionHop> hops) {
        return unlessRedacted(hops, hop -> hop.date);
    }

    @Description("The source that first made the claim (hop 0 of the chain); null when that hop is redacted.")
    public Uni<List<Source>> origin(@org.eclipse.microprofile.graphql.Source List<Claim> claims) {
        return unlessRedacted(claims.stream().map(claim -> claim.attribution.get(0)).toList(),
                hop -> new Source(hop.sourceId.toString()));
    }

    private <T> Uni<List<T>> unlessRedacted(List<AttributionHop> hops, Function<AttributionHop, T> field) {
        return visibility.visible(hops.stream().map(hop -> hop.sourceId).toList()).map(visible -> {
            List<T> values = new ArrayList<>(hops.size());
            for (int i = 0; i < hops.size(); i++) {
                values.add(visible.get(i) ? field.apply(hops.get(i)) : null);
            }
            return values;
        });
    }
}
