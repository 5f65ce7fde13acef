package io.corroborate.gateway.common.error;

import java.net.ConnectException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeoutException;

import org.eclipse.microprofile.faulttolerance.exceptions.FaultToleranceException;
import org.jboss.logging.Logger;

import io.smallrye.graphql.client.GraphQLClientException;
import io.smallrye.graphql.client.GraphQLError;
import io.vertx.core.VertxException;

/**
 * The one place that decides which {@link ErrorCode} and message a failure shows to clients. A service's own error
 * passes through unchanged: its code, message and field.
 */
public final class ErrorMapper {

    private static final Logger LOG = Logger.getLogger(ErrorMapper.class);

    private ErrorMapper() {
    }

    public static ApiException toApiException(Throwable failure) {
        Throwable cause = failure;
        while (cause instanceof CompletionException && cause.getCause() != null) {
            cause = cause.getCause();
        }
        if (cause instanceof ApiException api) {
            return api;
        }
        GraphQLClientException fromService = find(cause, GraphQLClientException.class);
        if (fromService != null && !fromService.getErrors().isEmpty()) {
            return fromService(fromService.getErrors().get(0));
        }
        if (find(cause, ConnectException.class) != null || find(cause, TimeoutException.class) != null
                || find(cause, VertxException.class) != null || find(cause, FaultToleranceException.class) != null) {
            // FaultToleranceException: the call timed out, or the service's circuit is open.
            LOG.warnf("A downstream service is unavailable: %s", cause.getMessage());
            return new ApiException(ErrorCode.UNAVAILABLE, "A service behind the gateway is unavailable; try again shortly", null);
        }
        LOG.error("Unexpected failure", cause);
        return new ApiException(ErrorCode.INTERNAL, "Internal error", null);
    }

    private static ApiException fromService(GraphQLError error) {
        Map<String, Object> extensions = error.getExtensions() == null ? Map.of() : error.getExtensions();
        ErrorCode code;
        try {
            code = ErrorCode.valueOf(String.valueOf(extensions.getOrDefault("code", "INTERNAL")));
        } catch (IllegalArgumentException e) {
            code = ErrorCode.INTERNAL;
        }
        Object field = extensions.get("field");
        // Whatever else the service said (existingId, ...) passes through whole.
        Map<String, Object> details = new LinkedHashMap<>(extensions);
        details.remove("code");
        details.remove("field");
        return new ApiException(code, error.getMessage(), field == null ? null : field.toString(), details);
    }

    private static <T extends Throwable> T find(Throwable failure, Class<T> type) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
