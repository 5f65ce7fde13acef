package io.corroborate.gateway.common;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.json.bind.annotation.JsonbProperty;

import org.dataloader.DataLoader;

import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import io.smallrye.graphql.execution.datafetcher.helper.BatchLoaderHelper;

/**
 * A field resolved for a whole page at once (a batch, {@code @Source List}) that takes no arguments is handed straight
 * to its data loader. SmallRye GraphQL's own fetcher first rebuilds its request context, the selected fields as JSON
 * included, for every item of the page, and answers with a context-propagating future, so that every stage
 * graphql-java then hangs on the item captures and restores the thread's contexts: together the largest cost of a page
 * of claims (docs/benchmarks.md). The batch itself still runs through SmallRye's loader, which sets up the context once
 * per batch, from the first item, and whose future restores the request's contexts once per batch.
 * <p>
 * A batched field with arguments whose value came with its item is read from the item: its record keeps the value
 * in a component bound to the field's name in the downstream answer ({@code @JsonbProperty}), the arguments having
 * been forwarded downstream with the item's selection (such as {@code Source.reliability(topic, asOf)}). Any other
 * field with arguments keeps SmallRye's fetcher, which converts them.
 */
public final class BatchedFields {

    private static final String SMALLRYE_BATCH_FETCHER = "io.smallrye.graphql.execution.datafetcher.BatchDataFetcher";

    private BatchedFields() {
    }

    /** Replaces SmallRye's fetcher of every batched field without arguments in the registry. */
    public static GraphQLCodeRegistry.Builder loadDirectly(GraphQLSchema schema, GraphQLCodeRegistry.Builder registry) {
        GraphQLCodeRegistry original = schema.getCodeRegistry();
        for (GraphQLObjectType type : schema.getAllTypesAsList().stream()
                .filter(GraphQLObjectType.class::isInstance).map(GraphQLObjectType.class::cast)
                .filter(type -> !type.getName().startsWith("__")).toList()) {
            type.getFieldDefinitions().forEach(field -> {
                FieldCoordinates coordinates = FieldCoordinates.coordinates(type, field);
                DataFetcher<?> fetcher = original.getDataFetcher(coordinates, field);
                if (!fetcher.getClass().getName().equals(SMALLRYE_BATCH_FETCHER)) {
                    return;
                }
                if (field.getArguments().isEmpty()) {
                    // SmallRye names each field's loader after the type and the field (BatchLoaderHelper.getName).
                    registry.dataFetcher(coordinates, new Loader(type.getName() + "_" + field.getName(), fetcher));
                } else {
                    registry.dataFetcher(coordinates, new Carried(field.getName(), fetcher));
                }
            });
        }
        return registry;
    }

    /** Queues the item with its data loader, as SmallRye's fetcher does, without the per-item context work. */
    static final class Loader implements DataFetcher<Object> {

        private final String loaderName;
        private final DataFetcher<?> smallRye;

        Loader(String loaderName, DataFetcher<?> smallRye) {
            this.loaderName = loaderName;
            this.smallRye = smallRye;
        }

        @Override
        public Object get(DataFetchingEnvironment environment) throws Exception {
            DataLoader<Object, Object> loader = environment.getDataLoader(loaderName);
            if (loader == null) {
                return smallRye.get(environment);
            }
            // What SmallRye's loader reads of each item: its (here no) arguments and its environment.
            Map<String, Object> itemContext = new HashMap<>(4);
            itemContext.put(BatchLoaderHelper.ARGUMENTS, List.of());
            itemContext.put(BatchLoaderHelper.DATA_FETCHING_ENVIRONMENT, environment);
            return loader.load(environment.getSource(), itemContext);
        }
    }

    /** Reads the value the item brought from downstream; an item without such a component is left to SmallRye. */
    static final class Carried implements DataFetcher<Object> {

        private final String name;
        private final DataFetcher<?> smallRye;
        private final Map<Class<?>, Optional<MethodHandle>> byClass = new ConcurrentHashMap<>();

        Carried(String name, DataFetcher<?> smallRye) {
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
