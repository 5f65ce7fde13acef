package io.corroborate.claims.article.graphql;

import java.util.List;

import org.eclipse.microprofile.graphql.NonNull;

import io.corroborate.claims.common.paging.PageInfo;

public record ArticleConnection(@NonNull List<@NonNull ArticleEdge> edges, @NonNull PageInfo pageInfo,
        @NonNull int totalCount) {
}
