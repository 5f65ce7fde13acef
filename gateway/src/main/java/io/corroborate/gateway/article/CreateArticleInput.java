package io.corroborate.gateway.article;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

import io.corroborate.gateway.common.Marking;

@Description("A new article: where it was published, by whom and when.")
@Input("CreateArticleInput")
public record CreateArticleInput(
        @NonNull String url,
        @NonNull String title,
        @Id String publisherSourceId,
        OffsetDateTime publishedAt,
        String language,
        OffsetDateTime retrievedAt,
        Marking marking) {
}
