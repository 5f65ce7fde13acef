package io.corroborate.sources.trackrecord;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import io.corroborate.sources.rating.ReliabilityGrade;

/** The Beta-Binomial model and its grade mapping, checked against closed-form values. */
class ReliabilityModelTest {

    private final ReliabilityModel model = new ReliabilityModel(1, 1, 5, 0.5);

    @Test
    void withNoEvidenceTheEstimateIsTheUniformPriorAndTheGradeIsF() {
        ReliabilityModel.Estimate estimate = model.estimate(0, 0, 0);
        assertEquals(0.5, estimate.score(), 1e-9);
        assertEquals(0.05, estimate.lower(), 1e-6);
        assertEquals(0.95, estimate.upper(), 1e-6);
        assertEquals(ReliabilityGrade.F, estimate.grade());
    }

    @Test
    void tenConfirmationsGiveBeta11And1WhoseQuantilesAreKnown() {
        // Beta(11, 1) has CDF x^11, so its p-quantile is p^(1/11).
        ReliabilityModel.Estimate estimate = model.estimate(10, 0, 0);
        assertEquals(11.0 / 12, estimate.score(), 1e-9);
        assertEquals(Math.pow(0.05, 1.0 / 11), estimate.lower(), 1e-6);
        assertEquals(Math.pow(0.95, 1.0 / 11), estimate.upper(), 1e-6);
        assertEquals(ReliabilityGrade.B, estimate.grade());
        assertEquals(10, estimate.sampleSize());
    }

    @Test
    void aShortPerfectRecordCannotJudgeReliability() {
        assertEquals(ReliabilityGrade.F, model.estimate(4, 0, 0).grade());
    }

    @Test
    void gradesFollowTheLowerBoundOfTheInterval() {
        assertEquals(ReliabilityGrade.A, model.estimate(60, 0, 0).grade());
        assertEquals(ReliabilityGrade.C, model.estimate(30, 10, 0).grade());
        assertEquals(ReliabilityGrade.D, model.estimate(15, 10, 0).grade());
        assertEquals(ReliabilityGrade.E, model.estimate(2, 10, 0).grade());
    }

    @Test
    void aMisleadingVerdictCountsHalfSuccessHalfFailure() {
        ReliabilityModel.Estimate misleading = model.estimate(0, 0, 2);
        ReliabilityModel.Estimate split = model.estimate(1, 1, 0);
        assertEquals(split.score(), misleading.score(), 1e-12);
        assertEquals(split.lower(), misleading.lower(), 1e-9);
    }
}
