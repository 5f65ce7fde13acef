package io.corroborate.gateway.article;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import io.corroborate.gateway.downstream.JoinKeys;

/** What claims-service is asked in place of the article fields ArticleGraphQLApi resolves. */
@ApplicationScoped
public class ArticleJoinKeys implements JoinKeys {

    @Override
    public Map<String, String> byField() {
        return Map.of(
                "Article.publisher", "publisherSourceId",
                "Article.claims", "id");
    }
}
