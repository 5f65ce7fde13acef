package io.corroborate.sources.common.input;

import java.util.UUID;

import io.corroborate.sources.common.error.ApiException;

/** Checks on client input that fail with a VALIDATION error naming the field. */
public final class Inputs {

    private Inputs() {
    }

    public static UUID id(String field, String value) {
        if (value == null || value.isBlank()) {
            throw ApiException.validation(field, "is required");
        }
        try {
            return UUID.fromString(value.trim());
        } catch (IllegalArgumentException e) {
            throw ApiException.validation(field, "is not a valid id");
        }
    }

    /** A required text, trimmed, of at most {@code max} characters. */
    public static String text(String field, String value, int max) {
        String trimmed = optionalText(field, value, max);
        if (trimmed == null) {
            throw ApiException.validation(field, "must not be empty");
        }
        return trimmed;
    }

    /** An optional text, trimmed (blank becomes null), of at most {@code max} characters. */
    public static String optionalText(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String trimmed = value.trim();
        if (trimmed.length() > max) {
            throw ApiException.validation(field, "must be at most " + max + " characters");
        }
        return trimmed;
    }

    public static <T> T required(String field, T value) {
        if (value == null) {
            throw ApiException.validation(field, "is required");
        }
        return value;
    }
}
