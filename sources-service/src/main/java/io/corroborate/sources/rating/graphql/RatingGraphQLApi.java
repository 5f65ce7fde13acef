package io.corroborate.sources.rating.graphql;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;

import io.corroborate.sources.common.error.GraphQLOperation;
import io.corroborate.sources.common.security.Caller;
import io.corroborate.sources.common.security.Role;
import io.corroborate.sources.rating.RateSourceInput;
import io.corroborate.sources.rating.service.RatingService;
import io.corroborate.sources.source.Source;
import io.smallrye.mutiny.Uni;

@GraphQLApi
@GraphQLOperation
public class RatingGraphQLApi {

    private final RatingService ratings;
    private final Caller caller;

    public RatingGraphQLApi(RatingService ratings, Caller caller) {
        this.ratings = ratings;
        this.caller = caller;
    }

    @Mutation
    @Description("Rates a source A-F on the Admiralty scale, with a rationale and an optional topic. Ratings are"
            + " appended, never changed; the newest per topic counts. Needs the editor role.")
    public Uni<@NonNull Source> rateSource(@NonNull RateSourceInput input) {
        String editor = caller.require(Role.EDITOR);
        return ratings.rate(editor, input);
    }
}
