package io.corroborate.claims.intake.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/** How a proposal's statement is written from what was said. */
class ProposalStatementTest {

    @Test
    void aContentBecomesASentenceWithoutItsQuotationMarksOrLeadingThat() {
        assertEquals("They refused the offer.", IntakeService.statement(List.of("that they “refused the offer,”")));
    }

    @Test
    void passagesOfOneQuotationBecomeConsecutiveSentences() {
        assertEquals("The front is quiet. Nobody has moved for a week.",
                IntakeService.statement(List.of("“The front is quiet,”", "“Nobody has moved for a week.”")));
    }

    @Test
    void aPassageThatGoesOnMidSentenceJoinsTheOneBefore() {
        assertEquals("Hundreds of soldiers have been destroyed in the latest fighting.",
                IntakeService.statement(List.of("“Hundreds of soldiers,”", "“have been destroyed” in the latest fighting")));
    }
}
