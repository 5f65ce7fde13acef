package io.corroborate.gateway.article;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

import io.corroborate.gateway.common.Marking;

@Input("CreateArticleInput")
public record CreateArticleInput(
        @NonNull String url,
        @NonNull String title,
        String publisherSourceId,
        OffsetDateTime publishedAt,
        String language,
        OffsetDateTime retrievedAt,
        Marking marking) {
}
