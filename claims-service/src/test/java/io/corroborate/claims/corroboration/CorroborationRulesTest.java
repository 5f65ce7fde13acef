package io.corroborate.claims.corroboration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
                        new IndependenceGroup.Link("zelensky", "gov-ukraine", "SPEAKS_FOR"),
                        new IndependenceGroup.Link("kovalenko", "ccd", "EMPLOYED_BY"))),
                new IndependenceGroup(List.of("nknews"), List.of()),
                new IndependenceGroup(List.of("mod-russia"), List.of()));

        Corroboration result = CorroborationRules.assess(self, List.of(kovalenko, nkNews), List.of(russia), groups);

        assertEquals(2, result.independentOrigins());
        assertTrue(result.circularReporting(), "Zelensky and Kovalenko both speak for Ukraine's government");
        assertTrue(result.originGroups().get(0).reason().contains("SPEAKS_FOR"));
        assertEquals(1, result.contradicting().independentOrigins());
        assertEquals(2, result.suggestedCredibility());
        assertFalse(result.explanation().isBlank());
    }
}
