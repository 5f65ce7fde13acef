package io.corroborate.gateway.common;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.DocumentAndVariables;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.execution.instrumentation.parameters.InstrumentationValidationParameters;
import graphql.language.Document;
import graphql.schema.GraphQLSchema;
import graphql.validation.ValidationError;

/**
 * Instrumentations that act on the whole request only (parsing, validation, the operation, its result), run in order
 * as one. graphql-java's ChainedInstrumentation asks every member at every field, and allocates a chained context each
 * time even when all of them have nothing to do there: several times per field on a page of claims
 * (docs/benchmarks.md). The members must have no per-field hooks, and no state of their own.
 */
public final class OperationInstrumentation extends SimplePerformantInstrumentation {

    private final List<Instrumentation> members;

    public OperationInstrumentation(List<Instrumentation> members) {
        this.members = List.copyOf(members);
    }

    @Override
    public InstrumentationContext<ExecutionResult> beginExecution(InstrumentationExecutionParameters parameters,
            InstrumentationState state) {
        return all(member -> member.beginExecution(parameters, null));
    }

    @Override
    public InstrumentationContext<Document> beginParse(InstrumentationExecutionParameters parameters, InstrumentationState state) {
        return all(member -> member.beginParse(parameters, null));
    }

    @Override
    public InstrumentationContext<List<ValidationError>> beginValidation(InstrumentationValidationParameters parameters,
            InstrumentationState state) {
        return all(member -> member.beginValidation(parameters, null));
    }

    @Override
    public InstrumentationContext<ExecutionResult> beginExecuteOperation(InstrumentationExecuteOperationParameters parameters,
            InstrumentationState state) {
        return all(member -> member.beginExecuteOperation(parameters, null));
    }

    @Override
    public ExecutionInput instrumentExecutionInput(ExecutionInput input, InstrumentationExecutionParameters parameters,
            InstrumentationState state) {
        for (Instrumentation member : members) {
            input = member.instrumentExecutionInput(input, parameters, null);
        }
        return input;
    }

    @Override
    public DocumentAndVariables instrumentDocumentAndVariables(DocumentAndVariables document,
            InstrumentationExecutionParameters parameters, InstrumentationState state) {
        for (Instrumentation member : members) {
            document = member.instrumentDocumentAndVariables(document, parameters, null);
        }
        return document;
    }

    @Override
    public GraphQLSchema instrumentSchema(GraphQLSchema schema, InstrumentationExecutionParameters parameters,
            InstrumentationState state) {
        for (Instrumentation member : members) {
            schema = member.instrumentSchema(schema, parameters, null);
        }
        return schema;
    }

    @Override
    public ExecutionContext instrumentExecutionContext(ExecutionContext context, InstrumentationExecutionParameters parameters,
            InstrumentationState state) {
        for (Instrumentation member : members) {
            context = member.instrumentExecutionContext(context, parameters, null);
        }
        return context;
    }

    @Override
    public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
            InstrumentationExecutionParameters parameters, InstrumentationState state) {
        CompletableFuture<ExecutionResult> instrumented = CompletableFuture.completedFuture(result);
        for (Instrumentation member : members) {
            instrumented = instrumented.thenCompose(next -> member.instrumentExecutionResult(next, parameters, null));
        }
        return instrumented;
    }

    /** The members' contexts for one step, told in order; none when no member has one. */
    private <T> InstrumentationContext<T> all(Function<Instrumentation, InstrumentationContext<T>> begin) {
        List<InstrumentationContext<T>> contexts = new ArrayList<>(members.size());
        for (Instrumentation member : members) {
            InstrumentationContext<T> context = begin.apply(member);
            if (context != null) {
                contexts.add(context);
            }
        }
        if (contexts.isEmpty()) {
            return null;
        }
        return new InstrumentationContext<>() {
            @Override
            public void onDispatched() {
                contexts.forEach(InstrumentationContext::onDispatched);
            }

            @Override
            public void onCompleted(T result, Throwable failure) {
                contexts.forEach(context -> context.onCompleted(result, failure));
            }
        };
    }
}
