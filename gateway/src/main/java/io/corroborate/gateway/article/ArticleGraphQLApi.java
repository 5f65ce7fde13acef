package io.corroborate.gateway.article;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import io.corroborate.gateway.claim.ClaimConnection;
import io.corroborate.gateway.claim.ClaimFilter;
import io.corroborate.gateway.common.error.GraphQLOperation;
import io.corroborate.gateway.claim.ClaimsClient;
import io.corroborate.gateway.downstream.DownstreamCalls;
import io.corroborate.gateway.downstream.DownstreamSelection;
import io.corroborate.gateway.downstream.Selections;
import io.corroborate.gateway.source.SourceLoader;
import io.smallrye.mutiny.Uni;

@GraphQLApi
@GraphQLOperation
public class ArticleGraphQLApi {

    private final ClaimsClient claims;
    private final SourceLoader sources;
    private final DownstreamCalls calls;
    private final Selections selections;

    public ArticleGraphQLApi(ClaimsClient claims, SourceLoader sources, DownstreamCalls calls, Selections selections) {
        this.claims = claims;
        this.sources = sources;
        this.calls = calls;
        this.selections = selections;
    }

    @Query
    @Description("One article. An article that does not exist is NOT_FOUND.")
    public Uni<Article> article(@NonNull @Id String id) {
        DownstreamSelection selection = selections.ofThisField();
        return calls.toClaims(authorization -> claims.article(id, selection, authorization));
    }

    @Query
    @Description("A page of articles, newest first.")
    public Uni<@NonNull ArticleConnection> articles(Integer first, String after, ArticleFilter filter) {
        DownstreamSelection selection = selections.ofThisField();
        return calls.toClaims(authorization -> claims.articles(first, after, filter, selection, authorization));
    }

    @Mutation
    @Description("Records an article; its URL must be new (CONFLICT otherwise). Needs the analyst role.")
    public Uni<@NonNull Article> createArticle(@NonNull CreateArticleInput input) {
        DownstreamSelection selection = selections.ofThisField();
        return calls.toClaims(authorization -> claims.createArticle(input, selection, authorization));
    }

    @Description("The outlet that published the article.")
    public Uni<List<io.corroborate.gateway.source.Source>> publisher(@Source List<Article> articles) {
        return sources.load(articles.stream().map(Article::publisherSourceId).toList());
    }

    @Description("The claims read in this article, newest first.")
    public Uni<List<@NonNull ClaimConnection>> claims(@Source List<Article> page, Integer first, String after) {
        List<String> ids = page.stream().map(Article::id).toList();
        DownstreamSelection selection = selections.ofThisField();
        if (after == null) {
            // The first page of every article's claims in one call, whatever the number of articles.
            return calls.toClaims(authorization -> claims.claimsByArticles(ids, first, selection, authorization))
                    .map(found -> found.stream().map(ArticleClaims::claims).toList());
        }
        // A cursor belongs to one article's list, so a later page is read article by article.
        List<Uni<ClaimConnection>> pages = ids.stream().map(id -> calls.toClaims(authorization -> claims.claims(first, after,
                new ClaimFilter(null, null, null, null, null, null, null, null, null, null, id, null), null, selection, authorization)))
                .toList();
        return Uni.join().all(pages).andFailFast();
    }
}
