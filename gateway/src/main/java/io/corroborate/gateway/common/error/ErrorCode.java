package io.corroborate.gateway.common.error;

/** The {@code extensions.code} of every GraphQL error. The same codes are used by every Corroborate service. */
public enum ErrorCode {
    VALIDATION,
    NOT_FOUND,
    CONFLICT,
    UNAUTHENTICATED,
    FORBIDDEN,
    UNAVAILABLE,
    /** A request over one of the limits (depth, cost, aliases, batch size, body size, page size). */
    LIMIT,
    INTERNAL
}
