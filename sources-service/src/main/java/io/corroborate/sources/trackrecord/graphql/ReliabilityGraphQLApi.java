package io.corroborate.sources.trackrecord.graphql;

import java.time.OffsetDateTime;

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

    @Description("How far the source can be trusted, overall or for a topic, now or as it was known at asOf.")
    public Uni<@NonNull Reliability> reliability(@org.eclipse.microprofile.graphql.Source Source source, String topic,
            OffsetDateTime asOf) {
        return reliability.of(source.id, RatingService.topic("topic", topic), asOf);
    }
}
