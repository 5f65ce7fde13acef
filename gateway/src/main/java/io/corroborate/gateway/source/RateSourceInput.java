package io.corroborate.gateway.source;

import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("RateSourceInput")
public record RateSourceInput(@NonNull String sourceId, @NonNull ReliabilityGrade grade, @NonNull String rationale,
        String topic) {
}
