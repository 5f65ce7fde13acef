package io.corroborate.sources.common;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/** Timestamps at PostgreSQL's precision (microseconds), so that values read back equal values written. */
public final class Timestamps {

    private Timestamps() {
    }

    public static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }
}
