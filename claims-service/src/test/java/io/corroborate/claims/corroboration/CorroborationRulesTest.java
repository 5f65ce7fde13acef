package io.corroborate.claims.corroboration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.corroborate.claims.corroboration.service.CorroborationRules;
import io.corroborate.claims.relation.RelationType;
import io.corroborate.claims.source.client.IndependenceGroup;

/** The suggestion rules of README "Corroboration", on hand-made groups (sources-service is tested on its own). */
class CorroborationRulesTest {

    private static final Report CLAIM = new Report("c0", "Wounded Russians are treated in North Korea.", "gazeta", null);

    @ParameterizedTest(name = "{0} supporting and {1} contradicting independent origins suggest {2}")
    @CsvSource({"2, 0, 1", "3, 1, 2", "1, 0, 3", "2, 2, 4", "2, 3, 4", "1, 1, 5", "0, 1, 5", "0, 0, 6"})
    void theSuggestedCredibilityFollowsTheCounts(int supporting, int contradicting, int expected) {
        List<Report> supports = java.util.stream.IntStream.range(0, supporting)
                .mapToObj(i -> new Report("s" + i, "support", "support-origin-" + i, RelationType.SUPPORTS)).toList();
        List<Report> contradicts = java.util.stream.IntStream.range(0, contradicting)
                .mapToObj(i -> new Report("k" + i, "contradiction", "contra-origin-" + i, RelationType.CONTRADICTS)).toList();
        Report self = new Report("c0", "claim", supporting == 0 ? null : "support-origin-0", null);
        List<IndependenceGroup> groups = new java.util.ArrayList<>();
        supports.forEach(report -> groups.add(new IndependenceGroup(List.of(report.originSourceId()), List.of())));
        contradicts.forEach(report -> groups.add(new IndependenceGroup(List.of(report.originSourceId()), List.of())));

        Corroboration result = CorroborationRules.assess(self, supports, contradicts, groups);

        assertEquals(expected, result.suggestedCredibility(), result.explanation());
    }

    @Test
    void relaysOfOneAmbassadorAreOneOriginAndCircularReporting() {
        // The ambassador's words, reported by Rossiyskaya Gazeta and by the ISW: two reports, one origin.
        Report self = new Report("c0", "North Korea treats wounded Russians", "matsegora", null);
        Report viaIsw = new Report("c1", "North Korea refused compensation", "matsegora", RelationType.SUPPORTS);
        Corroboration result = CorroborationRules.assess(self, List.of(viaIsw), List.of(),
                List.of(new IndependenceGroup(List.of("matsegora"), List.of())));

        assertEquals(1, result.independentOrigins());
        assertTrue(result.circularReporting());
        assertEquals(List.of("c0", "c1"), result.circularReports().get(0).reportIds());
        assertEquals(3, result.suggestedCredibility(), "two reports of one origin are not a confirmation");
    }

    @Test
    void affiliatedOriginsAreOneGroupWithTheirLinksAndAContradictionFromOutsideCounts() {
        Report self = new Report("c0", "Hundreds destroyed", "zelensky", null);
        Report kovalenko = new Report("c1", "Same assault groups losing", "kovalenko", RelationType.SUPPORTS);
        Report nkNews = new Report("c2", "Tactics as deadly", "nknews", RelationType.SUPPORTS);
        Report russia = new Report("c3", "No losses", "mod-russia", RelationType.CONTRADICTS);
        List<IndependenceGroup> groups = List.of(
                new IndependenceGroup(List.of("zelensky", "kovalenko"), List.of(
                        new IndependenceGroup.Link("zelensky", "gov-ukraine", "SPEAKS_FOR", null, null),
                        new IndependenceGroup.Link("kovalenko", "ccd", "EMPLOYED_BY", null, LocalDate.parse("2020-06-30")))),
                new IndependenceGroup(List.of("nknews"), List.of()),
                new IndependenceGroup(List.of("mod-russia"), List.of()));

        Corroboration result = CorroborationRules.assess(self, List.of(kovalenko, nkNews), List.of(russia), groups);

        assertEquals(2, result.independentOrigins());
        assertTrue(result.circularReporting(), "Zelensky and Kovalenko both speak for Ukraine's government");
        assertTrue(result.originGroups().get(0).reason().contains("SPEAKS_FOR"));
        assertEquals(1, result.contradicting().independentOrigins());
        assertEquals(2, result.suggestedCredibility());
        assertEquals("3 reports from 2 independent origins support the claim; circular reporting: 2 reports repeat one"
                + " origin (joined by SPEAKS_FOR and EMPLOYED_BY until 2020-06-30). 1 report from 1 independent origin"
                + " contradicts it. Suggested credibility: 2.", result.explanation(),
                "the explanation names the decisive reason, and its verbs agree in number");
    }

    @Test
    void anOriginThatContradictsItsOwnSupportIsWithdrawnAndTheClaimIsAtBestPossiblyTrue() {
        // Satellite imagery first shows the bridge destroyed (the claim, and an agency's report), then intact.
        Report self = new Report("c0", "The bridge is destroyed", "imagery", null);
        Report agency = new Report("c1", "The bridge is down", "agency", RelationType.SUPPORTS);
        Report later = new Report("c2", "The bridge stands", "imagery", RelationType.CONTRADICTS);
        List<IndependenceGroup> groups = List.of(new IndependenceGroup(List.of("imagery"), List.of()),
                new IndependenceGroup(List.of("agency"), List.of()));

        Corroboration result = CorroborationRules.assess(self, List.of(agency), List.of(later), groups);

        assertTrue(result.originGroups().get(0).disputed(), "the imagery supports and contradicts the claim");
        assertFalse(result.originGroups().get(1).disputed());
        assertEquals(1, result.independentOrigins(), "the imagery's support is withdrawn");
        assertEquals(0, result.contradicting().independentOrigins(), "nor does it count against the claim");
        assertEquals(3, result.suggestedCredibility(), "at best possibly true while the dispute stands");
        assertTrue(result.explanation().contains("One origin both supports and contradicts it, so its support is withdrawn"
                + " and the claim is at best possibly true."), result.explanation());
    }

    @Test
    void aDisputeAloneLeavesNothingToJudge() {
        Report self = new Report("c0", "The bridge is destroyed", "imagery", null);
        Report later = new Report("c1", "The bridge stands", "imagery", RelationType.CONTRADICTS);

        Corroboration result = CorroborationRules.assess(self, List.of(), List.of(later),
                List.of(new IndependenceGroup(List.of("imagery"), List.of())));

        assertEquals(0, result.independentOrigins());
        assertEquals(6, result.suggestedCredibility());
    }

    @Test
    void oneReportAgreesInNumber() {
        Corroboration result = CorroborationRules.assess(CLAIM, List.of(), List.of(
                new Report("k0", "Not treated", "gazeta", RelationType.CONTRADICTS)),
                List.of(new IndependenceGroup(List.of("gazeta"), List.of())));
        assertTrue(result.explanation().startsWith("1 report from 0 independent origins supports the claim."), result.explanation());
    }
}
