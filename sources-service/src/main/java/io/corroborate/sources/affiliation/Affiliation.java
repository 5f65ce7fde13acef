package io.corroborate.sources.affiliation;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

@Entity
@Description("A typed, dated link from one source to another, for example Kovalenko SPEAKS_FOR the Center for Countering Disinformation.")
public class Affiliation {

    @jakarta.persistence.Id
    @Id
    @NonNull
    public UUID id;

    @Id
    @NonNull
    public UUID sourceId;

    @Id
    @NonNull
    public UUID targetSourceId;

    @NonNull
    @Enumerated(EnumType.STRING)
    public AffiliationType type;

    @Description("First day in force; open when null.")
    public LocalDate validFrom;

    @Description("Last day in force; open when null.")
    public LocalDate validTo;

    @NonNull
    public String createdBy;

    @NonNull
    public OffsetDateTime createdAt;

    /** Whether the affiliation was in force on the day. */
    public boolean inForceOn(LocalDate day) {
        return (validFrom == null || !day.isBefore(validFrom)) && (validTo == null || !day.isAfter(validTo));
    }
}
