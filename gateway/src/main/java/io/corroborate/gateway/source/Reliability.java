package io.corroborate.gateway.source;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("How far a source can be trusted: what editors assessed, and what its track record shows.")
public record Reliability(AssessedReliability assessed, @NonNull ComputedReliability computed, @NonNull CarriedRecord carried,
        @NonNull List<@NonNull ComputedReliability> history,
        @NonNull @Description("Every editor rating, oldest first.") List<@NonNull AssessedReliability> assessments) {
}
