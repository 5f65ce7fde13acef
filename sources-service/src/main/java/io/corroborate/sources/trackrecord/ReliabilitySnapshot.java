package io.corroborate.sources.trackrecord;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import io.corroborate.sources.common.Marking;

/**
 * One recomputation of a source's computed reliability, overall (topic "") or for one topic, for one clearance tier:
 * it counts only the claims marked {@link #tier} or below, so that a reader is never shown a figure that depends on a
 * claim above their clearance.
 */
@Entity
public class ReliabilitySnapshot {

    public static final String OVERALL = "";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public UUID sourceId;

    public String topic;

    @Enumerated(EnumType.STRING)
    public Marking tier;

    public OffsetDateTime computedAt;

    public int confirmed;

    public int refuted;

    public int misleading;

    public double score;

    public double lowerBound;

    public double upperBound;

    public String grade;
}
