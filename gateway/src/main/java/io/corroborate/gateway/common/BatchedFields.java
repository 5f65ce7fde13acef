package io.corroborate.gateway.common;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.dataloader.DataLoader;

import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import io.smallrye.graphql.execution.datafetcher.helper.BatchLoaderHelper;

/**
 * A field resolved for a whole page at once (a batch, {@code @Source List}) that takes no arguments is handed straight
 * to its data loader. SmallRye GraphQL's own fetcher first rebuilds its request context, the selected fields as JSON
 * included, for every item of the page, and answers with a context-propagating future, so that every stage
 * graphql-java then hangs on the item captures and restores the thread's contexts: together the largest cost of a page
 * of claims (docs/benchmarks.md). The batch itself still runs through SmallRye's loader, which sets up the context once
 * per batch, from the first item, and whose future restores the request's contexts once per batch. A field with
 * arguments keeps SmallRye's fetcher, which converts them.
 */
public final class BatchedFields {

    private static final String SMALLRYE_BATCH_FETCHER = "io.smallrye.graphql.execution.datafetcher.BatchDataFetcher";

    private BatchedFields() {
    }

    /** Replaces SmallRye's fetcher of every batched field without arguments in the registry. */
    public static GraphQLCodeRegistry.Builder loadDirectly(GraphQLSchema schema, GraphQLCodeRegistry.Builder registry) {
        forEachBatchedField(schema, (type, field, smallRye) -> {
            if (field.getArguments().isEmpty()) {
                // SmallRye names each field's loader after the type and the field (BatchLoaderHelper.getName).
                registry.dataFetcher(FieldCoordinates.coordinates(type, field),
                        new Loader(type.getName() + "_" + field.getName(), smallRye));
            }
        });
        return registry;
    }

    /** Every field of the schema's own types that SmallRye resolves for a whole page at once, with its fetcher. */
    public static void forEachBatchedField(GraphQLSchema schema, BatchedField action) {
        GraphQLCodeRegistry original = schema.getCodeRegistry();
        for (GraphQLObjectType type : schema.getAllTypesAsList().stream()
                .filter(GraphQLObjectType.class::isInstance).map(GraphQLObjectType.class::cast)
                .filter(type -> !type.getName().startsWith("__")).toList()) {
            type.getFieldDefinitions().forEach(field -> {
                DataFetcher<?> fetcher = original.getDataFetcher(FieldCoordinates.coordinates(type, field), field);
                if (fetcher.getClass().getName().equals(SMALLRYE_BATCH_FETCHER)) {
                    action.accept(type, field, fetcher);
                }
            });
        }
    }

    /** A batched field, as {@link #forEachBatchedField} hands it over. */
    @FunctionalInterface
    public interface BatchedField {
        void accept(GraphQLObjectType type, GraphQLFieldDefinition field, DataFetcher<?> smallRye);
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
}
