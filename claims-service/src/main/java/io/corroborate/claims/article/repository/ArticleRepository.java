package io.corroborate.claims.article.repository;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.corroborate.claims.article.Article;
import io.corroborate.claims.article.ArticleCriteria;
import io.corroborate.claims.common.paging.PageRequest;
import io.corroborate.claims.common.paging.Slice;
import io.corroborate.claims.common.security.Caller;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;

/**
 * Reads show only articles the caller's clearance covers. {@link #findByUrl} does not: it guards the uniqueness of
 * URLs, which holds across all markings.
 */
@ApplicationScoped
public class ArticleRepository implements PanacheRepositoryBase<Article, UUID> {

    private final Caller caller;

    public ArticleRepository(Caller caller) {
        this.caller = caller;
    }

    /** The article, if it exists and the caller may see it; otherwise null. */
    public Uni<Article> findVisible(UUID id) {
        return find("id = ?1 and marking in ?2", id, caller.visibleMarkings()).firstResult();
    }

    public Uni<Article> findByUrl(String normalizedUrl) {
        return find("url", normalizedUrl).firstResult();
    }

    public Uni<List<Article>> findByIds(Collection<UUID> ids) {
        return ids.isEmpty() ? Uni.createFrom().item(List.of()) : list("id in ?1 and marking in ?2", ids, caller.visibleMarkings());
    }

    /** Newest first, keyset on (createdAt, id). */
    public Uni<Slice<Article>> page(ArticleCriteria criteria, PageRequest page) {
        StringBuilder where = new StringBuilder("marking in :visible");
        Parameters parameters = Parameters.with("visible", caller.visibleMarkings());
        if (criteria.search() != null) {
            where.append(" and lower(title) like :search");
            parameters.and("search", "%" + criteria.search().toLowerCase(java.util.Locale.ROOT) + "%");
        }
        if (!criteria.publisherSourceIds().isEmpty()) {
            where.append(" and publisherSourceId in :publishers");
            parameters.and("publishers", criteria.publisherSourceIds());
        }
        if (criteria.language() != null) {
            where.append(" and language = :language");
            parameters.and("language", criteria.language());
        }
        if (criteria.publishedFrom() != null) {
            where.append(" and publishedAt >= :publishedFrom");
            parameters.and("publishedFrom", criteria.publishedFrom());
        }
        if (criteria.publishedTo() != null) {
            where.append(" and publishedAt <= :publishedTo");
            parameters.and("publishedTo", criteria.publishedTo());
        }
        if (!criteria.markings().isEmpty()) {
            where.append(" and marking in :markings");
            parameters.and("markings", criteria.markings());
        }
        String filter = where.toString();
        Parameters pageParameters = new Parameters();
        parameters.map().forEach(pageParameters::and);
        StringBuilder pageWhere = new StringBuilder(filter);
        if (page.after() != null) {
            pageWhere.append(" and (createdAt < :afterValue or (createdAt = :afterValue and id < :afterId))");
            pageParameters.and("afterValue", page.after().timeValue()).and("afterId", page.after().uuid());
        }
        return (page.countTotal() ? count(filter, parameters) : Uni.createFrom().item(0L)).chain(total -> find(pageWhere + " order by createdAt desc, id desc", pageParameters)
                .range(0, page.fetchSize() - 1).list()
                .map(articles -> new Slice<>(articles, total)));
    }
}
