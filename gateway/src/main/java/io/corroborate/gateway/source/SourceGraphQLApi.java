package io.corroborate.gateway.source;

import java.util.List;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import io.corroborate.gateway.claim.ClaimConnection;
import io.corroborate.gateway.claim.ClaimFilter;
import io.corroborate.gateway.claim.HopRole;
import io.corroborate.gateway.claim.SourceClaims;
import io.corroborate.gateway.common.error.GraphQLOperation;
import io.corroborate.gateway.downstream.ClaimsClient;
import io.corroborate.gateway.downstream.DownstreamCalls;
import io.corroborate.gateway.downstream.SourcesClient;
import io.smallrye.mutiny.Uni;

@GraphQLApi
@GraphQLOperation
public class SourceGraphQLApi {

    private final SourcesClient sources;
    private final ClaimsClient claims;
    private final DownstreamCalls calls;

    public SourceGraphQLApi(SourcesClient sources, ClaimsClient claims, DownstreamCalls calls) {
        this.sources = sources;
        this.claims = claims;
        this.calls = calls;
    }

    @Query
    @Description("One source; the id of a merged duplicate answers with its survivor. A missing source is NOT_FOUND.")
    public Uni<Source> source(@NonNull @Id String id) {
        return calls.toSources(authorization -> sources.source(id, authorization));
    }

    @Query
    @Description("A page of sources.")
    public Uni<@NonNull SourceConnection> sources(Integer first, String after, SourceFilter filter) {
        return calls.toSources(authorization -> sources.sources(first, after, filter, authorization));
    }

    @Query
    @Description("Sources whose name or alias starts with the text or resembles it, best first.")
    public Uni<@NonNull List<@NonNull Source>> searchSources(@NonNull String text, @DefaultValue("10") int first) {
        return calls.toSources(authorization -> sources.searchSources(text, first, authorization));
    }

    @Mutation
    @Description("Records a source; a name or alias in use is a CONFLICT carrying extensions.existingId. Needs the analyst role.")
    public Uni<@NonNull Source> createSource(@NonNull CreateSourceInput input) {
        return calls.toSources(authorization -> sources.createSource(input, authorization));
    }

    @Mutation
    @Description("Changes a source; a stale version is refused with CONFLICT. Needs the analyst role.")
    public Uni<@NonNull Source> updateSource(@NonNull @Id String id, @NonNull int version, @NonNull UpdateSourceInput input) {
        return calls.toSources(authorization -> sources.updateSource(id, version, input, authorization));
    }

    @Mutation
    @Description("Records that one source depends on another, optionally between two dates. Needs the analyst role.")
    public Uni<@NonNull Source> affiliate(@NonNull AffiliateInput input) {
        return calls.toSources(authorization -> sources.affiliate(input, authorization));
    }

    @Mutation
    @Description("Rates a source A-F on the Admiralty scale, with a rationale and an optional topic. Needs the editor role.")
    public Uni<@NonNull Source> rateSource(@NonNull RateSourceInput input) {
        return calls.toSources(authorization -> sources.rateSource(input, authorization));
    }

    @Mutation
    @Description("Merges a duplicate into the survivor; the duplicate's id becomes a redirect. Needs the admin role.")
    public Uni<@NonNull Source> mergeSources(@NonNull @Id String survivorId, @NonNull @Id String duplicateId) {
        return calls.toSources(authorization -> sources.mergeSources(survivorId, duplicateId, authorization));
    }

    @Description("The claims this source appears in (as origin, relay, or either), newest first.")
    public Uni<List<@NonNull ClaimConnection>> claims(@org.eclipse.microprofile.graphql.Source List<Source> page,
            Integer first, String after, HopRole role) {
        List<String> ids = page.stream().map(Source::id).toList();
        if (after == null) {
            // The first page of every source's claims in one call, whatever the number of sources.
            return calls.toClaims(authorization -> claims.claimsBySources(ids, role, first, authorization))
                    .map(found -> found.stream().map(SourceClaims::claims).toList());
        }
        // A cursor belongs to one source's list, so a later page is read source by source.
        List<Uni<ClaimConnection>> pages = ids.stream()
                .map(id -> calls.toClaims(authorization -> claims.claims(first, after, bySource(id, role), null, authorization)))
                .toList();
        return Uni.join().all(pages).andFailFast();
    }

    private static ClaimFilter bySource(String id, HopRole role) {
        List<String> ids = List.of(id);
        return new ClaimFilter(null, null, null, null, null, null, null,
                role == null ? ids : null, role == HopRole.ORIGIN ? ids : null, role == HopRole.RELAY ? ids : null, null, null);
    }
}
