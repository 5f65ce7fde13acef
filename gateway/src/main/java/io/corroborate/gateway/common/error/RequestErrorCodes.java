package io.corroborate.gateway.common.error;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import graphql.ExceptionWhileDataFetching;
import graphql.ExecutionResult;
import graphql.ExecutionResultImpl;
import graphql.GraphQL;
import graphql.GraphQLError;
import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.validation.ValidationError;
import graphql.validation.ValidationErrorType;

/**
 * Gives errors found before any resolver runs (syntax, unknown fields, an unknown enum value, a variable of the
 * wrong type) the code {@code VALIDATION}. Resolver failures get theirs from {@link ErrorMapper}.
 */
@ApplicationScoped
public class RequestErrorCodes {

    void addValidationCodes(@Observes GraphQL.Builder builder) {
        // SmallRye GraphQL has already installed its own instrumentation; keep it and add ours after it.
        var existing = builder.build().getInstrumentation();
        builder.instrumentation(new ChainedInstrumentation(existing, new ValidationCodeInstrumentation()));
    }

    static final class ValidationCodeInstrumentation extends SimplePerformantInstrumentation {

        @Override
        public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
                InstrumentationExecutionParameters parameters, InstrumentationState state) {
            if (result.getErrors().stream().allMatch(ExceptionWhileDataFetching.class::isInstance)) {
                return CompletableFuture.completedFuture(result);
            }
            List<GraphQLError> errors = result.getErrors().stream().map(RequestErrorCodes::withCode).toList();
            return CompletableFuture.completedFuture(ExecutionResultImpl.newExecutionResult().from(result)
                    .errors(errors).build());
        }
    }

    private static GraphQLError withCode(GraphQLError error) {
        if (error instanceof ExceptionWhileDataFetching) {
            return error;
        }
        // Rebuilt as a ValidationError because that is the form whose extensions SmallRye GraphQL passes on.
        ValidationErrorType type = error instanceof ValidationError validation
                ? (ValidationErrorType) validation.getValidationErrorType()
                : ValidationErrorType.WrongType;
        String description = error instanceof ValidationError validation ? validation.getDescription() : error.getMessage();
        return ValidationError.newValidationError()
                .validationErrorType(type)
                .description(description)
                .sourceLocations(error.getLocations())
                .extensions(Map.of("code", ErrorCode.VALIDATION.name()))
                .build();
    }
}
