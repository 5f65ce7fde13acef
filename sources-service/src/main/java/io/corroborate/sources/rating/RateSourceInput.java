package io.corroborate.sources.rating;

import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("RateSourceInput")
public record RateSourceInput(@Id @NonNull String sourceId, @NonNull ReliabilityGrade grade, @NonNull String rationale,
        String topic) {
}
