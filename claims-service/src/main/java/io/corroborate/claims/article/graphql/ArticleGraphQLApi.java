package io.corroborate.claims.article.graphql;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import io.corroborate.claims.article.Article;
import io.corroborate.claims.article.ArticleCriteria;
import io.corroborate.claims.article.ArticleFilter;
import io.corroborate.claims.article.CreateArticleInput;
import io.corroborate.claims.article.service.ArticleService;
import io.corroborate.claims.claim.Claim;
import io.corroborate.claims.claim.ClaimCriteria;
import io.corroborate.claims.claim.ClaimOrder;
import io.corroborate.claims.claim.ClaimParts;
import io.corroborate.claims.claim.graphql.ClaimConnection;
import io.corroborate.claims.claim.graphql.ClaimSelection;
import io.corroborate.claims.claim.graphql.Connections;
import io.corroborate.claims.claim.service.ClaimService;
import io.corroborate.claims.common.error.GraphQLOperation;
import io.corroborate.claims.common.input.Inputs;
import io.corroborate.claims.common.paging.Cursor;
import io.corroborate.claims.common.paging.PageRequest;
import io.corroborate.claims.common.paging.Paging;
import io.corroborate.claims.common.security.Caller;
import io.corroborate.claims.common.security.Role;
import io.corroborate.claims.source.service.SourceVisibility;
import io.smallrye.graphql.api.federation.Resolver;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

@GraphQLApi
@GraphQLOperation
public class ArticleGraphQLApi {

    private final ArticleService articles;
    private final ClaimService claims;
    private final Paging paging;
    private final Caller caller;
    private final SourceVisibility sourceVisibility;
    private final ClaimSelection selection;

    public ArticleGraphQLApi(ArticleService articles, ClaimService claims, Paging paging, Caller caller,
            SourceVisibility sourceVisibility, ClaimSelection selection) {
        this.selection = selection;
        this.sourceVisibility = sourceVisibility;
        this.articles = articles;
        this.claims = claims;
        this.paging = paging;
        this.caller = caller;
    }

    @Query
    @Description("One article. A missing article is a NOT_FOUND error.")
    public Uni<@NonNull Article> article(@NonNull @Id String id) {
        caller.require(Role.VIEWER);
        return articles.get(Inputs.id("id", id));
    }

    @Query
    @Description("A page of articles, newest first.")
    public Uni<@NonNull ArticleConnection> articles(Integer first, String after, ArticleFilter filter) {
        caller.require(Role.VIEWER);
        ArticleCriteria criteria = ArticleCriteria.from(filter);
        PageRequest page = paging.request(first, after, "articles|" + criteria);
        return articles.page(criteria, page).map(slice -> paging.connection(slice.fetched(), page,
                slice.totalCount(), article -> Cursor.of(article.createdAt, article.id), ArticleEdge::new,
                ArticleConnection::new));
    }

    @Query
    @Description("Batch look-up: the articles with these ids, in the same order, null where none exists.")
    public Uni<@NonNull List<Article>> articlesByIds(@NonNull List<@NonNull String> ids) {
        caller.require(Role.VIEWER);
        return articles.byIds(ids.stream().map(value -> Inputs.id("ids", value)).toList());
    }

    /** Federation entity resolver for Article, batched. */
    @Resolver
    public Uni<List<Article>> articlesById(List<String> id) {
        caller.require(Role.VIEWER);
        return articles.byIds(id.stream().map(value -> Inputs.id("id", value)).toList());
    }

    @Mutation
    @Description("Records an article. Its URL is normalized and must be new (CONFLICT otherwise). Needs the analyst role.")
    public Uni<@NonNull Article> createArticle(@NonNull CreateArticleInput input) {
        String user = caller.require(Role.ANALYST);
        caller.requireClearanceFor("input.marking", input.marking());
        return articles.create(user, input);
    }

    @Description("The article the claim was read in; null when you may not see it.")
    public Uni<List<Article>> article(@Source List<Claim> claims) {
        return articles.byIds(claims.stream().map(claim -> claim.articleId).toList());
    }

    @Id
    @Description("The id of the article the analyst read the claim in; null when you may not see that article.")
    public Uni<List<String>> articleId(@Source List<Claim> claims) {
        return article(claims).map(found -> found.stream().map(article -> article == null ? null : article.id.toString())
                .toList());
    }

    @Id
    @Description("The outlet that published it, in sources-service; null when you may not see that source.")
    public Uni<List<String>> publisherSourceId(@Source List<Article> articles) {
        return visiblePublishers(articles, id -> id.toString());
    }

    @Description("The publishing outlet itself; its fields come from sources-service. Null when you may not see it.")
    public Uni<List<io.corroborate.claims.source.graphql.Source>> publisher(@Source List<Article> articles) {
        return visiblePublishers(articles, id -> new io.corroborate.claims.source.graphql.Source(id.toString()));
    }

    /** One batched visibility check for a page of articles: a hidden publisher is left out, its id too. */
    private <T> Uni<List<T>> visiblePublishers(List<Article> page, Function<UUID, T> field) {
        List<UUID> publishers = page.stream().map(article -> article.publisherSourceId).toList();
        return sourceVisibility.visible(publishers).map(visible -> {
            List<T> values = new ArrayList<>(page.size());
            for (int i = 0; i < page.size(); i++) {
                values.add(publishers.get(i) != null && visible.get(i) ? field.apply(publishers.get(i)) : null);
            }
            return values;
        });
    }

    @Description("The claims read in this article, newest first.")
    public Uni<List<@NonNull ClaimConnection>> claims(@Source List<Article> page, Integer first, String after) {
        List<UUID> ids = page.stream().map(article -> article.id).toList();
        if (after == null || after.isEmpty()) {
            // The first page of every article's claims in two queries, whatever the number of articles.
            return claims.firstPagesByArticle(ids, paging.request(first, null, "claimsByArticles"), selection.ofConnection()).map(slices -> {
                List<ClaimConnection> connections = new ArrayList<>(ids.size());
                for (int i = 0; i < ids.size(); i++) {
                    connections.add(Connections.claims(paging, slices.get(i), pageOf(ids.get(i), first, null), ClaimOrder.NEWEST_FIRST));
                }
                return connections;
            });
        }
        // A cursor belongs to one article's list, so later pages are read article by article (one session: in turn).
        ClaimParts parts = selection.ofConnection();
        return Multi.createFrom().iterable(ids)
                .onItem().transformToUniAndConcatenate(id -> {
                    PageRequest request = pageOf(id, first, after);
                    return claims.page(ClaimCriteria.from(null).withArticle(id), ClaimOrder.NEWEST_FIRST, request, parts)
                            .map(slice -> Connections.claims(paging, slice, request, ClaimOrder.NEWEST_FIRST));
                })
                .collect().asList();
    }

    /** One article's list of claims is the list claims(filter: {articleId}) gives: the same scope, the same cursors. */
    private PageRequest pageOf(UUID articleId, Integer first, String after) {
        return paging.request(first, after,
                Connections.scope(ClaimCriteria.from(null).withArticle(articleId), ClaimOrder.NEWEST_FIRST, false));
    }
}
