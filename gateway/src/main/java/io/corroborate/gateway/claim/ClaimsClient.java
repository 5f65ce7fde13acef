package io.corroborate.gateway.claim;

import static io.corroborate.gateway.downstream.GraphQLService.operation;
import static io.corroborate.gateway.downstream.GraphQLService.variables;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.bind.Jsonb;

import io.corroborate.gateway.article.Article;
import io.corroborate.gateway.article.ArticleConnection;
import io.corroborate.gateway.article.ArticleFilter;
import io.corroborate.gateway.article.CreateArticleInput;
import io.corroborate.gateway.corroboration.Corroboration;
import io.corroborate.gateway.downstream.GraphQLService;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;

/** claims-service's GraphQL API (configuration key {@code claims}). Every call carries the caller's own token. */
@ApplicationScoped
public class ClaimsClient {

    private static final String CLAIM = operation("query", "$id: ID!", "claim(id: $id)", Claim.class);
    private static final String CLAIMS = operation("query", "$first: Int, $after: String, $filter: ClaimFilter, $orderBy: ClaimOrder",
            "claims(first: $first, after: $after, filter: $filter, orderBy: $orderBy)", ClaimConnection.class);
    private static final String CLAIMS_BY_SOURCES = operation("query", "$sourceIds: [String!]!, $role: HopRole, $first: Int",
            "claimsBySources(sourceIds: $sourceIds, role: $role, first: $first)", SourceClaims.class);
    private static final String ARTICLE = operation("query", "$id: ID!", "article(id: $id)", Article.class);
    private static final String ARTICLES = operation("query", "$first: Int, $after: String, $filter: ArticleFilter",
            "articles(first: $first, after: $after, filter: $filter)", ArticleConnection.class);
    private static final String ARTICLES_BY_IDS = operation("query", "$ids: [String!]!", "articlesByIds(ids: $ids)", Article.class);
    private static final String CORROBORATIONS = operation("query", "$claimIds: [String!]!", "corroborations(claimIds: $claimIds)",
            Corroboration.class);
    private static final String CREATE_ARTICLE = operation("mutation", "$input: CreateArticleInput!", "createArticle(input: $input)",
            Article.class);
    private static final String CREATE_CLAIM = operation("mutation", "$input: CreateClaimInput!", "createClaim(input: $input)",
            Claim.class);
    private static final String UPDATE_CLAIM = operation("mutation", "$id: ID!, $version: Int!, $input: UpdateClaimInput!",
            "updateClaim(id: $id, version: $version, input: $input)", Claim.class);
    private static final String RELATE_CLAIMS = operation("mutation", "$input: RelateClaimsInput!", "relateClaims(input: $input)",
            ClaimRelation.class);
    private static final String UNRELATE_CLAIMS = operation("mutation", "$input: UnrelateClaimsInput!",
            "unrelateClaims(input: $input)", null);
    private static final String REVIEW_CLAIM = operation("mutation", "$input: ReviewClaimInput!", "reviewClaim(input: $input)",
            Claim.class);
    private static final String DELETE_CLAIM = operation("mutation", "$id: ID!", "deleteClaim(id: $id)", null);
    private static final String IMPORT_BUNDLE = operation("mutation", "$input: BundleInput!", "importBundle(input: $input)",
            Article.class);

    private final GraphQLService service;

    public ClaimsClient(Vertx vertx, Jsonb jsonb) {
        this.service = new GraphQLService("claims", vertx, jsonb);
    }

    public Uni<Claim> claim(String id, String authorization) {
        return service.one(CLAIM, variables("id", id), authorization, Claim.class);
    }

    public Uni<ClaimConnection> claims(Integer first, String after, ClaimFilter filter, ClaimOrder orderBy, String authorization) {
        return service.one(CLAIMS, variables("first", first, "after", after, "filter", filter, "orderBy", orderBy), authorization,
                ClaimConnection.class);
    }

    public Uni<List<SourceClaims>> claimsBySources(List<String> sourceIds, HopRole role, Integer first, String authorization) {
        return service.list(CLAIMS_BY_SOURCES, variables("sourceIds", sourceIds, "role", role, "first", first), authorization,
                SourceClaims.class);
    }

    public Uni<Article> article(String id, String authorization) {
        return service.one(ARTICLE, variables("id", id), authorization, Article.class);
    }

    public Uni<ArticleConnection> articles(Integer first, String after, ArticleFilter filter, String authorization) {
        return service.one(ARTICLES, variables("first", first, "after", after, "filter", filter), authorization,
                ArticleConnection.class);
    }

    public Uni<List<Article>> articlesByIds(List<String> ids, String authorization) {
        return service.list(ARTICLES_BY_IDS, variables("ids", ids), authorization, Article.class);
    }

    public Uni<List<Corroboration>> corroborations(List<String> claimIds, String authorization) {
        return service.list(CORROBORATIONS, variables("claimIds", claimIds), authorization, Corroboration.class);
    }

    public Uni<Article> createArticle(CreateArticleInput input, String authorization) {
        return service.one(CREATE_ARTICLE, variables("input", input), authorization, Article.class);
    }

    public Uni<Claim> createClaim(CreateClaimInput input, String authorization) {
        return service.one(CREATE_CLAIM, variables("input", input), authorization, Claim.class);
    }

    public Uni<Claim> updateClaim(String id, int version, UpdateClaimInput input, String authorization) {
        return service.one(UPDATE_CLAIM, variables("id", id, "version", version, "input", input), authorization, Claim.class);
    }

    public Uni<ClaimRelation> relateClaims(RelateClaimsInput input, String authorization) {
        return service.one(RELATE_CLAIMS, variables("input", input), authorization, ClaimRelation.class);
    }

    public Uni<Boolean> unrelateClaims(UnrelateClaimsInput input, String authorization) {
        return service.one(UNRELATE_CLAIMS, variables("input", input), authorization, Boolean.class);
    }

    public Uni<Claim> reviewClaim(ReviewClaimInput input, String authorization) {
        return service.one(REVIEW_CLAIM, variables("input", input), authorization, Claim.class);
    }

    public Uni<Boolean> deleteClaim(String id, String authorization) {
        return service.one(DELETE_CLAIM, variables("id", id), authorization, Boolean.class);
    }

    public Uni<Article> importBundle(BundleInput input, String authorization) {
        return service.one(IMPORT_BUNDLE, variables("input", input), authorization, Article.class);
    }
}
