package io.corroborate.gateway.article;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("One article of a page, with its cursor.")
public record ArticleEdge(@NonNull String cursor, @NonNull Article node) {
}
