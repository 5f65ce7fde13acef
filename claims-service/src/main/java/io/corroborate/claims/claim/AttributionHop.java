package io.corroborate.claims.claim;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

import io.corroborate.claims.source.graphql.Source;

@Embeddable
@Description("One step of an attribution chain: who said or passed on the claim, and how.")
public class AttributionHop {

    @NonNull
    @Description("0 for the origin, then 1, 2, ... for each relay towards the article.")
    public int position;

    @NonNull
    @Id
    @Description("The source, in sources-service.")
    public UUID sourceId;

    @Enumerated(EnumType.STRING)
    @Description("How a relay passed the claim on; null for the origin.")
    public HopVerb verb;

    @Enumerated(EnumType.STRING)
    @Description("How the origin made the claim; null for relays.")
    public HopChannel channel;

    @Description("What this source wrote or said, verbatim where possible.")
    public String excerpt;

    @Column(name = "hop_date")
    @Description("When this source made or passed on the claim.")
    public LocalDate date;

    @Description("The source itself; its fields come from sources-service.")
    @NonNull
    public Source getSource() {
        return new Source(sourceId.toString());
    }

    @NonNull
    public HopRole getRole() {
        return position == 0 ? HopRole.ORIGIN : HopRole.RELAY;
    }
}
