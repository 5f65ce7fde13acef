package io.corroborate.sources.common.error;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import graphql.ErrorClassification;
import graphql.ErrorType;
import graphql.GraphQLError;
import graphql.language.SourceLocation;

/**
 * A failure a client can act on. Its message is shown to the client as is, so it must never carry
 * SQL, class names or stack traces; {@link ErrorMapper} turns every other failure into one of these.
 * As a {@link GraphQLError} it carries its own {@code extensions.code} (and {@code extensions.field}).
 */
public class ApiException extends RuntimeException implements GraphQLError {

    private final ErrorCode code;
    private final String field;
    private final Map<String, Object> details;

    public ApiException(ErrorCode code, String message, String field) {
        this(code, message, field, Map.of());
    }

    /** With further extensions after {@code code} and {@code field}, such as {@code existingId} (README: Errors). */
    public ApiException(ErrorCode code, String message, String field, Map<String, Object> details) {
        super(message, null, false, false);
        this.code = code;
        this.field = field;
        this.details = details;
    }

    /** A CONFLICT with the record that already exists, so the client can use it instead. */
    public static ApiException duplicate(String message, Object existingId) {
        return new ApiException(ErrorCode.CONFLICT, message, null, Map.of("existingId", existingId.toString()));
    }

    public static ApiException validation(String field, String message) {
        return new ApiException(ErrorCode.VALIDATION, field + ": " + message, field);
    }

    public static ApiException notFound(String what, Object id) {
        return new ApiException(ErrorCode.NOT_FOUND, what + " " + id + " does not exist", null);
    }

    public static ApiException conflict(String message) {
        return new ApiException(ErrorCode.CONFLICT, message, null);
    }

    public static ApiException unauthenticated() {
        return new ApiException(ErrorCode.UNAUTHENTICATED, "A valid bearer token is required", null);
    }

    public static ApiException forbidden(String message) {
        return new ApiException(ErrorCode.FORBIDDEN, message, null);
    }

    public ErrorCode code() {
        return code;
    }

    /** The input field at fault, for {@link ErrorCode#VALIDATION}; otherwise null. */
    public String field() {
        return field;
    }

    @Override
    public Map<String, Object> getExtensions() {
        Map<String, Object> extensions = new LinkedHashMap<>();
        extensions.put("code", code.name());
        if (field != null) {
            extensions.put("field", field);
        }
        extensions.putAll(details);
        return extensions;
    }

    @Override
    public List<SourceLocation> getLocations() {
        return null;
    }

    @Override
    public ErrorClassification getErrorType() {
        return ErrorType.DataFetchingException;
    }
}
