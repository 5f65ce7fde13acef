package io.corroborate.claims.claim.graphql;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;

import io.corroborate.claims.claim.AttributionHop;
import io.corroborate.claims.claim.Claim;
import io.corroborate.claims.common.error.GraphQLOperation;
import io.corroborate.claims.source.graphql.Source;
import io.corroborate.claims.source.service.SourceVisibility;
import io.smallrye.mutiny.Uni;

/**
 * The fields of a claim that depend on whether the caller may see the sources of its chain. A hop whose source is
 * above the caller's clearance keeps its position and role, so the chain stays honest about its length, and shows
 * nothing else. The chains of a whole page share one batched visibility check, and each hop is built once, redacted
 * or not, so that its fields are plain reads.
 */
@GraphQLApi
@GraphQLOperation
public class HopGraphQLApi {

    private final SourceVisibility visibility;

    public HopGraphQLApi(SourceVisibility visibility) {
        this.visibility = visibility;
    }

    @Description("The attribution chain: the origin first, then each relay in order towards the article.")
    public Uni<List<@NonNull List<@NonNull Hop>>> attribution(@org.eclipse.microprofile.graphql.Source List<Claim> claims) {
        List<AttributionHop> hops = claims.stream().flatMap(claim -> claim.attribution.stream()).toList();
        return visibility.visible(hops.stream().map(hop -> hop.sourceId).toList()).map(visible -> {
            List<List<Hop>> chains = new ArrayList<>(claims.size());
            int next = 0;
            for (Claim claim : claims) {
                List<Hop> chain = new ArrayList<>(claim.attribution.size());
                for (AttributionHop hop : claim.attribution) {
                    chain.add(Hop.of(hop, visible.get(next++)));
                }
                chains.add(chain);
            }
            return chains;
        });
    }

    @Description("The source that first made the claim (hop 0 of the chain); null when that hop is redacted.")
    public Uni<List<Source>> origin(@org.eclipse.microprofile.graphql.Source List<Claim> claims) {
        List<AttributionHop> origins = claims.stream().map(claim -> claim.attribution.get(0)).toList();
        return visibility.visible(origins.stream().map(hop -> hop.sourceId).toList()).map(visible -> {
            List<Source> sources = new ArrayList<>(origins.size());
            for (int i = 0; i < origins.size(); i++) {
                sources.add(visible.get(i) ? new Source(origins.get(i).sourceId.toString()) : null);
            }
            return sources;
        });
    }
}
