package io.corroborate.sources.common.paging;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.UUID;

import io.corroborate.sources.common.error.ApiException;

/**
 * An opaque keyset position: the sort value of the last row seen and its id as a tie-breaker.
 * Clients must treat it as opaque; it is base64url so that it survives query strings.
 */
public record Cursor(String sortValue, String id) {

    private static final String PREFIX = "c1|";

    public static Cursor of(OffsetDateTime sortValue, UUID id) {
        return new Cursor(sortValue.toInstant().toString(), id.toString());
    }

    public String encode() {
        String raw = PREFIX + sortValue + "|" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    /** Decodes a client's {@code after} argument; anything we did not produce is a VALIDATION error. */
    public static Cursor decode(String encoded) {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(encoded), StandardCharsets.UTF_8);
            if (!raw.startsWith(PREFIX)) {
                throw malformed();
            }
            String[] parts = raw.substring(PREFIX.length()).split("\\|", -1);
            if (parts.length != 2) {
                throw malformed();
            }
            return new Cursor(parts[0], parts[1]);
        } catch (IllegalArgumentException e) {
            throw malformed();
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
