package io.corroborate.sources.source;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Version;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

import io.corroborate.sources.common.Marking;
import io.smallrye.graphql.api.federation.FieldSet;
import io.smallrye.graphql.api.federation.Key;

@Entity
@Key(fields = @FieldSet("id"))
@Description("Someone or something a claim can come from or pass through: a person, outlet, organisation or agency.")
public class Source {

    @jakarta.persistence.Id
    @Id
    @NonNull
    public UUID id;

    @NonNull
    public String name;

    @NonNull
    @Enumerated(EnumType.STRING)
    public SourceKind kind;

    public String description;

    @Description("ISO 3166-1 alpha-2 country code.")
    public String country;

    public String homepage;

    @Description("Wikidata item id, for example Q12345.")
    public String wikidataId;

    @NonNull
    @Enumerated(EnumType.STRING)
    public Marking marking = Marking.CLEAR;

    @Id
    @Description("Set when this source was merged into another as a duplicate; reads of this id return the survivor.")
    public UUID mergedInto;

    @NonNull
    @Version
    @Description("Pass this back to updateSource; a stale version is refused with CONFLICT.")
    public int version;

    @NonNull
    public String createdBy;

    @NonNull
    public OffsetDateTime createdAt;

    @NonNull
    public OffsetDateTime updatedAt;
}
