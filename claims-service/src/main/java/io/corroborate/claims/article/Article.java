package io.corroborate.claims.article;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Version;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

import io.corroborate.claims.common.Marking;
import io.smallrye.graphql.api.federation.FieldSet;
import io.smallrye.graphql.api.federation.Key;

@Entity
@Key(fields = @FieldSet("id"))
@Description("A published piece of reporting in which claims appeared.")
public class Article {

    @jakarta.persistence.Id
    @Id
    @NonNull
    public UUID id;

    @NonNull
    @Description("The article's URL, normalized: lower-case scheme and host, no fragment, no tracking parameters.")
    public String url;

    @NonNull
    public String title;

    /** Shown through ArticleGraphQLApi, which leaves it out when the caller may not see the publisher. */
    @Ignore
    public UUID publisherSourceId;

    public OffsetDateTime publishedAt;

    @Description("ISO 639 language code, for example \"en\".")
    public String language;

    @Description("When the analyst retrieved it.")
    public OffsetDateTime retrievedAt;

    @NonNull
    @Enumerated(EnumType.STRING)
    public Marking marking = Marking.CLEAR;

    @NonNull
    @Version
    public int version;

    @NonNull
    public String createdBy;

    @NonNull
    public OffsetDateTime createdAt;

    @NonNull
    public OffsetDateTime updatedAt;
}
