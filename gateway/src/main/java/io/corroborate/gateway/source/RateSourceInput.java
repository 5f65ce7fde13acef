package io.corroborate.gateway.source;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Description("An analyst's Admiralty rating of a source, with the reasons for it.")
@Input("RateSourceInput")
public record RateSourceInput(@Id @NonNull String sourceId, @NonNull ReliabilityGrade grade, @NonNull String rationale,
        String topic) {
}
