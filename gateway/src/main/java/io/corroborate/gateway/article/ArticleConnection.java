package io.corroborate.gateway.article;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import io.corroborate.gateway.common.paging.PageInfo;

@Description("A page of articles (Relay connection).")
public record ArticleConnection(@NonNull List<@NonNull ArticleEdge> edges, @NonNull PageInfo pageInfo, @NonNull int totalCount) {
}
