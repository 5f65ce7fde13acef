package io.corroborate.sources.trackrecord.graphql;

import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;

import io.corroborate.sources.common.error.GraphQLOperation;
import io.corroborate.sources.rating.service.RatingService;
import io.corroborate.sources.source.Source;
import io.corroborate.sources.trackrecord.Reliability;
import io.corroborate.sources.trackrecord.service.ReliabilityService;
import io.smallrye.mutiny.Uni;

@GraphQLApi
@GraphQLOperation
public class ReliabilityGraphQLApi {

    private final ReliabilityService reliability;

    public ReliabilityGraphQLApi(ReliabilityService reliability) {
        this.reliability = reliability;
    }

    @NonNull
    @Description("How far the source can be trusted, overall or for a topic, now or as it was known at asOf. Three"
            + " queries for a whole page of sources; one set of arguments per request (BatchedFieldArguments).")
    public Uni<List<@NonNull Reliability>> reliability(@org.eclipse.microprofile.graphql.Source List<Source> sources,
            String topic, OffsetDateTime asOf) {
        return reliability.of(sources.stream().map(source -> source.id).toList(), RatingService.topic("topic", topic), asOf);
    }
}
