package io.corroborate.sources.trackrecord;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** One recomputation of a source's computed reliability, overall (topic "") or for one topic. */
@Entity
public class ReliabilitySnapshot {

    public static final String OVERALL = "";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public UUID sourceId;

    public String topic;

    public OffsetDateTime computedAt;

    public int confirmed;

    public int refuted;

    public int misleading;

    public double score;

    public double lowerBound;

    public double upperBound;

    public String grade;
}
