package io.corroborate.sources.trackrecord;

import io.corroborate.sources.rating.ReliabilityGrade;

/**
 * Computed reliability: a Beta-Binomial model of "a claim this source originated turns out true".
 *
 * <p>With a Beta(a, b) prior and s successes out of n resolved claims, the posterior is Beta(a + s, b + n - s).
 * Its mean is the score; its 5% and 95% quantiles bound the 90% credible interval. A MISLEADING verdict counts
 * as {@code misleadingWeight} of a success and the rest of a failure. Below {@code minimumSample} resolved
 * claims the grade is F ("reliability cannot be judged"); otherwise the grade follows the interval's lower bound,
 * so that a short record cannot earn a high grade:
 * A ≥ 0.90, B ≥ 0.75, C ≥ 0.55, D ≥ 0.35, E below.
 */
public record ReliabilityModel(double priorSuccesses, double priorFailures, int minimumSample, double misleadingWeight) {

    public record Estimate(double score, double lower, double upper, ReliabilityGrade grade, int sampleSize) {
    }

    public Estimate estimate(int confirmed, int refuted, int misleading) {
        int sample = confirmed + refuted + misleading;
        double successes = confirmed + misleadingWeight * misleading;
        double failures = refuted + (1 - misleadingWeight) * misleading;
        double alpha = priorSuccesses + successes;
        double beta = priorFailures + failures;
        double lower = BetaDistribution.quantile(0.05, alpha, beta);
        double upper = BetaDistribution.quantile(0.95, alpha, beta);
        return new Estimate(alpha / (alpha + beta), lower, upper, grade(lower, sample), sample);
    }

    private ReliabilityGrade grade(double lower, int sample) {
        if (sample < minimumSample) {
            return ReliabilityGrade.F;
        }
        if (lower >= 0.90) {
            return ReliabilityGrade.A;
        }
        if (lower >= 0.75) {
            return ReliabilityGrade.B;
        }
        if (lower >= 0.55) {
            return ReliabilityGrade.C;
        }
        if (lower >= 0.35) {
            return ReliabilityGrade.D;
        }
        return ReliabilityGrade.E;
    }
}
