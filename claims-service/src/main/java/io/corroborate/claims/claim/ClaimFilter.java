package io.corroborate.claims.claim;

import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.graphql.Input;

import io.smallrye.graphql.api.Nullable;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

import io.corroborate.claims.common.Marking;

@Description("Narrows a claims page. Every condition given must hold; a list matches any of its values.")
@Input("ClaimFilter")
public record ClaimFilter(
        @Description("Full-text search over statement and quote (web-search syntax: words, \"phrases\", -not).") String search,
        @Nullable List<@NonNull ClaimStatus> status,
        @Description("Claims carrying any of these topics.") @Nullable List<@NonNull String> topics,
        @Description("Claims whose credibility is any of these grades.") @Nullable List<@NonNull Integer> credibility,
        @Description("Claimed at or after this time.") OffsetDateTime claimedFrom,
        @Description("Claimed at or before this time.") OffsetDateTime claimedTo,
        @Nullable List<@NonNull Marking> markings,
        @Description("Claims with any of these sources anywhere in their chain.") @Nullable List<@NonNull String> sourceIds,
        @Description("Claims whose origin is any of these sources.") @Nullable List<@NonNull String> originSourceIds,
        @Description("Claims relayed by any of these sources.") @Nullable List<@NonNull String> relaySourceIds,
        @Id String articleId,
        @Description("true: only claims with circular reporting (two or more of their supporting reports trace back to"
                + " one origin group). Only true is accepted.") Boolean circularReporting) {
}
