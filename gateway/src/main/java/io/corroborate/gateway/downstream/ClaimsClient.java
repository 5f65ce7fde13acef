package io.corroborate.gateway.downstream;

import java.util.List;

import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import io.corroborate.gateway.article.Article;
import io.corroborate.gateway.article.ArticleConnection;
import io.corroborate.gateway.article.ArticleFilter;
import io.corroborate.gateway.article.CreateArticleInput;
import io.corroborate.gateway.claim.BundleInput;
import io.corroborate.gateway.claim.ClaimRelation;
import io.corroborate.gateway.claim.CreateClaimInput;
import io.corroborate.gateway.claim.RelateClaimsInput;
import io.corroborate.gateway.claim.ReviewClaimInput;
import io.corroborate.gateway.claim.UpdateClaimInput;
import io.corroborate.gateway.claim.Claim;
import io.corroborate.gateway.claim.ClaimConnection;
import io.corroborate.gateway.claim.ClaimFilter;
import io.corroborate.gateway.claim.ClaimOrder;
import io.corroborate.gateway.claim.HopRole;
import io.corroborate.gateway.claim.SourceClaims;
import io.corroborate.gateway.corroboration.Corroboration;
import io.smallrye.graphql.client.typesafe.api.GraphQLClientApi;
import io.smallrye.graphql.client.typesafe.api.Header;
import io.smallrye.mutiny.Uni;

/** claims-service, as a typed GraphQL client. Every call carries the caller's own token. */
@GraphQLClientApi(configKey = "claims")
public interface ClaimsClient {

    @Query("claim")
    Uni<Claim> claim(@NonNull @Id String id, @Header(name = "Authorization") String authorization);

    @Query("claims")
    Uni<ClaimConnection> claims(Integer first, String after, ClaimFilter filter, ClaimOrder orderBy,
            @Header(name = "Authorization") String authorization);

    @Query("claimsBySources")
    Uni<List<SourceClaims>> claimsBySources(@NonNull List<@NonNull String> sourceIds, HopRole role, Integer first,
            @Header(name = "Authorization") String authorization);

    @Query("article")
    Uni<Article> article(@NonNull @Id String id, @Header(name = "Authorization") String authorization);

    @Query("articles")
    Uni<ArticleConnection> articles(Integer first, String after, ArticleFilter filter,
            @Header(name = "Authorization") String authorization);

    @Mutation("createArticle")
    Uni<Article> createArticle(@NonNull CreateArticleInput input, @Header(name = "Authorization") String authorization);

    @Mutation("createClaim")
    Uni<Claim> createClaim(@NonNull CreateClaimInput input, @Header(name = "Authorization") String authorization);

    @Mutation("updateClaim")
    Uni<Claim> updateClaim(@NonNull @Id String id, int version, @NonNull UpdateClaimInput input,
            @Header(name = "Authorization") String authorization);

    @Mutation("relateClaims")
    Uni<ClaimRelation> relateClaims(@NonNull RelateClaimsInput input, @Header(name = "Authorization") String authorization);

    @Mutation("reviewClaim")
    Uni<Claim> reviewClaim(@NonNull ReviewClaimInput input, @Header(name = "Authorization") String authorization);

    @Mutation("deleteClaim")
    Uni<Boolean> deleteClaim(@NonNull @Id String id, @Header(name = "Authorization") String authorization);

    @Mutation("importBundle")
    Uni<Article> importBundle(@NonNull BundleInput input, @Header(name = "Authorization") String authorization);

    @Query("articlesByIds")
    Uni<List<Article>> articlesByIds(@NonNull List<@NonNull String> ids, @Header(name = "Authorization") String authorization);

    @Query("corroborations")
    Uni<List<Corroboration>> corroborations(@NonNull List<@NonNull String> claimIds,
            @Header(name = "Authorization") String authorization);
}
