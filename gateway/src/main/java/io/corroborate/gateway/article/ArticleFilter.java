package io.corroborate.gateway.article;

import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

import io.corroborate.gateway.common.Marking;
import io.smallrye.graphql.api.Nullable;

@Description("Narrows a list of articles; all given conditions must hold.")
@Input("ArticleFilter")
public record ArticleFilter(String search, @Nullable List<@NonNull String> publisherSourceIds, String language,
        OffsetDateTime publishedFrom, OffsetDateTime publishedTo, @Nullable List<@NonNull Marking> markings) {
}
