package io.corroborate.gateway.common;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.RecordComponent;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.json.bind.annotation.JsonbProperty;

import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;

/**
 * A field whose value came from downstream with its item is read from the item. Such a field is declared by a batched
 * resolver with arguments (such as {@code Source.reliability(topic, asOf)}, whose arguments travel downstream with the
 * item's selection), and SmallRye GraphQL runs its per-item fetcher for every item of the page: it rebuilds its request
 * context, the selected fields as JSON included, each time. For that one field on a page of 50 claims this was a tenth
 * of the gateway's CPU and over a quarter of its allocations (docs/benchmarks.md). The item's record keeps the value
 * in a component bound to the field's name in the downstream answer ({@code @JsonbProperty}); an item without one is
 * left to SmallRye. Only the gateway carries values from downstream, so the services have no such step.
 */
public final class CarriedFields {

    private static final String SMALLRYE_BATCH_FETCHER = "io.smallrye.graphql.execution.datafetcher.BatchDataFetcher";

    private CarriedFields() {
    }

    /** Puts a reader of carried values before SmallRye's fetcher of every batched field with arguments. */
    public static GraphQLCodeRegistry.Builder readFromItems(GraphQLSchema schema, GraphQLCodeRegistry.Builder registry) {
        GraphQLCodeRegistry original = schema.getCodeRegistry();
        for (GraphQLObjectType type : schema.getAllTypesAsList().stream()
                .filter(GraphQLObjectType.class::isInstance).map(GraphQLObjectType.class::cast)
                .filter(type -> !type.getName().startsWith("__")).toList()) {
            type.getFieldDefinitions().forEach(field -> {
                FieldCoordinates coordinates = FieldCoordinates.coordinates(type, field);
                DataFetcher<?> fetcher = original.getDataFetcher(coordinates, field);
                if (fetcher.getClass().getName().equals(SMALLRYE_BATCH_FETCHER) && !field.getArguments().isEmpty()) {
                    registry.dataFetcher(coordinates, new Reader(field.getName(), fetcher));
                }
            });
        }
        return registry;
    }

    /** Reads the value the item brought from downstream; an item without such a component is left to SmallRye. */
    static final class Reader implements DataFetcher<Object> {

        private final String name;
        private final DataFetcher<?> smallRye;
        private final Map<Class<?>, Optional<MethodHandle>> byClass = new ConcurrentHashMap<>();

        Reader(String name, DataFetcher<?> smallRye) {
            this.name = name;
            this.smallRye = smallRye;
        }

        @Override
        public Object get(DataFetchingEnvironment environment) throws Exception {
            Object item = environment.getSource();
            Optional<MethodHandle> reader = item == null ? Optional.empty()
                    : byClass.computeIfAbsent(item.getClass(), this::componentBoundToName);
            if (reader.isEmpty()) {
                return smallRye.get(environment);
            }
            try {
                return reader.get().invoke(item);
            } catch (Exception | Error e) {
                throw e;
            } catch (Throwable e) {
                throw new IllegalStateException(e);
            }
        }

        private Optional<MethodHandle> componentBoundToName(Class<?> type) {
            if (!type.isRecord()) {
                return Optional.empty();
            }
            for (RecordComponent component : type.getRecordComponents()) {
                // JSON-B's annotation does not target record components; Java puts it on the accessor.
                JsonbProperty bound = component.getAccessor().getAnnotation(JsonbProperty.class);
                if (bound != null && bound.value().equals(name)) {
                    try {
                        return Optional.of(MethodHandles.publicLookup().unreflect(component.getAccessor()));
                    } catch (IllegalAccessException e) {
                        return Optional.empty();
                    }
                }
            }
            return Optional.empty();
        }
    }
}
