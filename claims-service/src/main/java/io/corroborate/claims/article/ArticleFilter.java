package io.corroborate.claims.article;

import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.graphql.Input;

import io.smallrye.graphql.api.Nullable;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

import io.corroborate.claims.common.Marking;

@Description("Narrows an articles page. Every condition given must hold; a list matches any of its values.")
@Input("ArticleFilter")
public record ArticleFilter(
        @Description("Words in the title.") String search,
        @Nullable List<@NonNull String> publisherSourceIds,
        String language,
        OffsetDateTime publishedFrom,
        OffsetDateTime publishedTo,
        @Nullable List<@NonNull Marking> markings) {
}
