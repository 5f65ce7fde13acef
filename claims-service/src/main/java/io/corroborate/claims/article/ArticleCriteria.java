package io.corroborate.claims.article;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import io.corroborate.claims.common.Marking;
import io.corroborate.claims.common.input.Inputs;

/** An {@link ArticleFilter} after validation. */
public record ArticleCriteria(
        String search,
        List<UUID> publisherSourceIds,
        String language,
        OffsetDateTime publishedFrom,
        OffsetDateTime publishedTo,
        List<Marking> markings) {

    public static ArticleCriteria from(ArticleFilter filter) {
        if (filter == null) {
            return new ArticleCriteria(null, List.of(), null, null, null, List.of());
        }
        return new ArticleCriteria(
                Inputs.optionalText("filter.search", filter.search(), 200),
                filter.publisherSourceIds() == null ? List.of()
                        : filter.publisherSourceIds().stream().map(id -> Inputs.id("filter.publisherSourceIds", id)).toList(),
                Inputs.optionalText("filter.language", filter.language(), 3),
                filter.publishedFrom(),
                filter.publishedTo(),
                filter.markings() == null ? List.of() : filter.markings());
    }

    public ArticleCriteria withPublishers(List<UUID> publishers) {
        return new ArticleCriteria(search, publishers, language, publishedFrom, publishedTo, markings);
    }
}
