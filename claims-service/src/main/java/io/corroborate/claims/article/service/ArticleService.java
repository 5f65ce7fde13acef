package io.corroborate.claims.article.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.corroborate.claims.article.Article;
import io.corroborate.claims.article.ArticleCriteria;
import io.corroborate.claims.article.ArticleUrls;
import io.corroborate.claims.article.CreateArticleInput;
import io.corroborate.claims.article.repository.ArticleRepository;
import io.corroborate.claims.common.Batches;
import io.corroborate.claims.common.Marking;
import io.corroborate.claims.common.Timestamps;
import io.corroborate.claims.common.error.ApiException;
import io.corroborate.claims.common.input.Inputs;
import io.corroborate.claims.common.paging.PageRequest;
import io.corroborate.claims.common.paging.Slice;
import io.corroborate.claims.source.service.SourceReferences;
import io.corroborate.claims.source.service.SourceVisibility;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class ArticleService {

    private final ArticleRepository repository;
    private final SourceReferences sourceReferences;
    private final SourceVisibility sourceVisibility;

    public ArticleService(ArticleRepository repository, SourceReferences sourceReferences,
            SourceVisibility sourceVisibility) {
        this.sourceVisibility = sourceVisibility;
        this.repository = repository;
        this.sourceReferences = sourceReferences;
    }

    @WithSession
    public Uni<Article> get(UUID id) {
        return repository.findVisible(id).onItem().ifNull().failWith(() -> ApiException.notFound("Article", id));
    }

    /** Articles in the order of {@code ids}, null where none exists or the id is null. */
    @WithSession
    public Uni<List<Article>> byIds(List<UUID> ids) {
        return repository.findByIds(ids.stream().filter(Objects::nonNull).distinct().toList())
                .map(found -> Batches.inOrder(ids, found, article -> article.id));
    }

    @WithSession
    public Uni<Slice<Article>> page(ArticleCriteria criteria, PageRequest page) {
        if (criteria.publisherSourceIds().isEmpty()) {
            return repository.page(criteria, page);
        }
        // A publisher the caller may not see matches nothing, exactly like an id that does not exist.
        List<UUID> asked = criteria.publisherSourceIds();
        return sourceVisibility.visible(asked).chain(visible -> {
            List<UUID> shown = new ArrayList<>();
            for (int i = 0; i < asked.size(); i++) {
                if (visible.get(i)) {
                    shown.add(asked.get(i));
                }
            }
            return shown.isEmpty() ? Uni.createFrom().item(new Slice<Article>(List.of(), 0))
                    : repository.page(criteria.withPublishers(shown), page);
        });
    }

    /** Checks the publisher with sources-service, then stores the article. */
    public Uni<Article> create(String user, CreateArticleInput input) {
        Article article = build(user, input);
        return sourceReferences.resolve(publisherReference(article))
                .invoke(survivors -> article.publisherSourceId = survivorOf(article.publisherSourceId, survivors))
                .chain(() -> Panache.withTransaction(() -> repository.findByUrl(article.url).chain(existing -> {
                    if (existing != null) {
                        // No id: the existing article may be above the caller's clearance.
                        throw ApiException.conflict("An article with URL " + article.url + " already exists");
                    }
                    return repository.persist(article);
                })));
    }

    /** The live source an id now stands for (itself unless merged); null stays null. */
    public static UUID survivorOf(UUID sourceId, Map<UUID, UUID> survivors) {
        return sourceId == null ? null : survivors.getOrDefault(sourceId, sourceId);
    }

    /** The publisher as a source reference to check, if the article names one. */
    public static List<SourceReferences.Reference> publisherReference(Article article) {
        return article.publisherSourceId == null ? List.of()
                : List.of(new SourceReferences.Reference("input.publisherSourceId", article.publisherSourceId));
    }

    /** Finds the article with the built article's URL, or stores it; used by bundle imports, inside their transaction. */
    public Uni<FoundOrCreated> findOrCreate(Article article) {
        return repository.findByUrl(article.url).chain(existing -> existing == null
                ? repository.persist(article).map(created -> new FoundOrCreated(created, true))
                // Idempotent for whoever may see the article; for anyone else its URL is simply taken.
                : repository.findVisible(existing.id).onItem().ifNull().failWith(() -> ApiException.conflict(
                        "An article with URL " + article.url + " already exists"))
                        .map(visible -> new FoundOrCreated(visible, false)));
    }

    public record FoundOrCreated(Article article, boolean created) {
    }

    /** Whether the article exists and the caller may see it (a claim may only cite an article its author can see). */
    public Uni<Boolean> exists(UUID id) {
        return repository.findVisible(id).map(Objects::nonNull);
    }

    /** A new article from validated input; nothing is stored yet. */
    public static Article build(String user, CreateArticleInput input) {
        Article article = new Article();
        article.id = UUID.randomUUID();
        article.url = ArticleUrls.normalize("input.url", input.url());
        article.title = Inputs.text("input.title", input.title(), 500);
        article.publisherSourceId = Inputs.optionalId("input.publisherSourceId", input.publisherSourceId());
        article.publishedAt = Timestamps.normalize(input.publishedAt());
        String language = Inputs.optionalText("input.language", input.language(), 3);
        if (language != null && !language.toLowerCase(Locale.ROOT).matches("[a-z]{2,3}")) {
            throw ApiException.validation("input.language", "must be an ISO 639 code such as \"en\"");
        }
        article.language = language == null ? null : language.toLowerCase(Locale.ROOT);
        article.retrievedAt = Timestamps.normalize(input.retrievedAt());
        article.marking = input.marking() == null ? Marking.CLEAR : input.marking();
        article.createdBy = user;
        article.createdAt = Timestamps.now();
        article.updatedAt = article.createdAt;
        return article;
    }
}
