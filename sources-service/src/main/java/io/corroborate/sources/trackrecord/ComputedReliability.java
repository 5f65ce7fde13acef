package io.corroborate.sources.trackrecord;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import io.corroborate.sources.rating.ReliabilityGrade;

@Description("Reliability learned from the track record: the posterior of a Beta-Binomial model over the claims this"
        + " source originated that were later confirmed or refuted.")
public record ComputedReliability(
        @NonNull @Description("Posterior mean probability that a claim from this source is true.") double score,
        @NonNull @Description("Lower end of the 90% credible interval.") double lower,
        @NonNull @Description("Upper end of the 90% credible interval.") double upper,
        @NonNull @Description("F below the minimum number of resolved claims; otherwise from the lower bound.") ReliabilityGrade grade,
        @NonNull int sampleSize,
        @NonNull int confirmed,
        @NonNull int refuted,
        @NonNull int misleading,
        @Description("When this was learned (the time of the verdict that changed it); null before any verdict.") OffsetDateTime computedAt,
        @Description("The topic, or null for the overall record.") String topic) {

    public static ComputedReliability of(ReliabilitySnapshot snapshot) {
        return new ComputedReliability(snapshot.score, snapshot.lowerBound, snapshot.upperBound,
                ReliabilityGrade.valueOf(snapshot.grade), snapshot.confirmed + snapshot.refuted + snapshot.misleading,
                snapshot.confirmed, snapshot.refuted, snapshot.misleading, snapshot.computedAt,
                snapshot.topic.isEmpty() ? null : snapshot.topic);
    }

    /** What the model says with no resolved claims at all: the prior. */
    public static ComputedReliability prior(ReliabilityModel model, String topic) {
        ReliabilityModel.Estimate estimate = model.estimate(0, 0, 0);
        return new ComputedReliability(estimate.score(), estimate.lower(), estimate.upper(), estimate.grade(), 0, 0, 0, 0,
                null, topic);
    }
}
