package io.corroborate.gateway.downstream;

import java.io.StringReader;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.spi.JsonProvider;

import org.eclipse.yasson.YassonJsonb;

import org.jboss.logging.Logger;

import io.smallrye.graphql.client.GraphQLClientException;
import io.smallrye.graphql.client.vertx.dynamic.VertxDynamicGraphQLClient;
import io.smallrye.graphql.client.vertx.dynamic.VertxDynamicGraphQLClientBuilder;
import io.smallrye.mutiny.Uni;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;

/**
 * One service behind the gateway (the transport only: this package knows no feature; each feature's client, such as
 * claim/ClaimsClient, writes its operations with {@link #operation} and reads answers into its own records), called
 * with SmallRye's Vert.x GraphQL client: every call carries the caller's own token, and every answer is mapped onto the gateway's records with JSON-B. (SmallRye's typed client looked for
 * JavaBean getters on every field of every object it read, which records do not have; under load most of the
 * gateway's time went there: docs/benchmarks.md.) A GraphQL error from the service becomes a
 * {@link GraphQLClientException} carrying the service's errors, as the error mapper expects.
 */
public final class GraphQLService {

    // At DEBUG, every operation sent (tests read them to check that only the client's selection is asked for).
    private static final Logger LOG = Logger.getLogger(GraphQLService.class);
    /** Looked up once: jakarta.json.Json's factory methods search the class path for a provider on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    private final VertxDynamicGraphQLClient client;
    // Yasson's own interface: it maps JSON-P values straight onto records, without writing them out and parsing again.
    private final YassonJsonb jsonb;
    private final InflightQueries<JsonValue> inflight = new InflightQueries<>();

    public GraphQLService(String configKey, Vertx vertx, Jsonb jsonb) {
        // The Vert.x implementation is the one that takes headers per request.
        this.client = (VertxDynamicGraphQLClient) new VertxDynamicGraphQLClientBuilder().configKey(configKey).vertx(vertx).build();
        this.jsonb = (YassonJsonb) jsonb;
    }

    /** A query or mutation with a single root field, answered by one object (or null). */
    public <T> Uni<T> one(String operation, Map<String, Object> variables, String authorization, Class<T> type) {
        return rootField(operation, variables, authorization).map(value -> read(value, type));
    }

    /** A query with a single root field, answered by a list. */
    public <T> Uni<List<T>> list(String operation, Map<String, Object> variables, String authorization, Class<T> element) {
        return rootField(operation, variables, authorization).map(value -> read(value, new ListOf(element)));
    }

    /**
     * An operation document: {@code kind} is query or mutation, {@code variables} their declarations as the service's
     * schema types them, {@code field} the root field with its arguments, {@code selection} what to ask of its answer
     * (null for a scalar).
     */
    public static String operation(String kind, String variables, String field, DownstreamSelection selection) {
        return kind + "(" + variables + ") { " + field + (selection == null ? "" : " " + selection.render()) + " }";
    }

    /** The operation's variables, those that are null left out. */
    public static Map<String, Object> variables(Object... namesAndValues) {
        Map<String, Object> variables = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (namesAndValues[i + 1] != null) {
                variables.put((String) namesAndValues[i], namesAndValues[i + 1]);
            }
        }
        return variables;
    }

    private Uni<JsonValue> rootField(String operation, Map<String, Object> variables, String authorization) {
        LOG.debug(operation);
        MultiMap headers = MultiMap.caseInsensitiveMultiMap();
        if (authorization != null) {
            headers.add("Authorization", authorization);
        }
        Map<String, Object> json = asJson(variables);
        Supplier<Uni<JsonValue>> call = () -> client.executeAsync(operation, json, headers).map(response -> {
            if (response.hasError()) {
                throw new GraphQLClientException("The service answered with errors", response.getErrors());
            }
            JsonObject data = response.getData();
            return data.values().iterator().next();
        });
        if (!operation.startsWith("query")) {
            return call.get();
        }
        return inflight.share(operation + '\n' + json + '\n' + authorization, call);
    }

    /** Inputs are records, lists or scalars: JSON-B writes them, and the client sends JSON values as they are. */
    private Map<String, Object> asJson(Map<String, Object> variables) {
        Map<String, Object> json = new LinkedHashMap<>();
        variables.forEach((name, value) -> json.put(name, value instanceof Collection<?> || value.getClass().isRecord()
                ? jsonb.toJsonStructure(value)
                : JSON.createReader(new StringReader(jsonb.toJson(value))).readValue()));
        return json;
    }

    private <T> T read(JsonValue value, Type type) {
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        return value instanceof JsonStructure structure ? jsonb.fromJsonStructure(structure, type) : jsonb.fromJson(value.toString(), type);
    }

    private record ListOf(Type element) implements ParameterizedType {

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
    }
}
