package io.corroborate.claims.source.client;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.spi.JsonProvider;

import org.eclipse.yasson.YassonJsonb;

import io.smallrye.graphql.client.GraphQLClientException;
import io.smallrye.graphql.client.vertx.dynamic.VertxDynamicGraphQLClient;
import io.smallrye.graphql.client.vertx.dynamic.VertxDynamicGraphQLClientBuilder;
import io.smallrye.mutiny.Uni;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;

/**
 * sources-service's operations that claims-service uses, always with the caller's own token (URL and timeouts under
 * quarkus.smallrye-graphql-client.sources). It is SmallRye's dynamic client with the operations written out: the
 * typed client read its credentials from the configuration and looked for a getter of every field of every object it
 * read, on every call (docs/benchmarks.md). A GraphQL error from sources-service becomes a
 * {@link GraphQLClientException} carrying its errors.
 */
@ApplicationScoped
public class SourcesClient {

    /** Looked up once: jakarta.json.Json's factory methods search the class path for a provider on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    private final VertxDynamicGraphQLClient client;
    // Yasson's own interface: it maps JSON-P values straight onto records, without writing them out and parsing again.
    private final YassonJsonb jsonb;

    public SourcesClient(Vertx vertx, Jsonb jsonb) {
        this.client = (VertxDynamicGraphQLClient) new VertxDynamicGraphQLClientBuilder().configKey("sources").vertx(vertx).build();
        this.jsonb = (YassonJsonb) jsonb;
    }

    /** The sources in request order; merged ids come back as their survivors; null where none exists. */
    public Uni<List<SourceSummary>> sourcesByIds(List<String> ids, String authorization) {
        return call("query($ids: [String!]!) { sourcesByIds(ids: $ids) { id mergedFrom } }", Map.of("ids", ids),
                authorization, listOf(SourceSummary.class));
    }

    /** The sources with these ids, with their names, in request order; null where none exists or the caller may not see it. */
    public Uni<List<NamedSource>> namedSourcesByIds(List<String> ids, String authorization) {
        return call("query($ids: [String!]!) { sourcesByIds(ids: $ids) { id name } }", Map.of("ids", ids), authorization,
                listOf(NamedSource.class));
    }

    /** For each mention, in order, the known sources (that the caller may see) it may name, best first. */
    public Uni<List<MentionMatches>> matchSources(List<String> mentions, int first, String authorization) {
        return call("query($mentions: [String!]!, $first: Int!) { matchSources(mentions: $mentions, first: $first) "
                + "{ mention matches { score source { id name } } } }", Map.of("mentions", mentions, "first", first),
                authorization, listOf(MentionMatches.class));
    }

    /** Creates a source, as the caller (who needs the analyst role there too). */
    public Uni<NamedSource> createSource(NewSource input, String authorization) {
        return call("mutation($input: CreateSourceInput!) { createSource(input: $input) { id name } }", Map.of("input", input),
                authorization, NamedSource.class);
    }

    /** For each question, in order, its independence groups; hidden or unknown sources are left out. */
    public Uni<List<List<IndependenceGroup>>> independenceGroupsBatch(List<IndependenceRequest> requests, String authorization) {
        return call("query($requests: [IndependenceRequest!]!) { independenceGroupsBatch(requests: $requests) "
                + "{ sourceIds links { fromSourceId toSourceId type validFrom validTo } } }", Map.of("requests", requests),
                authorization, listOf(listOf(IndependenceGroup.class)));
    }

    /** Sends one operation with a single root field and maps that field's answer onto the given type. */
    private <T> Uni<T> call(String operation, Map<String, Object> variables, String authorization, Type answer) {
        MultiMap headers = MultiMap.caseInsensitiveMultiMap();
        if (authorization != null) {
            headers.add("Authorization", authorization);
        }
        return client.executeAsync(operation, asJson(variables), headers).map(response -> {
            if (response.hasError()) {
                throw new GraphQLClientException("sources-service answered with errors", response.getErrors());
            }
            JsonObject data = response.getData();
            return read(data == null ? null : data.values().iterator().next(), answer);
        });
    }

    /** Variables are records, lists of strings or records, and numbers: sent as the JSON values JSON-B makes of them. */
    private Map<String, Object> asJson(Map<String, Object> variables) {
        Map<String, Object> json = new LinkedHashMap<>();
        variables.forEach((name, value) -> json.put(name,
                value instanceof Integer number ? JSON.createValue(number) : jsonb.toJsonStructure(value)));
        return json;
    }

    @SuppressWarnings("unchecked")
    private <T> T read(JsonValue value, Type type) {
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        return (T) jsonb.fromJsonStructure((JsonStructure) value, type);
    }

    private static Type listOf(Type element) {
        return new ParameterizedType() {
            @Override
            public Type[] getActualTypeArguments() {
                return new Type[] {element};
            }

            @Override
            public Type getRawType() {
                return List.class;
            }

            @Override
            public Type getOwnerType() {
                return null;
            }
        };
    }
}
