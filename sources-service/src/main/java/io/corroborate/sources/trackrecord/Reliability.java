package io.corroborate.sources.trackrecord;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import io.corroborate.sources.rating.Rating;

@Description("How far a source can be trusted: what editors assessed, and what its track record shows.")
public record Reliability(
        @Description("The newest editor rating for the topic (or overall); null when never rated.") Rating assessed,
        @NonNull ComputedReliability computed,
        @NonNull CarriedRecord carried,
        @NonNull @Description("Every recomputation of the computed reliability, oldest first.") List<@NonNull ComputedReliability> history,
        @NonNull @Description("Every editor rating, oldest first.") List<@NonNull Rating> assessments) {
}
