package io.corroborate.sources.trackrecord;

import java.time.OffsetDateTime;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** How far a feed has been applied. Moves in the same transaction as the effects of the events it covers. */
@Entity
public class FeedCursor {

    public static final String CLAIMS = "claims";

    @Id
    public String feed;

    public long position;

    public String cursor;

    public OffsetDateTime updatedAt;
}
