package io.corroborate.claims.article.graphql;

import org.eclipse.microprofile.graphql.NonNull;

import io.corroborate.claims.article.Article;

public record ArticleEdge(@NonNull String cursor, @NonNull Article node) {
}
