package io.corroborate.gateway.claim;

import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

import io.corroborate.gateway.common.Marking;
import io.smallrye.graphql.api.Nullable;

@Input("ClaimFilter")
@Description("Narrows a claims page. Every condition given must hold; a list matches any of its values.")
public record ClaimFilter(
        @Description("Full-text search over statement and quote.") String search,
        @Nullable List<@NonNull ClaimStatus> status,
        @Nullable List<@NonNull String> topics,
        @Nullable List<@NonNull Integer> credibility,
        OffsetDateTime claimedFrom,
        OffsetDateTime claimedTo,
        @Nullable List<@NonNull Marking> markings,
        @Description("Any hop of the chain.") @Nullable List<@NonNull String> sourceIds,
        @Nullable List<@NonNull String> originSourceIds,
        @Nullable List<@NonNull String> relaySourceIds,
        @Id String articleId,
        @Description("true: only claims with circular reporting (two or more of their supporting reports trace back to"
                + " one origin group). Only true is accepted.") Boolean circularReporting) {
}
