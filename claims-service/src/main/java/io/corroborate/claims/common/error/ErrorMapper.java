package io.corroborate.claims.common.error;

import java.net.ConnectException;
import java.util.Set;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeoutException;

import org.hibernate.StaleStateException;
import org.hibernate.exception.ConstraintViolationException;
import org.jboss.logging.Logger;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.pgclient.PgException;
import io.vertx.sqlclient.ClosedConnectionException;
import jakarta.persistence.OptimisticLockException;

/** The one place that decides which {@link ErrorCode} and message a failure shows to clients. */
public final class ErrorMapper {

    private static final Logger LOG = Logger.getLogger(ErrorMapper.class);

    private static final String UNIQUE_VIOLATION = "23505";
    private static final Set<String> BAD_DATA_STATES = Set.of("23502", "23503", "23514", "22001", "22003", "22P02");

    private ErrorMapper() {
    }

    public static ApiException toApiException(Throwable failure) {
        Throwable cause = unwrap(failure);
        if (cause instanceof ApiException api) {
            return api;
        }
        if (cause instanceof UnauthorizedException || cause instanceof AuthenticationFailedException) {
            return ApiException.unauthenticated();
        }
        if (cause instanceof ForbiddenException) {
            return ApiException.forbidden("Your roles do not allow this operation");
        }
        if (isStaleVersion(cause)) {
            return ApiException.conflict("The record was changed by someone else; read it again and retry");
        }
        PgException pg = find(cause, PgException.class);
        if (isUniqueViolation(cause)) {
            return ApiException.conflict("The record already exists");
        }
        if (pg != null && BAD_DATA_STATES.contains(pg.getSqlState())) {
            return new ApiException(ErrorCode.VALIDATION, "The input breaks a data rule", null);
        }
        if (find(cause, ConnectException.class) != null || find(cause, TimeoutException.class) != null
                || find(cause, ClosedConnectionException.class) != null || (pg != null && isUnavailable(pg.getSqlState()))) {
            // Without its stack: while the database is down, every request says the same.
            LOG.warnf("A dependency is unavailable: %s", cause.getMessage());
            return new ApiException(ErrorCode.UNAVAILABLE, "A dependency is unavailable; try again shortly", null);
        }
        LOG.error("Unexpected failure", cause);
        return new ApiException(ErrorCode.INTERNAL, "Internal error", null);
    }

    /** A connection failure (class 08) or the server shutting down or starting up (class 57: 57P01-57P03). */
    private static boolean isUnavailable(String sqlState) {
        return sqlState != null && (sqlState.startsWith("08") || sqlState.startsWith("57P"));
    }

    private static boolean isStaleVersion(Throwable cause) {
        return find(cause, OptimisticLockException.class) != null || find(cause, StaleStateException.class) != null;
    }

    private static Throwable unwrap(Throwable failure) {
        Throwable current = failure;
        while (current instanceof CompletionException && current.getCause() != null) {
            current = current.getCause();
        }
        return current;
    }

    /**
     * Whether the failure is a unique constraint's: PostgreSQL's own exception, or Hibernate's, which carries only its
     * SQL state when the insert runs at flush.
     */
    public static boolean isUniqueViolation(Throwable failure) {
        PgException pg = find(failure, PgException.class);
        ConstraintViolationException constraint = find(failure, ConstraintViolationException.class);
        return pg != null && UNIQUE_VIOLATION.equals(pg.getSqlState())
                || constraint != null && UNIQUE_VIOLATION.equals(constraint.getSQLState());
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
