package io.corroborate.claims.common.limits;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import graphql.ErrorType;
import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.analysis.QueryTraverser;
import graphql.analysis.QueryVisitorFieldEnvironment;
import graphql.analysis.QueryVisitorStub;
import graphql.execution.AbortExecutionException;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;

import io.corroborate.claims.common.error.ErrorCode;
import io.quarkus.arc.Unremovable;

/**
 * Refuses an operation over the depth, cost, alias or page-size limits with {@code LIMIT}, and one whose text
 * arguments hold a control character with {@code VALIDATION} naming the argument, after it has been parsed and
 * validated and before any resolver runs, so a refused request does no work and stores nothing.
 */
@ApplicationScoped
@Unremovable // looked up by GraphQLEngineHooks, which CDI does not see
public class RequestLimits {

    private final RequestLimitsConfig limits;
    private final AnalysedOperations<Optional<AbortExecutionException>> refusals = new AnalysedOperations<>();

    public RequestLimits(RequestLimitsConfig limits) {
        this.limits = limits;
    }

    /** Installed before RequestErrorCodes' instrumentation, which keeps the LIMIT code these errors carry. */
    public Instrumentation instrumentation() {
        return new LimitsInstrumentation();
    }

    /** What one operation asks for, measured in a single walk over its fields, fragments included. */
    static final class Measure extends QueryVisitorStub {
        int depth;
        long cost;
        int aliases;
        Integer tooLargePage;
        String controlCharacterAt;
        private final RequestLimitsConfig limits;

        Measure(RequestLimitsConfig limits) {
            this.limits = limits;
        }

        @Override
        public void visitField(QueryVisitorFieldEnvironment field) {
            if (field.getField().getAlias() != null) {
                aliases++;
            }
            if (controlCharacterAt == null) {
                field.getArguments().forEach((name, value) -> {
                    if (controlCharacterAt == null) {
                        controlCharacterAt = ControlCharacters.findIn(name, value);
                    }
                });
            }
            Object first = field.getArguments().get("first");
            if (first instanceof Number page && page.intValue() > limits.maxPageSize()) {
                tooLargePage = page.intValue();
            }
            if (isIntrospection(field)) {
                return;
            }
            int level = 1;
            long multiplier = 1;
            for (var parent = field.getParentEnvironment(); parent != null; parent = parent.getParentEnvironment()) {
                level++;
                multiplier = Math.min(multiplier * pageSize(parent), Integer.MAX_VALUE);
            }
            depth = Math.max(depth, level);
            cost = Math.min(cost + multiplier, Long.MAX_VALUE / 2);
        }

        private long pageSize(QueryVisitorFieldEnvironment field) {
            if (field.getFieldDefinition().getArgument("first") == null) {
                return 1;
            }
            return field.getArguments().get("first") instanceof Number page ? Math.max(page.longValue(), 0) : limits.defaultPageSize();
        }

        private static boolean isIntrospection(QueryVisitorFieldEnvironment field) {
            for (var f = field; f != null; f = f.getParentEnvironment()) {
                if (f.getField().getName().startsWith("__")) {
                    return true;
                }
            }
            return false;
        }
    }

    final class LimitsInstrumentation extends SimplePerformantInstrumentation {

        @Override
        public InstrumentationContext<ExecutionResult> beginExecuteOperation(InstrumentationExecuteOperationParameters parameters,
                InstrumentationState state) {
            ExecutionContext execution = parameters.getExecutionContext();
            Optional<AbortExecutionException> refusal = refusals.of(execution, () -> refusalOf(execution));
            if (refusal.isPresent()) {
                throw refusal.get();
            }
            return super.beginExecuteOperation(parameters, state);
        }
    }

    private Optional<AbortExecutionException> refusalOf(ExecutionContext execution) {
        Measure measure = new Measure(limits);
        QueryTraverser.newQueryTraverser()
                .schema(execution.getGraphQLSchema())
                .document(execution.getDocument())
                .operationName(execution.getOperationDefinition().getName())
                .coercedVariables(execution.getCoercedVariables())
                .build()
                .visitPreOrder(measure);
        if (measure.controlCharacterAt != null) {
            return Optional.of(new AbortExecutionException(List.of(GraphqlErrorBuilder.newError()
                    .message(measure.controlCharacterAt + ": " + ControlCharacters.RULE)
                    .errorType(ErrorType.ValidationError)
                    .extensions(Map.of("code", ErrorCode.VALIDATION.name(), "field", measure.controlCharacterAt))
                    .build())));
        }
        if (measure.tooLargePage != null) {
            return Optional.of(refused("first is " + measure.tooLargePage + "; a page holds at most " + limits.maxPageSize() + " items"));
        }
        if (measure.depth > limits.maxDepth()) {
            return Optional.of(refused("The query is " + measure.depth + " levels deep; the limit is " + limits.maxDepth()));
        }
        if (measure.aliases > limits.maxAliases()) {
            return Optional.of(refused("The query uses " + measure.aliases + " aliases; the limit is " + limits.maxAliases()));
        }
        if (measure.cost > limits.maxCost()) {
            return Optional.of(refused("The query would cost " + measure.cost + "; the budget is " + limits.maxCost()
                    + " (each field costs the product of the page sizes above it)"));
        }
        return Optional.empty();
    }

    private static AbortExecutionException refused(String message) {
        GraphQLError error = GraphqlErrorBuilder.newError()
                .message(message)
                .errorType(ErrorType.ValidationError)
                .extensions(Map.of("code", ErrorCode.LIMIT.name()))
                .build();
        return new AbortExecutionException(List.of(error));
    }
}
