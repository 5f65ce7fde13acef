package io.corroborate.gateway.source;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("Reliability learned from the track record: the posterior of a Beta-Binomial model (see the README).")
public record ComputedReliability(@NonNull double score, @NonNull double lower, @NonNull double upper,
        @NonNull ReliabilityGrade grade, @NonNull int sampleSize, @NonNull int confirmed, @NonNull int refuted,
        @NonNull int misleading, OffsetDateTime computedAt, String topic) {
}
