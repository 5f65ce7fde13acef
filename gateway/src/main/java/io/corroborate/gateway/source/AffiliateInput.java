package io.corroborate.gateway.source;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("AffiliateInput")
public record AffiliateInput(@NonNull String sourceId, @NonNull String targetSourceId, @NonNull AffiliationType type,
        LocalDate validFrom, LocalDate validTo) {
}
