package io.corroborate.gateway.common;

import java.lang.reflect.Field;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.dataloader.DataLoader;

import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import io.quarkus.runtime.annotations.RegisterForReflection;
import io.smallrye.graphql.execution.datafetcher.BatchDataFetcher;
import io.smallrye.graphql.execution.datafetcher.helper.ArgumentHelper;
import io.smallrye.graphql.execution.datafetcher.helper.BatchLoaderHelper;

/**
 * A field resolved for a whole page at once (a batch, {@code @Source List}) is handed straight to its data loader.
 * SmallRye GraphQL's own fetcher first rebuilds its request context, the selected fields as JSON included, for every
 * item of the page, and answers with a context-propagating future, so that every stage graphql-java then hangs on the
 * item captures and restores the thread's contexts: together the largest cost of a page of claims
 * (docs/benchmarks.md). The batch itself still runs through SmallRye's loader, which sets up the context once per
 * batch, from the first item, and whose future restores the request's contexts once per batch. A field's arguments are
 * converted by SmallRye's own helper, which its fetcher keeps private: where it cannot be reached (another SmallRye
 * version), the field keeps SmallRye's fetcher.
 */
@RegisterForReflection(targets = BatchDataFetcher.class, fields = true)
public final class BatchedFields {

    private BatchedFields() {
    }

    /** Replaces SmallRye's fetcher of every batched field in the registry. */
    public static GraphQLCodeRegistry.Builder loadDirectly(GraphQLSchema schema, GraphQLCodeRegistry.Builder registry) {
        GraphQLCodeRegistry original = schema.getCodeRegistry();
        for (GraphQLObjectType type : schema.getAllTypesAsList().stream()
                .filter(GraphQLObjectType.class::isInstance).map(GraphQLObjectType.class::cast)
                .filter(type -> !type.getName().startsWith("__")).toList()) {
            type.getFieldDefinitions().forEach(field -> {
                FieldCoordinates coordinates = FieldCoordinates.coordinates(type, field);
                DataFetcher<?> fetcher = original.getDataFetcher(coordinates, field);
                if (fetcher.getClass() == BatchDataFetcher.class) {
                    BatchDataFetcher<?> smallRye = (BatchDataFetcher<?>) fetcher;
                    ArgumentHelper arguments = field.getArguments().isEmpty() ? null : argumentsOf(smallRye);
                    if (field.getArguments().isEmpty() || arguments != null) {
                        // SmallRye names each field's loader after the type and the field (BatchLoaderHelper.getName).
                        registry.dataFetcher(coordinates, new Loader(type.getName() + "_" + field.getName(), smallRye, arguments));
                    }
                }
            });
        }
        return registry;
    }

    /** SmallRye's converter of the field's arguments, or null where this SmallRye keeps it elsewhere. */
    private static ArgumentHelper argumentsOf(BatchDataFetcher<?> smallRye) {
        try {
            Field helper = BatchDataFetcher.class.getDeclaredField("argumentHelper");
            helper.setAccessible(true);
            return (ArgumentHelper) helper.get(smallRye);
        } catch (ReflectiveOperationException | RuntimeException notThere) {
            return null;
        }
    }

    /** Queues the item with its data loader, as SmallRye's fetcher does, without the per-item context work. */
    static final class Loader implements DataFetcher<Object> {

        private final String loaderName;
        private final DataFetcher<?> smallRye;
        private final ArgumentHelper arguments;

        Loader(String loaderName, DataFetcher<?> smallRye, ArgumentHelper arguments) {
            this.loaderName = loaderName;
            this.smallRye = smallRye;
            this.arguments = arguments;
        }

        @Override
        public Object get(DataFetchingEnvironment environment) throws Exception {
            DataLoader<Object, Object> loader = environment.getDataLoader(loaderName);
            if (loader == null) {
                return smallRye.get(environment);
            }
            // What SmallRye's loader reads of each item: its arguments, converted as SmallRye's fetcher converts them, and
            // its environment.
            Map<String, Object> itemContext = new HashMap<>(4);
            itemContext.put(BatchLoaderHelper.ARGUMENTS, arguments == null ? List.of() : arguments.getArguments(environment, true));
            itemContext.put(BatchLoaderHelper.DATA_FETCHING_ENVIRONMENT, environment);
            return loader.load(environment.getSource(), itemContext);
        }
    }
}
