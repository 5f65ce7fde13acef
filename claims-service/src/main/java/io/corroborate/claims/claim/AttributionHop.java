package io.corroborate.claims.claim;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * One hop of a chain as stored. It is not shown as it is: most of its fields depend on whether the caller may see the
 * hop's source, so {@code HopGraphQLApi} shows each hop as a {@code graphql.Hop}, redacted where it must be.
 */
@Embeddable
public class AttributionHop {

    /** 0 for the origin, then 1, 2, ... for each relay towards the article. */
    public int position;

    public UUID sourceId;

    @Enumerated(EnumType.STRING)
    public HopVerb verb;

    @Enumerated(EnumType.STRING)
    public HopChannel channel;

    public String excerpt;

    @Column(name = "hop_date")
    public LocalDate date;

    public HopRole role() {
        return position == 0 ? HopRole.ORIGIN : HopRole.RELAY;
    }
}
