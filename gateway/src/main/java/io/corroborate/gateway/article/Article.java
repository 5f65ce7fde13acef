package io.corroborate.gateway.article;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

import io.corroborate.gateway.common.Marking;

@Description("A published piece of reporting in which claims appeared.")
public record Article(
        @NonNull @Id String id,
        @NonNull String url,
        @NonNull String title,
        @Id String publisherSourceId,
        OffsetDateTime publishedAt,
        String language,
        OffsetDateTime retrievedAt,
        @NonNull Marking marking,
        @NonNull int version,
        @NonNull String createdBy,
        @NonNull OffsetDateTime createdAt) {
}
