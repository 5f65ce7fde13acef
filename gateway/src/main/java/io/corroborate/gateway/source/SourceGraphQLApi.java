package io.corroborate.gateway.source;

import java.time.LocalDate;
import java.time.OffsetDateTime;
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
import io.corroborate.gateway.claim.ClaimsClient;
import io.corroborate.gateway.downstream.DownstreamCalls;
import io.corroborate.gateway.downstream.DownstreamSelection;
import io.corroborate.gateway.downstream.Selections;
import io.smallrye.mutiny.Uni;

@GraphQLApi
@GraphQLOperation
public class SourceGraphQLApi {

    private final SourcesClient sources;
    private final ClaimsClient claims;
    private final DownstreamCalls calls;
    private final Selections selections;

    public SourceGraphQLApi(SourcesClient sources, ClaimsClient claims, DownstreamCalls calls, Selections selections) {
        this.sources = sources;
        this.claims = claims;
        this.calls = calls;
        this.selections = selections;
    }

    @Query
    @Description("One source; the id of a merged duplicate answers with its survivor. A missing source is NOT_FOUND.")
    public Uni<Source> source(@NonNull @Id String id) {
        DownstreamSelection selection = selections.ofThisField();
        return calls.toSources(authorization -> sources.source(id, selection, authorization));
    }

    @Query
    @Description("A page of sources.")
    public Uni<@NonNull SourceConnection> sources(Integer first, String after, SourceFilter filter) {
        DownstreamSelection selection = selections.ofThisField();
        return calls.toSources(authorization -> sources.sources(first, after, filter, selection, authorization));
    }

    @Query
    @Description("Sources whose name or alias starts with the text or resembles it, best first.")
    public Uni<@NonNull List<@NonNull Source>> searchSources(@NonNull String text, @DefaultValue("10") int first) {
        DownstreamSelection selection = selections.ofThisField();
        return calls.toSources(authorization -> sources.searchSources(text, first, selection, authorization));
    }

    @Mutation
    @Description("Records a source; a name or alias in use is a CONFLICT carrying extensions.existingId. Needs the analyst role.")
    public Uni<@NonNull Source> createSource(@NonNull CreateSourceInput input) {
        DownstreamSelection selection = selections.ofThisField();
        return calls.toSources(authorization -> sources.createSource(input, selection, authorization));
    }

    @Mutation
    @Description("Changes a source; a stale version is refused with CONFLICT. Needs the analyst role.")
    public Uni<@NonNull Source> updateSource(@NonNull @Id String id, @NonNull int version, @NonNull UpdateSourceInput input) {
        DownstreamSelection selection = selections.ofThisField();
        return calls.toSources(authorization -> sources.updateSource(id, version, input, selection, authorization));
    }

    @Query
    @Description("Splits the sources into groups that cannot count as independent on the day (asOf, default today):"
            + " the same source, also through a merge, or sources joined by affiliations in force that day. Sources"
            + " you may not see are left out, and no group is joined through one.")
    public Uni<@NonNull List<@NonNull IndependenceGroup>> independenceGroups(@NonNull List<@NonNull String> sourceIds,
            LocalDate asOf) {
        DownstreamSelection selection = selections.ofThisField();
        return calls.toSources(authorization -> sources.independenceGroups(sourceIds, asOf, selection, authorization));
    }

    @Mutation
    @Description("Records that one source depends on another, optionally between two dates, and returns the new"
            + " affiliation. Needs the analyst role.")
    public Uni<@NonNull Affiliation> affiliate(@NonNull AffiliateInput input) {
        DownstreamSelection selection = selections.ofThisField();
        return calls.toSources(authorization -> sources.affiliate(input, selection, authorization));
    }

    @Mutation
    @Description("Removes an affiliation (one that ended is better closed with validTo: record it anew). Returns the"
            + " source it started from. NOT_FOUND when there is none you may see. Needs the analyst role.")
    public Uni<@NonNull Source> unaffiliate(@NonNull @Id String affiliationId) {
        DownstreamSelection selection = selections.ofThisField();
        return calls.toSources(authorization -> sources.unaffiliate(affiliationId, selection, authorization));
    }

    @Mutation
    @Description("Adds another name the source goes by; a name taken by a source, or a look-alike of one, is a"
            + " CONFLICT. Needs the analyst role.")
    public Uni<@NonNull Source> addAlias(@NonNull @Id String sourceId, @NonNull String alias) {
        DownstreamSelection selection = selections.ofThisField();
        return calls.toSources(authorization -> sources.addAlias(sourceId, alias, selection, authorization));
    }

    @Mutation
    @Description("Removes one of the source's aliases (not its name). Needs the analyst role.")
    public Uni<@NonNull Source> removeAlias(@NonNull @Id String sourceId, @NonNull String alias) {
        DownstreamSelection selection = selections.ofThisField();
        return calls.toSources(authorization -> sources.removeAlias(sourceId, alias, selection, authorization));
    }

    @Mutation
    @Description("Rates a source A-F on the Admiralty scale, with a rationale and an optional topic. Needs the editor role.")
    public Uni<@NonNull Source> rateSource(@NonNull RateSourceInput input) {
        DownstreamSelection selection = selections.ofThisField();
        return calls.toSources(authorization -> sources.rateSource(input, selection, authorization));
    }

    @Mutation
    @Description("Merges a duplicate into the survivor; the duplicate's id becomes a redirect. Needs the admin role.")
    public Uni<@NonNull Source> mergeSources(@NonNull @Id String survivorId, @NonNull @Id String duplicateId) {
        DownstreamSelection selection = selections.ofThisField();
        return calls.toSources(authorization -> sources.mergeSources(survivorId, duplicateId, selection, authorization));
    }

    @NonNull
    @Description("How far the source can be trusted: the Admiralty rating editors gave it and what its track record"
            + " shows, overall or for one topic, now or as it was known at asOf. Every figure counts only the claims you"
            + " may see. It comes with the source, in the same call. One set of arguments per request"
            + " (BatchedFieldArguments).")
    public Uni<List<@NonNull Reliability>> reliability(@org.eclipse.microprofile.graphql.Source List<Source> page, String topic,
            OffsetDateTime asOf) {
        // Asked of sources-service with the source, arguments included (Selections forwards them as written); the
        // engine reads it from each source directly (common/CarriedFields), so this serves only as the declaration.
        return Uni.createFrom().item(page.stream().map(Source::currentReliability).toList());
    }

    @Description("The claims this source appears in (as origin, relay, or either), newest first.")
    public Uni<List<@NonNull ClaimConnection>> claims(@org.eclipse.microprofile.graphql.Source List<Source> page,
            Integer first, String after, HopRole role) {
        List<String> ids = page.stream().map(Source::id).toList();
        DownstreamSelection selection = selections.ofThisField();
        if (after == null) {
            // The first page of every source's claims in one call, whatever the number of sources.
            return calls.toClaims(authorization -> claims.claimsBySources(ids, role, first, selection, authorization))
                    .map(found -> found.stream().map(SourceClaims::claims).toList());
        }
        // A cursor belongs to one source's list, so a later page is read source by source.
        List<Uni<ClaimConnection>> pages = ids.stream()
                .map(id -> calls.toClaims(authorization -> claims.claims(first, after, bySource(id, role), null, selection, authorization)))
                .toList();
        return Uni.join().all(pages).andFailFast();
    }

    private static ClaimFilter bySource(String id, HopRole role) {
        List<String> ids = List.of(id);
        return new ClaimFilter(null, null, null, null, null, null, null,
                role == null ? ids : null, role == HopRole.ORIGIN ? ids : null, role == HopRole.RELAY ? ids : null, null, null);
    }
}
