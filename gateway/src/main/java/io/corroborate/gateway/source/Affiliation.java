package io.corroborate.gateway.source;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

@Description("A typed, dated link from one source to another.")
public record Affiliation(@NonNull @Id String id, @NonNull @Id String sourceId, @NonNull @Id String targetSourceId,
        @NonNull AffiliationType type, LocalDate validFrom, LocalDate validTo) {
}
