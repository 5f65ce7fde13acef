package io.corroborate.gateway.source;

import static io.corroborate.gateway.downstream.GraphQLService.operation;
import static io.corroborate.gateway.downstream.GraphQLService.variables;

import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.bind.Jsonb;

import io.corroborate.gateway.downstream.DownstreamSelection;
import io.corroborate.gateway.downstream.GraphQLService;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;

/**
 * sources-service's GraphQL API (configuration key {@code sources}). Every call carries the caller's own token and
 * asks for the selection it is given: what the client selected, with the keys the gateway joins on.
 */
@ApplicationScoped
public class SourcesClient {

    private final GraphQLService service;

    public SourcesClient(Vertx vertx, Jsonb jsonb) {
        this.service = new GraphQLService("sources", vertx, jsonb);
    }

    public Uni<Source> source(String id, DownstreamSelection selection, String authorization) {
        return service.one(operation("query", "$id: ID!", "source(id: $id)", selection), variables("id", id), authorization,
                Source.class);
    }

    public Uni<SourceConnection> sources(Integer first, String after, SourceFilter filter, DownstreamSelection selection,
            String authorization) {
        return service.one(operation("query", "$first: Int, $after: String, $filter: SourceFilter",
                "sources(first: $first, after: $after, filter: $filter)", selection),
                variables("first", first, "after", after, "filter", filter), authorization, SourceConnection.class);
    }

    public Uni<List<Source>> searchSources(String text, int first, DownstreamSelection selection, String authorization) {
        return service.list(operation("query", "$text: String!, $first: Int", "searchSources(text: $text, first: $first)", selection),
                variables("text", text, "first", first), authorization, Source.class);
    }

    /** The sources with these ids, in the same order, null where none is visible. */
    public Uni<List<Source>> sourcesByIds(List<String> ids, DownstreamSelection selection, String authorization) {
        return service.list(operation("query", "$ids: [String!]!", "sourcesByIds(ids: $ids)", selection), variables("ids", ids),
                authorization, Source.class);
    }

    public Uni<Source> createSource(CreateSourceInput input, DownstreamSelection selection, String authorization) {
        return service.one(operation("mutation", "$input: CreateSourceInput!", "createSource(input: $input)", selection),
                variables("input", input), authorization, Source.class);
    }

    public Uni<Source> updateSource(String id, int version, UpdateSourceInput input, DownstreamSelection selection,
            String authorization) {
        return service.one(operation("mutation", "$id: ID!, $version: Int!, $input: UpdateSourceInput!",
                "updateSource(id: $id, version: $version, input: $input)", selection),
                variables("id", id, "version", version, "input", input), authorization, Source.class);
    }

    public Uni<Affiliation> affiliate(AffiliateInput input, DownstreamSelection selection, String authorization) {
        return service.one(operation("mutation", "$input: AffiliateInput!", "affiliate(input: $input)", selection),
                variables("input", input), authorization, Affiliation.class);
    }

    public Uni<Source> unaffiliate(String affiliationId, DownstreamSelection selection, String authorization) {
        return service.one(operation("mutation", "$affiliationId: ID!", "unaffiliate(affiliationId: $affiliationId)", selection),
                variables("affiliationId", affiliationId), authorization, Source.class);
    }

    public Uni<Source> addAlias(String sourceId, String alias, DownstreamSelection selection, String authorization) {
        return service.one(operation("mutation", "$sourceId: ID!, $alias: String!", "addAlias(sourceId: $sourceId, alias: $alias)",
                selection), variables("sourceId", sourceId, "alias", alias), authorization, Source.class);
    }

    public Uni<Source> removeAlias(String sourceId, String alias, DownstreamSelection selection, String authorization) {
        return service.one(operation("mutation", "$sourceId: ID!, $alias: String!", "removeAlias(sourceId: $sourceId, alias: $alias)",
                selection), variables("sourceId", sourceId, "alias", alias), authorization, Source.class);
    }

    public Uni<List<IndependenceGroup>> independenceGroups(List<String> sourceIds, LocalDate asOf, DownstreamSelection selection,
            String authorization) {
        return service.list(operation("query", "$sourceIds: [String!]!, $asOf: Date", "independenceGroups(sourceIds: $sourceIds, asOf: $asOf)",
                selection), variables("sourceIds", sourceIds, "asOf", asOf), authorization, IndependenceGroup.class);
    }

    public Uni<Source> rateSource(RateSourceInput input, DownstreamSelection selection, String authorization) {
        return service.one(operation("mutation", "$input: RateSourceInput!", "rateSource(input: $input)", selection),
                variables("input", input), authorization, Source.class);
    }

    public Uni<Source> mergeSources(String survivorId, String duplicateId, DownstreamSelection selection, String authorization) {
        return service.one(operation("mutation", "$survivorId: ID!, $duplicateId: ID!",
                "mergeSources(survivorId: $survivorId, duplicateId: $duplicateId)", selection),
                variables("survivorId", survivorId, "duplicateId", duplicateId), authorization, Source.class);
    }
}
