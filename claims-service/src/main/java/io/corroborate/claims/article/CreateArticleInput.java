package io.corroborate.claims.article;

import org.eclipse.microprofile.graphql.Id;
import java.time.OffsetDateTime;

import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

import io.corroborate.claims.common.Marking;

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
