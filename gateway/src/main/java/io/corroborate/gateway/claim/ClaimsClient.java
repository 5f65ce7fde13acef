package io.corroborate.gateway.claim;

import static io.corroborate.gateway.downstream.GraphQLService.operation;
import static io.corroborate.gateway.downstream.GraphQLService.variables;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.bind.Jsonb;

import io.corroborate.gateway.article.Article;
import io.corroborate.gateway.article.ArticleClaims;
import io.corroborate.gateway.article.ArticleConnection;
import io.corroborate.gateway.article.ArticleFilter;
import io.corroborate.gateway.article.CreateArticleInput;
import io.corroborate.gateway.corroboration.Corroboration;
import io.corroborate.gateway.downstream.DownstreamSelection;
import io.corroborate.gateway.downstream.GraphQLService;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;

/**
 * claims-service's GraphQL API (configuration key {@code claims}). Every call carries the caller's own token and asks
 * for the selection it is given: what the client selected, with the keys the gateway joins on.
 */
@ApplicationScoped
public class ClaimsClient {

    private final GraphQLService service;

    public ClaimsClient(Vertx vertx, Jsonb jsonb) {
        this.service = new GraphQLService("claims", vertx, jsonb);
    }

    public Uni<Claim> claim(String id, DownstreamSelection selection, String authorization) {
        return service.one(operation("query", "$id: ID!", "claim(id: $id)", selection), variables("id", id), authorization,
                Claim.class);
    }

    public Uni<ClaimConnection> claims(Integer first, String after, ClaimFilter filter, ClaimOrder orderBy, DownstreamSelection selection,
            String authorization) {
        return service.one(operation("query", "$first: Int, $after: String, $filter: ClaimFilter, $orderBy: ClaimOrder",
                "claims(first: $first, after: $after, filter: $filter, orderBy: $orderBy)", selection),
                variables("first", first, "after", after, "filter", filter, "orderBy", orderBy), authorization, ClaimConnection.class);
    }

    /** The first page of each source's claims, in the order of {@code sourceIds}; {@code selection} is the page's. */
    public Uni<List<SourceClaims>> claimsBySources(List<String> sourceIds, HopRole role, Integer first, DownstreamSelection selection,
            String authorization) {
        return service.list(operation("query", "$sourceIds: [String!]!, $role: HopRole, $first: Int",
                "claimsBySources(sourceIds: $sourceIds, role: $role, first: $first) { claims " + selection.render() + " }", null),
                variables("sourceIds", sourceIds, "role", role, "first", first), authorization, SourceClaims.class);
    }

    /** The first page of each article's claims, in the order of {@code articleIds}; {@code selection} is the page's. */
    public Uni<List<ArticleClaims>> claimsByArticles(List<String> articleIds, Integer first, DownstreamSelection selection,
            String authorization) {
        return service.list(operation("query", "$ids: [String!]!, $first: Int",
                "articlesByIds(ids: $ids) { claims(first: $first) " + selection.render() + " }", null),
                variables("ids", articleIds, "first", first), authorization, ArticleClaims.class);
    }

    public Uni<Article> article(String id, DownstreamSelection selection, String authorization) {
        return service.one(operation("query", "$id: ID!", "article(id: $id)", selection), variables("id", id), authorization,
                Article.class);
    }

    public Uni<ArticleConnection> articles(Integer first, String after, ArticleFilter filter, DownstreamSelection selection,
            String authorization) {
        return service.one(operation("query", "$first: Int, $after: String, $filter: ArticleFilter",
                "articles(first: $first, after: $after, filter: $filter)", selection),
                variables("first", first, "after", after, "filter", filter), authorization, ArticleConnection.class);
    }

    /** Articles by id, with their ids whatever the selection (the answer is joined on them). */
    public Uni<List<Article>> articlesByIds(List<String> ids, DownstreamSelection selection, String authorization) {
        return service.list(operation("query", "$ids: [String!]!", "articlesByIds(ids: $ids)", selection.with("id")),
                variables("ids", ids), authorization, Article.class);
    }

    /** Each claim's corroboration, in the order of {@code claimIds}. */
    public Uni<List<Corroboration>> corroborations(List<String> claimIds, DownstreamSelection selection, String authorization) {
        return service.list(operation("query", "$claimIds: [String!]!", "corroborations(claimIds: $claimIds)", selection),
                variables("claimIds", claimIds), authorization, Corroboration.class);
    }

    public Uni<Article> createArticle(CreateArticleInput input, DownstreamSelection selection, String authorization) {
        return service.one(operation("mutation", "$input: CreateArticleInput!", "createArticle(input: $input)", selection),
                variables("input", input), authorization, Article.class);
    }

    public Uni<Claim> createClaim(CreateClaimInput input, DownstreamSelection selection, String authorization) {
        return service.one(operation("mutation", "$input: CreateClaimInput!", "createClaim(input: $input)", selection),
                variables("input", input), authorization, Claim.class);
    }

    public Uni<Claim> updateClaim(String id, int version, UpdateClaimInput input, DownstreamSelection selection, String authorization) {
        return service.one(operation("mutation", "$id: ID!, $version: Int!, $input: UpdateClaimInput!",
                "updateClaim(id: $id, version: $version, input: $input)", selection),
                variables("id", id, "version", version, "input", input), authorization, Claim.class);
    }

    public Uni<ClaimRelation> relateClaims(RelateClaimsInput input, DownstreamSelection selection, String authorization) {
        return service.one(operation("mutation", "$input: RelateClaimsInput!", "relateClaims(input: $input)", selection),
                variables("input", input), authorization, ClaimRelation.class);
    }

    public Uni<Boolean> unrelateClaims(UnrelateClaimsInput input, String authorization) {
        return service.one(operation("mutation", "$input: UnrelateClaimsInput!", "unrelateClaims(input: $input)", null),
                variables("input", input), authorization, Boolean.class);
    }

    public Uni<Claim> reviewClaim(ReviewClaimInput input, DownstreamSelection selection, String authorization) {
        return service.one(operation("mutation", "$input: ReviewClaimInput!", "reviewClaim(input: $input)", selection),
                variables("input", input), authorization, Claim.class);
    }

    public Uni<Boolean> deleteClaim(String id, String authorization) {
        return service.one(operation("mutation", "$id: ID!", "deleteClaim(id: $id)", null), variables("id", id), authorization,
                Boolean.class);
    }

    public Uni<Article> importBundle(BundleInput input, DownstreamSelection selection, String authorization) {
        return service.one(operation("mutation", "$input: BundleInput!", "importBundle(input: $input)", selection),
                variables("input", input), authorization, Article.class);
    }
}
