package io.corroborate.gateway.common.limits;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;

import graphql.ErrorType;
import graphql.ExecutionResult;
import graphql.GraphqlErrorBuilder;
import graphql.execution.AbortExecutionException;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.normalized.ExecutableNormalizedOperation;
import graphql.normalized.ExecutableNormalizedOperationFactory;
import graphql.schema.FieldCoordinates;

import io.corroborate.gateway.common.error.ErrorCode;
import io.quarkus.arc.Unremovable;

/**
 * SmallRye GraphQL resolves a field for a whole page at once (a batch, {@code @Source List}) with the arguments of one
 * of its occurrences, so two occurrences with different arguments (aliases for two topics, say) cannot both be
 * answered right. Such a request is refused with VALIDATION before any resolver runs: one set of arguments per request
 * for each batched field that takes arguments ({@code corroborate.limits.batched-fields}). Arguments are compared as
 * graphql-java resolves them, variables and fragments applied.
 */
@ApplicationScoped
@Unremovable // looked up by GraphQLEngineHooks, which CDI does not see
public class BatchedFieldArguments {

    /** The request's normalized operation, in its GraphQL context. */
    public static final String NORMALIZED_OPERATION = "corroborate.normalized-operation";

    private final List<FieldCoordinates> batchedFields;
    private final AnalysedOperations<Analysis> analyses = new AnalysedOperations<>();

    public BatchedFieldArguments(RequestLimitsConfig limits) {
        this.batchedFields = limits.batchedFields().stream().map(field -> {
            String[] typeAndField = field.split("\\.");
            return FieldCoordinates.coordinates(typeAndField[0], typeAndField[1]);
        }).toList();
    }

    /** Installed before RequestErrorCodes' instrumentation, which keeps the code this refusal carries. */
    public Instrumentation instrumentation() {
        return new Check();
    }

    final class Check extends SimplePerformantInstrumentation {

        @Override
        public InstrumentationContext<ExecutionResult> beginExecuteOperation(InstrumentationExecuteOperationParameters parameters,
                InstrumentationState state) {
            ExecutionContext execution = parameters.getExecutionContext();
            Analysis analysis = analyses.of(execution, () -> analyse(execution));
            // Kept for the request: whatever else reads the normalized operation does not build it again.
            execution.getGraphQLContext().put(NORMALIZED_OPERATION, analysis.operation());
            if (analysis.refusal() != null) {
                throw analysis.refusal();
            }
            return super.beginExecuteOperation(parameters, state);
        }
    }

    /** The operation normalized (variables and fragments applied), and its refusal when a batched field has two sets of arguments. */
    private record Analysis(ExecutableNormalizedOperation operation, AbortExecutionException refusal) {
    }

    private Analysis analyse(ExecutionContext execution) {
        ExecutableNormalizedOperation operation = ExecutableNormalizedOperationFactory.createExecutableNormalizedOperation(
                execution.getGraphQLSchema(), execution.getOperationDefinition(), execution.getFragmentsByName(),
                execution.getCoercedVariables());
        for (FieldCoordinates field : batchedFields) {
            // Compared as text, in name order: a literal 1 and a variable 1 may be coerced to different number types.
            long argumentSets = operation.getCoordinatesToNormalizedFields().get(field).stream()
                    .map(occurrence -> new TreeMap<>(occurrence.getResolvedArguments()).toString()).distinct().count();
            if (argumentSets > 1) {
                return new Analysis(operation, new AbortExecutionException(List.of(GraphqlErrorBuilder.newError()
                        .message(field.getFieldName() + ": one request may ask " + field.getTypeName() + "."
                                + field.getFieldName() + " with one set of arguments only; ask for the others in"
                                + " separate requests")
                        .errorType(ErrorType.ValidationError)
                        .extensions(Map.of("code", ErrorCode.VALIDATION.name(), "field", field.getFieldName()))
                        .build())));
            }
        }
        return new Analysis(operation, null);
    }
}
