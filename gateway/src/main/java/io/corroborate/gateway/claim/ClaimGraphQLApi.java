package io.corroborate.gateway.claim;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import io.corroborate.gateway.article.Article;
import io.corroborate.gateway.common.error.GraphQLOperation;
import io.corroborate.gateway.downstream.DownstreamCalls;
import io.corroborate.gateway.downstream.DownstreamSelection;
import io.corroborate.gateway.downstream.Selections;
import io.corroborate.gateway.source.SourceLoader;
import io.smallrye.mutiny.Uni;

@GraphQLApi
@GraphQLOperation
public class ClaimGraphQLApi {

    private final ClaimsClient claims;
    private final SourceLoader sources;
    private final DownstreamCalls calls;
    private final Selections selections;

    public ClaimGraphQLApi(ClaimsClient claims, SourceLoader sources, DownstreamCalls calls, Selections selections) {
        this.claims = claims;
        this.sources = sources;
        this.calls = calls;
        this.selections = selections;
    }

    @Query
    @Description("One claim. A claim that does not exist, or that you may not see, is NOT_FOUND.")
    public Uni<Claim> claim(@NonNull @Id String id) {
        DownstreamSelection selection = selections.ofThisField();
        return calls.toClaims(authorization -> claims.claim(id, selection, authorization));
    }

    @Query
    @Description("A page of claims, newest first unless orderBy says otherwise.")
    public Uni<@NonNull ClaimConnection> claims(Integer first, String after, ClaimFilter filter, ClaimOrder orderBy) {
        DownstreamSelection selection = selections.ofThisField();
        return calls.toClaims(authorization -> claims.claims(first, after, filter, orderBy, selection, authorization));
    }

    @Mutation
    @Description("Records a claim with its attribution chain; every source is checked. Needs the analyst role.")
    public Uni<@NonNull Claim> createClaim(@NonNull CreateClaimInput input) {
        DownstreamSelection selection = selections.ofThisField();
        return calls.toClaims(authorization -> claims.createClaim(input, selection, authorization));
    }

    @Mutation
    @Description("Changes a claim. Pass the version you read: a stale version is refused with CONFLICT. Needs the analyst role.")
    public Uni<@NonNull Claim> updateClaim(@NonNull @Id String id, @NonNull int version, @NonNull UpdateClaimInput input) {
        DownstreamSelection selection = selections.ofThisField();
        return calls.toClaims(authorization -> claims.updateClaim(id, version, input, selection, authorization));
    }

    @Mutation
    @Description("Relates one claim to another (SUPPORTS, CONTRADICTS, DUPLICATES). Needs the analyst role.")
    public Uni<@NonNull ClaimRelation> relateClaims(@NonNull RelateClaimsInput input) {
        DownstreamSelection selection = selections.ofThisField();
        return calls.toClaims(authorization -> claims.relateClaims(input, selection, authorization));
    }

    @Mutation
    @Description("Removes a relation. NOT_FOUND when there is none, or when you may not see either claim: the same answer."
            + " Needs the analyst role.")
    public Uni<@NonNull Boolean> unrelateClaims(@NonNull UnrelateClaimsInput input) {
        return calls.toClaims(authorization -> claims.unrelateClaims(input, authorization));
    }

    @Mutation
    @Description("Gives a verdict; it becomes the claim's status and credibility. Needs the editor role.")
    public Uni<@NonNull Claim> reviewClaim(@NonNull ReviewClaimInput input) {
        DownstreamSelection selection = selections.ofThisField();
        return calls.toClaims(authorization -> claims.reviewClaim(input, selection, authorization));
    }

    @Mutation
    @Description("Hides a claim from every read; its history stays. Needs the admin role.")
    public Uni<@NonNull Boolean> deleteClaim(@NonNull @Id String id) {
        return calls.toClaims(authorization -> claims.deleteClaim(id, authorization));
    }

    @Mutation
    @Description("Imports an article with its claims, chains and relations in one transaction; idempotent by article URL.")
    public Uni<@NonNull Article> importBundle(@NonNull BundleInput input) {
        DownstreamSelection selection = selections.ofThisField();
        return calls.toClaims(authorization -> claims.importBundle(input, selection, authorization));
    }

    @Description("The source of this hop; its fields come from sources-service, loaded for the whole page at once."
            + " Null when the hop is redacted.")
    public Uni<List<io.corroborate.gateway.source.Source>> source(@Source List<AttributionHop> hops) {
        return sources.load(hops.stream().map(AttributionHop::sourceId).toList());
    }

    @Description("The source that first made the claim (hop 0 of the chain); null when that hop is redacted.")
    public Uni<List<io.corroborate.gateway.source.Source>> origin(@Source List<Claim> page) {
        return sources.load(page.stream().map(claim -> claim.attribution().get(0).sourceId()).toList());
    }

    @Description("The article the claim was read in.")
    public Uni<List<Article>> article(@Source List<Claim> page) {
        List<String> ids = page.stream().map(Claim::articleId).toList();
        List<String> known = ids.stream().filter(java.util.Objects::nonNull).distinct().toList();
        if (known.isEmpty()) {
            return Uni.createFrom().item(ids.stream().map(id -> (Article) null).toList());
        }
        DownstreamSelection selection = selections.ofThisField();
        return calls.toClaims(authorization -> claims.articlesByIds(known, selection, authorization)).map(found -> {
            java.util.Map<String, Article> byId = new java.util.HashMap<>();
            found.stream().filter(java.util.Objects::nonNull).forEach(article -> byId.put(article.id(), article));
            return ids.stream().map(id -> id == null ? null : byId.get(id)).toList();
        });
    }
}
