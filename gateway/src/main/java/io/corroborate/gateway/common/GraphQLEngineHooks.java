package io.corroborate.gateway.common;

import java.util.ArrayList;
import java.util.List;

import graphql.GraphQL;
import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.execution.instrumentation.Instrumentation;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLSchema;
import graphql.schema.visibility.DefaultGraphqlFieldVisibility;
import io.corroborate.gateway.common.error.RequestErrorCodes;
import io.corroborate.gateway.common.limits.BatchedFieldArguments;
import io.corroborate.gateway.common.limits.RequestLimits;
import io.quarkus.arc.Arc;
import io.smallrye.graphql.execution.QueryCache;
import io.smallrye.graphql.spi.EventingService;

/**
 * What this application adds to SmallRye GraphQL's schema and engine as they are built. It is SmallRye's
 * EventingService SPI (listed in META-INF/services), not CDI observers of the builders: with SmallRye's CDI events
 * switched on, every field fetched also fires CDI events, about a tenth of the CPU of a page (docs/benchmarks.md).
 */
public class GraphQLEngineHooks implements EventingService {

    @Override
    public String getConfigKey() {
        return null; // always on
    }

    @Override
    public GraphQLSchema.Builder beforeSchemaBuild(GraphQLSchema.Builder builder) {
        IdTypes.typeIdLists(builder);
        return builder;
    }

    /**
     * The finished schema (federation's part included) with plain fields read directly and batched fields loaded
     * directly, and the instrumentations: SmallRye's document cache and our request-wide checks run as one
     * OperationInstrumentation, in that order (the checks refuse before any resolver runs, and RequestErrorCodes comes
     * last so that every refusal and request error gets its code there). Any other instrumentation SmallRye adds (such
     * as federated tracing, when switched on) may act per field, so it keeps graphql-java's chain.
     */
    @Override
    public GraphQL.Builder beforeGraphQLBuild(GraphQL.Builder builder) {
        GraphQL assembled = builder.build();
        GraphQLSchema schema = assembled.getGraphQLSchema();
        // SmallRye turns its "default" field visibility into a BlockedFields with the pattern "default": a regular
        // expression matched on every field lookup of every request (4 % of the gateway's CPU on a page). Nothing is
        // hidden here, so graphql-java's own default visibility does the same without the matching.
        GraphQLCodeRegistry.Builder direct = BatchedFields.loadDirectly(schema, PlainFields.readDirectly(schema));
        GraphQLCodeRegistry registry = CarriedFields.readFromItems(schema, direct)
                .fieldVisibility(DefaultGraphqlFieldVisibility.DEFAULT_FIELD_VISIBILITY).build();
        builder.schema(schema.transform(rebuilt -> rebuilt.codeRegistry(registry)));
        List<Instrumentation> smallRyes = new ArrayList<>();
        Instrumentation smallRye = assembled.getInstrumentation();
        if (smallRye instanceof ChainedInstrumentation chained) {
            smallRyes.addAll(chained.getInstrumentations());
        } else if (smallRye != null) {
            smallRyes.add(smallRye);
        }
        List<Instrumentation> requestWide = new ArrayList<>();
        List<Instrumentation> perField = new ArrayList<>();
        smallRyes.forEach(each -> (each instanceof QueryCache ? requestWide : perField).add(each));
        requestWide.add(bean(RequestLimits.class).instrumentation());
        requestWide.add(bean(BatchedFieldArguments.class).instrumentation());
        requestWide.add(bean(RequestErrorCodes.class).instrumentation());
        Instrumentation operation = new OperationInstrumentation(requestWide);
        if (perField.isEmpty()) {
            return builder.instrumentation(operation);
        }
        perField.add(operation);
        return builder.instrumentation(new ChainedInstrumentation(perField));
    }

    private static <T> T bean(Class<T> type) {
        return Arc.container().instance(type).get();
    }
}
