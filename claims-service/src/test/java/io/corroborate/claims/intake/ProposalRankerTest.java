package io.corroborate.claims.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import io.corroborate.claims.intake.engine.ProposalRanker;
import io.corroborate.claims.intake.engine.ProposalRanker.Labelled;

/**
 * How the engine learns how sure to be of a proposal: from proposals whose truth is known, it puts at the default
 * threshold (0.5) or above as many as it can while at least 71 % of those are wholly right, and the rest below.
 */
class ProposalRankerTest {

    @Test
    void proposalsLikeThoseThatWereRightComeAtTheDefaultThresholdAndThoseLikeTheWrongOnesBelow() {
        ProposalRanker ranker = ProposalRanker.fit(rightOrWrongByTheirFeatures(), 120);

        assertTrue(ranker.confidence(new double[] {1, 0}) >= 0.5);
        assertTrue(ranker.confidence(new double[] {0, 1}) < 0.5);
    }

    @Test
    void aProposalAHairLessLikeTheRightOnesThanAnyInTrainingIsStillAdmitted() {
        // The cut lies halfway between the last proposal admitted in training and the first left out, not on the last.
        ProposalRanker ranker = ProposalRanker.fit(rightOrWrongByTheirFeatures(), 120);

        assertTrue(ranker.confidence(new double[] {0.9, 0.1}) >= 0.5, "confidence " + ranker.confidence(new double[] {0.9, 0.1}));
        assertTrue(ranker.confidence(new double[] {0.1, 0.9}) < 0.5);
    }

    @Test
    void theDefaultThresholdAdmitsTheMostSourcesWhileSeventyOnePercentOfTheAdmittedAreWhollyRight() {
        // One feature: the higher it is, the likelier the proposal is right; where it is low, right half the time.
        Random random = new Random(3);
        List<Labelled> proposals = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            double x = random.nextDouble();
            boolean right = random.nextDouble() < 0.3 + 0.7 * x;
            proposals.add(new Labelled(new double[] {x}, right, right));
        }

        ProposalRanker ranker = ProposalRanker.fit(proposals, 2000);

        List<Labelled> admitted = proposals.stream().filter(p -> ranker.confidence(p.features()) >= 0.5).toList();
        double precision = admitted.stream().filter(Labelled::whole).count() / (double) admitted.size();
        assertTrue(precision >= 0.71, "precision " + precision);
        assertTrue(precision < 0.75, "no more cautious than it must be: " + precision);
        assertTrue(admitted.size() > 1000, "the likelier half and more, not " + admitted.size());
    }

    @Test
    void whereNoShareOfTheProposalsIsRightOftenEnoughNoneReachesTheDefaultThreshold() {
        List<Labelled> proposals = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            proposals.add(new Labelled(new double[] {i % 2}, i % 3 == 0, i % 3 == 0));
        }

        ProposalRanker ranker = ProposalRanker.fit(proposals, 100);

        assertEquals(0, proposals.stream().filter(p -> ranker.confidence(p.features()) >= 0.5).count());
    }

    /** A hundred proposals with the first feature, all wholly right, and a hundred with the second, all wrong. */
    private static List<Labelled> rightOrWrongByTheirFeatures() {
        List<Labelled> proposals = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            proposals.add(new Labelled(new double[] {1, 0}, true, true));
            proposals.add(new Labelled(new double[] {0, 1}, false, false));
        }
        return proposals;
    }
}
