package io.corroborate.claims.review.graphql;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

import io.corroborate.claims.claim.Claim;
import io.corroborate.claims.common.error.GraphQLOperation;
import io.corroborate.claims.common.security.Caller;
import io.corroborate.claims.common.security.Role;
import io.corroborate.claims.review.Review;
import io.corroborate.claims.review.ReviewClaimInput;
import io.corroborate.claims.review.service.ReviewService;
import io.smallrye.mutiny.Uni;

@GraphQLApi
@GraphQLOperation
public class ReviewGraphQLApi {

    private final ReviewService reviews;
    private final Caller caller;

    public ReviewGraphQLApi(ReviewService reviews, Caller caller) {
        this.reviews = reviews;
        this.caller = caller;
    }

    @Mutation
    @Description("Gives a verdict on a claim; it becomes the claim's status and credibility. Needs the editor role.")
    public Uni<@NonNull Claim> reviewClaim(@NonNull ReviewClaimInput input) {
        String reviewer = caller.require(Role.EDITOR);
        return reviews.review(reviewer, input);
    }

    @Description("Every review of this claim, oldest first.")
    public Uni<List<@NonNull List<@NonNull Review>>> reviews(@Source List<Claim> claims) {
        List<UUID> ids = claims.stream().map(claim -> claim.id).toList();
        return reviews.forClaims(ids).map(byClaim -> ids.stream().map(id -> byClaim.getOrDefault(id, List.of())).toList());
    }
}
