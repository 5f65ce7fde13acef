package io.corroborate.claims.corroboration;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

import io.corroborate.claims.source.graphql.Source;

@Description("Origins that cannot count as independent of one another, the reports that come from them, and why.")
public record OriginGroup(
        @NonNull @Description("The origin sources in the group.") List<@NonNull String> sourceIds,
        @NonNull @Description("The ids of the claims (reports) whose origin is in the group.") List<@NonNull String> reportIds,
        @NonNull @Description("Why the sources go together: affiliations in force on the day, or merges.") List<@NonNull OriginLink> links,
        @NonNull @Description("The reason in words.") String reason,
        @NonNull @Description("True when reports from this group also contradict the claim: its support is withdrawn"
                + " while that stands (README: Corroboration).") boolean disputed) {

    @NonNull
    @Description("The origin sources themselves; their fields come from sources-service.")
    public List<@NonNull Source> getSources() {
        return sourceIds.stream().map(Source::new).toList();
    }
}
