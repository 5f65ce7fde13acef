package io.corroborate.gateway.corroboration;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("How far a claim is corroborated, counting independent origins only: five outlets repeating one"
        + " ambassador are one origin, not five confirmations.")
public record Corroboration(
        @NonNull @Description("The claims that SUPPORT it (either direction) or DUPLICATE it, with their origins.")
        List<@NonNull Report> supporting,
        @NonNull @Description("The origins of this claim and of its supporting claims, grouped by independence on the"
                + " claim's date, each with the reason its sources go together.") List<@NonNull OriginGroup> originGroups,
        @NonNull @Description("How many independent origin groups stand behind the claim.") int independentOrigins,
        @NonNull @Description("True when two or more of the reports trace back to one origin group.") boolean circularReporting,
        @NonNull @Description("The origin groups behind more than one report, with those reports.") List<@NonNull OriginGroup> circularReports,
        @NonNull @Description("The claims that CONTRADICT it, and how many independent origins they have.") Contradiction contradicting,
        @NonNull @Description("An Admiralty information credibility (1-6) suggested by these counts; the reviewer's"
                + " credibility stays the official one.") int suggestedCredibility,
        @NonNull @Description("The counts in a sentence or two.") String explanation) {
}
