package io.corroborate.sources.rating;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

@Entity
@Description("An editor's assessment of a source on the Admiralty scale. Ratings are never changed; the newest per topic counts.")
public class Rating {

    @jakarta.persistence.Id
    @Ignore
    public UUID id;

    @Id
    @NonNull
    public UUID sourceId;

    @NonNull
    @Enumerated(EnumType.STRING)
    public ReliabilityGrade grade;

    @NonNull
    public String rationale;

    @Description("The topic the rating is scoped to, for example \"military\"; null for an overall rating.")
    public String topic;

    @NonNull
    public String assessedBy;

    @NonNull
    public OffsetDateTime assessedAt;
}
