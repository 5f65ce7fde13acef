package io.corroborate.sources.independence;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

@Description("Sources that cannot count as independent of one another, and the links that tie them together.")
public record IndependenceGroup(
        @NonNull @Description("The requested ids that fall into this group, in request order.") List<@NonNull String> sourceIds,
        @NonNull @Description("The paths joining them, one link per step; empty for a group of one.") List<@NonNull IndependenceLink> links) {
}
