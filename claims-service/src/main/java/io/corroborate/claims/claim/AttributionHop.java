package io.corroborate.claims.claim;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * One hop of a chain as stored. Only position and role are GraphQL fields as they are: the others depend on whether
 * the caller may see the hop's source, and come through {@code HopGraphQLApi}.
 */
@Embeddable
@Description("One step of an attribution chain: who said or passed on the claim, and how. A hop whose source is above"
        + " your clearance is redacted: only its position and role are shown.")
public class AttributionHop {

    @NonNull
    @Description("0 for the origin, then 1, 2, ... for each relay towards the article.")
    public int position;

    @Ignore
    public UUID sourceId;

    @Enumerated(EnumType.STRING)
    @Ignore
    public HopVerb verb;

    @Enumerated(EnumType.STRING)
    @Ignore
    public HopChannel channel;

    @Ignore
    public String excerpt;

    @Column(name = "hop_date")
    @Ignore
    public LocalDate date;

    @NonNull
    public HopRole getRole() {
        return position == 0 ? HopRole.ORIGIN : HopRole.RELAY;
    }
}
