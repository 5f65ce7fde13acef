package io.corroborate.claims.common.error;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import jakarta.enterprise.context.ApplicationScoped;

import graphql.ExceptionWhileDataFetching;
import graphql.ExecutionResult;
import graphql.ExecutionResultImpl;
import graphql.GraphQLError;
import graphql.execution.NonNullableFieldWasNullError;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.validation.ValidationError;
import graphql.validation.ValidationErrorType;
import io.quarkus.arc.Unremovable;

/**
 * Gives errors found before any resolver runs (syntax, unknown fields, an unknown enum value, a variable of the
 * wrong type) the code {@code VALIDATION}. Resolver failures get theirs from {@link ErrorMapper}.
 */
@ApplicationScoped
@Unremovable // looked up by GraphQLEngineHooks, which CDI does not see
public class RequestErrorCodes {

    /** Installed after the other checks' instrumentations, so that their refusals pass through here too. */
    public Instrumentation instrumentation() {
        return new ValidationCodeInstrumentation();
    }

    static final class ValidationCodeInstrumentation extends SimplePerformantInstrumentation {

        @Override
        public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
                InstrumentationExecutionParameters parameters, InstrumentationState state) {
            if (result.getErrors().stream().allMatch(RequestErrorCodes::isApiFailure)) {
                return CompletableFuture.completedFuture(result);
            }
            List<GraphQLError> errors = result.getErrors();
            List<GraphQLError> coded = errors.stream()
                    // A null bubbling up a non-null field is a consequence; the error that caused it says why.
                    .filter(error -> !(error instanceof NonNullableFieldWasNullError) || errors.size() == 1)
                    .map(RequestErrorCodes::withCode)
                    .toList();
            return CompletableFuture.completedFuture(ExecutionResultImpl.newExecutionResult().from(result)
                    .errors(coded).build());
        }
    }

    /** A resolver's failure already mapped by ErrorMapper: it carries one of our codes. */
    private static boolean isApiFailure(GraphQLError error) {
        if (!(error instanceof ExceptionWhileDataFetching fetching)) {
            return false;
        }
        for (Throwable cause = fetching.getException(); cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof ApiException) {
                return true;
            }
        }
        Object code = error.getExtensions() == null ? null : error.getExtensions().get("code");
        return code != null && java.util.Arrays.stream(ErrorCode.values()).anyMatch(ours -> ours.name().equals(code));
    }

    /** SmallRye's failure to convert an argument to its Java type (a malformed date, say). */
    private static boolean isConversionFailure(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause.getClass().getSimpleName().equals("TransformException")
                    || cause instanceof java.time.format.DateTimeParseException) {
                return true;
            }
        }
        return false;
    }

    private static GraphQLError withCode(GraphQLError error) {
        if (isApiFailure(error)) {
            return error;
        }
        if (error instanceof ExceptionWhileDataFetching fetching) {
            // A failure inside the framework, outside our resolvers: malformed federation representations, and an
            // argument SmallRye could not convert for a batched field, are the client's; anything else is ours.
            // Neither shows its exception.
            List<Object> path = fetching.getPath() == null ? List.of() : fetching.getPath();
            if (isConversionFailure(fetching.getException())) {
                String field = path.isEmpty() ? null : String.valueOf(path.get(path.size() - 1));
                return ValidationError.newValidationError()
                        .validationErrorType(ValidationErrorType.WrongType)
                        .description((field == null ? "An argument" : "An argument of " + field)
                                + " has a value of the wrong type or format")
                        .sourceLocations(error.getLocations())
                        .extensions(field == null ? Map.of("code", ErrorCode.VALIDATION.name())
                                : Map.of("code", ErrorCode.VALIDATION.name(), "field", field))
                        .build();
            }
            boolean entities = !path.isEmpty() && "_entities".equals(String.valueOf(path.get(0)));
            return ValidationError.newValidationError()
                    .validationErrorType(ValidationErrorType.WrongType)
                    .description(entities ? "representations: each needs the __typename of an entity type and a valid id"
                            : "Internal error")
                    .sourceLocations(error.getLocations())
                    .extensions(entities ? Map.of("code", ErrorCode.VALIDATION.name(), "field", "representations")
                            : Map.of("code", ErrorCode.INTERNAL.name()))
                    .build();
        }
        // Rebuilt as a ValidationError because that is the form whose extensions SmallRye GraphQL passes on.
        // An error that already has a code (LIMIT, or VALIDATION with its field, from RequestLimits) keeps both.
        Map<String, Object> given = error.getExtensions() == null ? Map.of() : error.getExtensions();
        ValidationErrorType type = error instanceof ValidationError validation
                ? (ValidationErrorType) validation.getValidationErrorType()
                : ValidationErrorType.WrongType;
        String description = error instanceof ValidationError validation ? validation.getDescription() : error.getMessage();
        Object field = given.containsKey("field") ? given.get("field") : RequestErrorMessages.fieldOf(description);
        Map<String, Object> extensions = new LinkedHashMap<>();
        extensions.put("code", given.getOrDefault("code", ErrorCode.VALIDATION.name()));
        if (field != null) {
            extensions.put("field", field);
        }
        return ValidationError.newValidationError()
                .validationErrorType(type)
                .description(given.containsKey("code") ? description : RequestErrorMessages.clean(description))
                .sourceLocations(error.getLocations())
                .extensions(extensions)
                .build();
    }
}
