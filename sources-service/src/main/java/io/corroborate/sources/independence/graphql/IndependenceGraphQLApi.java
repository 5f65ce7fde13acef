package io.corroborate.sources.independence.graphql;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import io.corroborate.sources.common.error.ApiException;
import io.corroborate.sources.common.error.GraphQLOperation;
import io.corroborate.sources.common.input.Inputs;
import io.corroborate.sources.common.security.Caller;
import io.corroborate.sources.common.security.Role;
import io.corroborate.sources.independence.IndependenceGroup;
import io.corroborate.sources.independence.IndependenceRequest;
import io.corroborate.sources.independence.service.IndependenceService;
import io.smallrye.mutiny.Uni;

@GraphQLApi
@GraphQLOperation
public class IndependenceGraphQLApi {

    private static final int MAX_SOURCES = 200;
    /** A page of claims (up to 500 for claims-service's circular-reporting filter) with a few origins each. */
    private static final int MAX_BATCH_SOURCES = 5000;

    private final IndependenceService independence;
    private final Caller caller;

    public IndependenceGraphQLApi(IndependenceService independence, Caller caller) {
        this.independence = independence;
        this.caller = caller;
    }

    @Query
    @Description("Splits the sources into groups that cannot count as independent of each other on the day asOf"
            + " (today when left out): the same source, also through a merge, or joined by affiliations in force that day,"
            + " directly or transitively. Each group carries the links that explain it.")
    public Uni<@NonNull List<@NonNull IndependenceGroup>> independenceGroups(@NonNull List<@NonNull String> sourceIds,
            LocalDate asOf) {
        caller.require(Role.VIEWER);
        if (sourceIds.size() > MAX_SOURCES) {
            throw ApiException.validation("sourceIds", "at most " + MAX_SOURCES + " sources per call");
        }
        return independence.groups(sourceIds.stream().map(id -> Inputs.id("sourceIds", id)).toList(),
                asOf == null ? LocalDate.now(ZoneOffset.UTC) : asOf);
    }

    @Query
    @Description("independenceGroups for many questions at once (one per claim of a page, each with its own day), in"
            + " request order: one call however many there are.")
    public Uni<@NonNull List<@NonNull List<@NonNull IndependenceGroup>>> independenceGroupsBatch(
            @NonNull List<@NonNull IndependenceRequest> requests) {
        caller.require(Role.VIEWER);
        if (requests.stream().mapToInt(request -> request.sourceIds().size()).sum() > MAX_BATCH_SOURCES) {
            throw ApiException.validation("requests", "at most " + MAX_BATCH_SOURCES + " sources per call");
        }
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        return independence.groupsBatch(requests.stream().map(request -> new IndependenceService.Question(
                request.sourceIds().stream().map(id -> Inputs.id("requests.sourceIds", id)).toList(),
                request.asOf() == null ? today : request.asOf())).toList());
    }
}
