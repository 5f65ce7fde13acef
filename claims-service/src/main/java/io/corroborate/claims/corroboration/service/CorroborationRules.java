package io.corroborate.claims.corroboration.service;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.corroborate.claims.corroboration.Contradiction;
import io.corroborate.claims.corroboration.Corroboration;
import io.corroborate.claims.corroboration.OriginGroup;
import io.corroborate.claims.corroboration.OriginLink;
import io.corroborate.claims.corroboration.Report;
import io.corroborate.claims.source.client.IndependenceGroup;

/**
 * Turns a claim's reports and sources-service's independence groups into a {@link Corroboration}. Pure: the same
 * inputs give the same answer, so the rules are tested on their own.
 *
 * <p>With S the independent origin groups behind the claim and its supporting reports, and C the groups behind
 * contradicting reports that share no source with S, the suggested Admiralty credibility is:
 * <ul>
 * <li>1, confirmed: S &ge; 2 and C = 0 (STANAG 2511: confirmed by other independent sources);</li>
 * <li>2, probably true: S &ge; 2 and 0 &lt; C &lt; S;</li>
 * <li>3, possibly true: S = 1 and C = 0, however many reports repeat that one origin;</li>
 * <li>4, doubtful: C &ge; S &ge; 2;</li>
 * <li>5, improbable: C &ge; 1 and S &le; 1, independent origins contradict it and none supports it;</li>
 * <li>6, cannot be judged: S = 0 and C = 0 (no origin the caller may see).</li>
 * </ul>
 */
public final class CorroborationRules {

    private CorroborationRules() {
    }

    /**
     * @param self the claim itself as a report (relation null)
     * @param supporting its SUPPORTS and DUPLICATES reports
     * @param contradicting its CONTRADICTS reports
     * @param groups the independence groups of all their origins, on the claim's day (hidden sources left out)
     */
    public static Corroboration assess(Report self, List<Report> supporting, List<Report> contradicting,
            List<IndependenceGroup> groups) {
        List<Report> supportSide = new ArrayList<>();
        supportSide.add(self);
        supportSide.addAll(supporting);

        List<OriginGroup> originGroups = new ArrayList<>();
        int independentContradictions = 0;
        for (IndependenceGroup group : groups) {
            List<String> supportReports = reportsFrom(group, supportSide);
            if (!supportReports.isEmpty()) {
                originGroups.add(new OriginGroup(group.sourceIds(), supportReports, links(group), reason(group, supportReports)));
            } else if (!reportsFrom(group, contradicting).isEmpty()) {
                independentContradictions++;
            }
        }
        List<OriginGroup> circular = originGroups.stream().filter(group -> group.reportIds().size() >= 2).toList();
        int credibility = suggestedCredibility(originGroups.size(), independentContradictions);
        return new Corroboration(supporting, originGroups, originGroups.size(), !circular.isEmpty(), circular,
                new Contradiction(contradicting, independentContradictions), credibility,
                explanation(supportSide.size(), originGroups.size(), circular, contradicting.size(), independentContradictions,
                        credibility));
    }

    static int suggestedCredibility(int supportingOrigins, int contradictingOrigins) {
        if (supportingOrigins == 0 && contradictingOrigins == 0) {
            return 6;
        }
        if (contradictingOrigins == 0) {
            return supportingOrigins >= 2 ? 1 : 3;
        }
        if (supportingOrigins <= 1) {
            return 5;
        }
        return supportingOrigins > contradictingOrigins ? 2 : 4;
    }

    private static List<String> reportsFrom(IndependenceGroup group, List<Report> reports) {
        return reports.stream()
                .filter(report -> report.originSourceId() != null && group.sourceIds().contains(report.originSourceId()))
                .map(Report::claimId)
                .toList();
    }

    private static List<OriginLink> links(IndependenceGroup group) {
        return group.links().stream().map(link -> new OriginLink(link.fromSourceId(), link.toSourceId(), link.type())).toList();
    }

    private static String reason(IndependenceGroup group, List<String> reports) {
        if (!group.links().isEmpty()) {
            Set<String> types = new LinkedHashSet<>();
            group.links().forEach(link -> types.add(link.type()));
            return group.sourceIds().size() + " origins joined by " + String.join(", ", types)
                    + (reports.size() > 1 ? "; " + reports.size() + " reports come from them" : "");
        }
        return reports.size() > 1 ? reports.size() + " reports trace back to one origin" : "one origin";
    }

    private static String explanation(int reports, int origins, List<OriginGroup> circular, int contradictingReports,
            int contradictingOrigins, int credibility) {
        StringBuilder text = new StringBuilder();
        text.append(reports).append(reports == 1 ? " report" : " reports").append(" from ").append(origins)
                .append(origins == 1 ? " independent origin" : " independent origins").append(" support the claim");
        if (!circular.isEmpty()) {
            text.append("; circular reporting: ").append(circular.stream().mapToInt(g -> g.reportIds().size()).sum())
                    .append(" reports repeat ").append(circular.size() == 1 ? "one origin" : circular.size() + " origins");
        }
        text.append(". ");
        if (contradictingReports == 0) {
            text.append("Nothing contradicts it. ");
        } else {
            text.append(contradictingReports).append(contradictingReports == 1 ? " report" : " reports")
                    .append(" from ").append(contradictingOrigins).append(" independent")
                    .append(contradictingOrigins == 1 ? " origin contradict" : " origins contradict").append(" it. ");
        }
        return text.append("Suggested credibility: ").append(credibility).append('.').toString();
    }
}
