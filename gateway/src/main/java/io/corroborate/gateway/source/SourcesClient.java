package io.corroborate.gateway.source;

import static io.corroborate.gateway.downstream.GraphQLService.operation;
import static io.corroborate.gateway.downstream.GraphQLService.variables;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.bind.Jsonb;

import io.corroborate.gateway.downstream.GraphQLService;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;

/** sources-service's GraphQL API (configuration key {@code sources}). Every call carries the caller's own token. */
@ApplicationScoped
public class SourcesClient {

    private static final String SOURCE = operation("query", "$id: ID!", "source(id: $id)", Source.class);
    private static final String SOURCES = operation("query", "$first: Int, $after: String, $filter: SourceFilter",
            "sources(first: $first, after: $after, filter: $filter)", SourceConnection.class);
    private static final String SEARCH_SOURCES = operation("query", "$text: String!, $first: Int",
            "searchSources(text: $text, first: $first)", Source.class);
    private static final String SOURCES_BY_IDS = operation("query", "$ids: [String!]!", "sourcesByIds(ids: $ids)", Source.class);
    private static final String CREATE_SOURCE = operation("mutation", "$input: CreateSourceInput!", "createSource(input: $input)",
            Source.class);
    private static final String UPDATE_SOURCE = operation("mutation", "$id: ID!, $version: Int!, $input: UpdateSourceInput!",
            "updateSource(id: $id, version: $version, input: $input)", Source.class);
    private static final String AFFILIATE = operation("mutation", "$input: AffiliateInput!", "affiliate(input: $input)",
            Affiliation.class);
    private static final String UNAFFILIATE = operation("mutation", "$affiliationId: ID!", "unaffiliate(affiliationId: $affiliationId)",
            Source.class);
    private static final String ADD_ALIAS = operation("mutation", "$sourceId: ID!, $alias: String!",
            "addAlias(sourceId: $sourceId, alias: $alias)", Source.class);
    private static final String REMOVE_ALIAS = operation("mutation", "$sourceId: ID!, $alias: String!",
            "removeAlias(sourceId: $sourceId, alias: $alias)", Source.class);
    private static final String INDEPENDENCE_GROUPS = operation("query", "$sourceIds: [String!]!, $asOf: Date",
            "independenceGroups(sourceIds: $sourceIds, asOf: $asOf)", IndependenceGroup.class);
    private static final String RELIABILITIES = operation("query", "$ids: [String!]!, $topic: String, $asOf: DateTime",
            "sourcesByIds(ids: $ids)", SourceReliability.class).replace("reliability {", "reliability(topic: $topic, asOf: $asOf) {");
    private static final String RATE_SOURCE = operation("mutation", "$input: RateSourceInput!", "rateSource(input: $input)",
            Source.class);
    private static final String MERGE_SOURCES = operation("mutation", "$survivorId: ID!, $duplicateId: ID!",
            "mergeSources(survivorId: $survivorId, duplicateId: $duplicateId)", Source.class);

    private final GraphQLService service;

    public SourcesClient(Vertx vertx, Jsonb jsonb) {
        this.service = new GraphQLService("sources", vertx, jsonb);
    }

    public Uni<Source> source(String id, String authorization) {
        return service.one(SOURCE, variables("id", id), authorization, Source.class);
    }

    public Uni<SourceConnection> sources(Integer first, String after, SourceFilter filter, String authorization) {
        return service.one(SOURCES, variables("first", first, "after", after, "filter", filter), authorization,
                SourceConnection.class);
    }

    public Uni<List<Source>> searchSources(String text, int first, String authorization) {
        return service.list(SEARCH_SOURCES, variables("text", text, "first", first), authorization, Source.class);
    }

    public Uni<List<Source>> sourcesByIds(List<String> ids, String authorization) {
        return service.list(SOURCES_BY_IDS, variables("ids", ids), authorization, Source.class);
    }

    public Uni<Source> createSource(CreateSourceInput input, String authorization) {
        return service.one(CREATE_SOURCE, variables("input", input), authorization, Source.class);
    }

    public Uni<Source> updateSource(String id, int version, UpdateSourceInput input, String authorization) {
        return service.one(UPDATE_SOURCE, variables("id", id, "version", version, "input", input), authorization, Source.class);
    }

    public Uni<Affiliation> affiliate(AffiliateInput input, String authorization) {
        return service.one(AFFILIATE, variables("input", input), authorization, Affiliation.class);
    }

    public Uni<Source> unaffiliate(String affiliationId, String authorization) {
        return service.one(UNAFFILIATE, variables("affiliationId", affiliationId), authorization, Source.class);
    }

    public Uni<Source> addAlias(String sourceId, String alias, String authorization) {
        return service.one(ADD_ALIAS, variables("sourceId", sourceId, "alias", alias), authorization, Source.class);
    }

    public Uni<Source> removeAlias(String sourceId, String alias, String authorization) {
        return service.one(REMOVE_ALIAS, variables("sourceId", sourceId, "alias", alias), authorization, Source.class);
    }

    public Uni<List<IndependenceGroup>> independenceGroups(List<String> sourceIds, LocalDate asOf, String authorization) {
        return service.list(INDEPENDENCE_GROUPS, variables("sourceIds", sourceIds, "asOf", asOf), authorization,
                IndependenceGroup.class);
    }

    /** Each source's reliability for a topic and as of a moment, in the order of {@code ids}, null where none is visible. */
    public Uni<List<SourceReliability>> reliabilities(List<String> ids, String topic, OffsetDateTime asOf, String authorization) {
        return service.list(RELIABILITIES, variables("ids", ids, "topic", topic, "asOf", asOf), authorization,
                SourceReliability.class);
    }

    public Uni<Source> rateSource(RateSourceInput input, String authorization) {
        return service.one(RATE_SOURCE, variables("input", input), authorization, Source.class);
    }

    public Uni<Source> mergeSources(String survivorId, String duplicateId, String authorization) {
        return service.one(MERGE_SOURCES, variables("survivorId", survivorId, "duplicateId", duplicateId), authorization,
                Source.class);
    }
}
