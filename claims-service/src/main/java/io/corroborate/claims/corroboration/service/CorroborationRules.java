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
 * <p>An origin group with reports on both sides (it supports the claim and also contradicts it, say imagery first
 * showing a bridge destroyed and later intact) is <em>disputed</em>: its support is withdrawn, and it counts on neither
 * side, since it cannot be independent evidence against itself. With S the undisputed independent origin groups behind
 * the claim and its supporting reports, and C the groups behind contradicting reports that have no report on the
 * supporting side, the suggested Admiralty credibility is:
 * <ul>
 * <li>1, confirmed: S &ge; 2 and C = 0 (STANAG 2511: confirmed by other independent sources);</li>
 * <li>2, probably true: S &ge; 2 and 0 &lt; C &lt; S;</li>
 * <li>3, possibly true: S = 1 and C = 0, however many reports repeat that one origin;</li>
 * <li>4, doubtful: C &ge; S &ge; 2;</li>
 * <li>5, improbable: C &ge; 1 and S &le; 1, independent origins contradict it and none supports it;</li>
 * <li>6, cannot be judged: S = 0 and C = 0 (no origin the caller may see, or only disputed ones).</li>
 * </ul>
 * While any group is disputed, the claim is at best 3, possibly true.
 */
public final class CorroborationRules {

    /** The best credibility a claim can have while one of its origins contradicts itself. */
    static final int BEST_WHILE_DISPUTED = 3;

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
            boolean contradicts = !reportsFrom(group, contradicting).isEmpty();
            if (!supportReports.isEmpty()) {
                originGroups.add(new OriginGroup(group.sourceIds(), supportReports, links(group), reason(group, supportReports),
                        contradicts));
            } else if (contradicts) {
                independentContradictions++;
            }
        }
        List<OriginGroup> circular = originGroups.stream().filter(group -> group.reportIds().size() >= 2).toList();
        List<OriginGroup> disputed = originGroups.stream().filter(OriginGroup::disputed).toList();
        int independentOrigins = originGroups.size() - disputed.size();
        int credibility = suggestedCredibility(independentOrigins, independentContradictions, !disputed.isEmpty());
        return new Corroboration(supporting, originGroups, independentOrigins, !circular.isEmpty(), circular,
                new Contradiction(contradicting, independentContradictions), credibility,
                explanation(supportSide.size(), independentOrigins, circular, disputed, contradicting.size(),
                        independentContradictions, credibility));
    }

    static int suggestedCredibility(int supportingOrigins, int contradictingOrigins, boolean disputed) {
        int byCounts = suggestedCredibility(supportingOrigins, contradictingOrigins);
        return disputed && byCounts < 6 ? Math.max(byCounts, BEST_WHILE_DISPUTED) : byCounts;
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
        return group.links().stream()
                .map(link -> new OriginLink(link.fromSourceId(), link.toSourceId(), link.type(), link.validFrom(), link.validTo()))
                .toList();
    }

    private static String reason(IndependenceGroup group, List<String> reports) {
        if (!group.links().isEmpty()) {
            return group.sourceIds().size() + " origins joined by " + linkTypes(group)
                    + (reports.size() > 1 ? "; " + reports.size() + " reports come from them" : "");
        }
        return reports.size() > 1 ? reports.size() + " reports trace back to one origin" : "one origin";
    }

    /** The kinds of link that join a group, each once, with the dates that bound it: "EMPLOYED_BY until 2020-06-30". */
    private static String linkTypes(IndependenceGroup group) {
        Set<String> types = new LinkedHashSet<>();
        for (IndependenceGroup.Link link : group.links()) {
            String since = link.validFrom() == null ? "" : " from " + link.validFrom();
            String until = link.validTo() == null ? "" : " until " + link.validTo();
            types.add(link.type() + since + until);
        }
        return joinInWords(new ArrayList<>(types));
    }

    private static String explanation(int reports, int origins, List<OriginGroup> circular, List<OriginGroup> disputed,
            int contradictingReports, int contradictingOrigins, int credibility) {
        StringBuilder text = new StringBuilder();
        text.append(count(reports, "report")).append(" from ").append(count(origins, "independent origin"))
                .append(reports == 1 ? " supports" : " support").append(" the claim");
        if (!circular.isEmpty()) {
            int repeated = circular.stream().mapToInt(group -> group.reportIds().size()).sum();
            text.append("; circular reporting: ").append(repeated).append(" reports repeat ")
                    .append(circular.size() == 1 ? "one origin" : circular.size() + " origins");
            List<String> joins = circular.stream().filter(group -> !group.links().isEmpty()).map(group -> {
                Set<String> types = new LinkedHashSet<>();
                group.links().forEach(link -> types.add(link.type()
                        + (link.validFrom() == null ? "" : " from " + link.validFrom())
                        + (link.validTo() == null ? "" : " until " + link.validTo())));
                return String.join(" and ", types);
            }).toList();
            if (!joins.isEmpty()) {
                text.append(" (joined by ").append(String.join("; ", joins)).append(')');
            }
        }
        text.append(". ");
        if (!disputed.isEmpty()) {
            text.append(disputed.size() == 1 ? "One origin both supports and contradicts it, so its support is withdrawn"
                    : disputed.size() + " origins both support and contradict it, so their support is withdrawn")
                    .append(" and the claim is at best possibly true. ");
        }
        if (contradictingReports == 0) {
            text.append("Nothing contradicts it. ");
        } else {
            text.append(count(contradictingReports, "report")).append(" from ")
                    .append(count(contradictingOrigins, "independent origin"))
                    .append(contradictingReports == 1 ? " contradicts" : " contradict").append(" it. ");
        }
        return text.append("Suggested credibility: ").append(credibility).append('.').toString();
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private static String joinInWords(List<String> items) {
        if (items.size() <= 1) {
            return String.join("", items);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }
}
