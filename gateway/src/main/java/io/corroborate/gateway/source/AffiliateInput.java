package io.corroborate.gateway.source;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Description("A dependency of one source on another (employee of, owned by, spokesperson for...), optionally between two dates.")
@Input("AffiliateInput")
public record AffiliateInput(@Id @NonNull String sourceId, @Id @NonNull String targetSourceId, @NonNull AffiliationType type,
        LocalDate validFrom, LocalDate validTo) {
}
