package io.corroborate.sources.trackrecord.graphql;

import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;

import graphql.normalized.ExecutableNormalizedOperation;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.FieldCoordinates;
import io.corroborate.sources.common.error.GraphQLOperation;
import io.corroborate.sources.common.limits.BatchedFieldArguments;
import io.corroborate.sources.rating.service.RatingService;
import io.corroborate.sources.source.Source;
import io.corroborate.sources.trackrecord.Reliability;
import io.corroborate.sources.trackrecord.service.ReliabilityService;
import io.smallrye.graphql.api.Context;
import io.smallrye.mutiny.Uni;

@GraphQLApi
@GraphQLOperation
public class ReliabilityGraphQLApi {

    private static final FieldCoordinates HISTORY = FieldCoordinates.coordinates("Reliability", "history");

    private final ReliabilityService reliability;
    private final Context context;

    public ReliabilityGraphQLApi(ReliabilityService reliability, Context context) {
        this.reliability = reliability;
        this.context = context;
    }

    @NonNull
    @Description("How far the source can be trusted, overall or for a topic, now or as it was known at asOf. Three"
            + " queries for a whole page of sources; one set of arguments per request (BatchedFieldArguments).")
    public Uni<List<@NonNull Reliability>> reliability(@org.eclipse.microprofile.graphql.Source List<Source> sources,
            String topic, OffsetDateTime asOf) {
        return reliability.of(sources.stream().map(source -> source.id).toList(), RatingService.topic("topic", topic), asOf,
                historySelected());
    }

    /**
     * Whether the request selects Reliability.history anywhere: the batch serves every occurrence of the field, so its
     * own selection alone does not say (BatchedFieldArguments keeps the normalized operation for the request).
     */
    private boolean historySelected() {
        ExecutableNormalizedOperation operation = context.unwrap(DataFetchingEnvironment.class).getGraphQlContext()
                .get(BatchedFieldArguments.NORMALIZED_OPERATION);
        return operation == null || operation.getCoordinatesToNormalizedFields().containsKey(HISTORY);
    }
}
