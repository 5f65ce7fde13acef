package io.corroborate.gateway.intake;

import org.eclipse.microprofile.graphql.Description;

@Description("How the text attributes: a verb of speech or thought, \"according to\", or a quotation by a relay; a citation (\"Y reported, citing X\") makes a chain.")
public enum AttributionCue {
    SAID,
    ACCORDING_TO,
    QUOTED
}
