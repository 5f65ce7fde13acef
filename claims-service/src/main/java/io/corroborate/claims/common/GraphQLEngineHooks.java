package io.corroborate.claims.common;

import java.util.ArrayList;
import java.util.List;

import graphql.GraphQL;
import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.execution.instrumentation.Instrumentation;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLSchema;
import graphql.schema.visibility.DefaultGraphqlFieldVisibility;
import io.corroborate.claims.common.error.RequestErrorCodes;
import io.corroborate.claims.common.limits.BatchedFieldArguments;
import io.corroborate.claims.common.limits.RequestLimits;
import io.quarkus.arc.Arc;
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

    /**
     * The finished schema (federation's part included) with plain fields read directly, and one flat chain of
     * instrumentations, SmallRye's own first: the request-wide checks refuse before any resolver runs, and
     * RequestErrorCodes comes last so that every refusal and request error gets its code there.
     */
    @Override
    public GraphQL.Builder beforeGraphQLBuild(GraphQL.Builder builder) {
        GraphQL assembled = builder.build();
        GraphQLSchema schema = assembled.getGraphQLSchema();
        // SmallRye turns its "default" field visibility into a BlockedFields with the pattern "default": a regular
        // expression matched on every field lookup of every request (4 % of the gateway's CPU on a page). Nothing is
        // hidden here, so graphql-java's own default visibility does the same without the matching.
        GraphQLCodeRegistry registry = PlainFields.readDirectly(schema)
                .fieldVisibility(DefaultGraphqlFieldVisibility.DEFAULT_FIELD_VISIBILITY).build();
        builder.schema(schema.transform(rebuilt -> rebuilt.codeRegistry(registry)));
        List<Instrumentation> chain = new ArrayList<>();
        Instrumentation smallRye = assembled.getInstrumentation();
        if (smallRye instanceof ChainedInstrumentation chained) {
            chain.addAll(chained.getInstrumentations());
        } else if (smallRye != null) {
            chain.add(smallRye);
        }
        chain.add(bean(RequestLimits.class).instrumentation());
        chain.add(bean(BatchedFieldArguments.class).instrumentation());
        chain.add(bean(RequestErrorCodes.class).instrumentation());
        return builder.instrumentation(new ChainedInstrumentation(chain));
    }

    private static <T> T bean(Class<T> type) {
        return Arc.container().instance(type).get();
    }
}
