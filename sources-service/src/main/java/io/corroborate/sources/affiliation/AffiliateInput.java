package io.corroborate.sources.affiliation;

import org.eclipse.microprofile.graphql.Id;
import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("AffiliateInput")
public record AffiliateInput(@Id @NonNull String sourceId, @Id @NonNull String targetSourceId, @NonNull AffiliationType type,
        LocalDate validFrom, LocalDate validTo) {
}
