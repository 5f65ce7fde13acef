package io.corroborate.sources.common.paging;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.UUID;

import io.corroborate.sources.common.error.ApiException;

/**
 * An opaque keyset position: the sort value of the last row seen and its id as a tie-breaker, bound to the list it
 * came from. The list's scope (the connection, its order and its filter) is fingerprinted into the cursor, so a cursor
 * used with another list, order or filter is refused instead of silently giving a wrong page. Clients must treat it as
 * opaque; it is base64url so that it survives query strings.
 */
public record Cursor(String sortValue, String id) {

    private static final String PREFIX = "c2|";

    public static Cursor of(OffsetDateTime sortValue, UUID id) {
        return new Cursor(sortValue.toInstant().toString(), id.toString());
    }

    /** The cursor for a row of the list described by {@code scope}. */
    public String encode(String scope) {
        String raw = PREFIX + fingerprint(scope) + "|" + sortValue + "|" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Decodes a client's {@code after} argument for the list described by {@code scope}: anything we did not produce,
     * or produced for another list, order or filter, is a VALIDATION error that says which.
     */
    public static Cursor decode(String encoded, String scope) {
        String[] parts;
        try {
            String raw = new String(Base64.getUrlDecoder().decode(encoded), StandardCharsets.UTF_8);
            if (!raw.startsWith(PREFIX)) {
                throw malformed();
            }
            parts = raw.substring(PREFIX.length()).split("\\|", -1);
        } catch (IllegalArgumentException e) {
            throw malformed();
        }
        if (parts.length != 3) {
            throw malformed();
        }
        if (!parts[0].equals(fingerprint(scope))) {
            throw ApiException.validation("after", "this cursor belongs to another list, order or filter; a cursor"
                    + " continues only the list it came from (ask again without after to start this one)");
        }
        return new Cursor(parts[1], parts[2]);
    }

    /** A short, stable fingerprint of a list's scope. */
    private static String fingerprint(String scope) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(scope.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public OffsetDateTime timeValue() {
        try {
            return Instant.parse(sortValue).atOffset(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw malformed();
        }
    }

    public UUID uuid() {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw malformed();
        }
    }

    private static ApiException malformed() {
        return ApiException.validation("after", "is not a cursor returned by this API");
    }
}
