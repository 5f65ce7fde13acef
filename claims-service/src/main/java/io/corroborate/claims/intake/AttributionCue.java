package io.corroborate.claims.intake;

import org.eclipse.microprofile.graphql.Description;

/** How the text attributes: a verb of speech or thought, "according to", a quotation by a relay, a citation. */
@Description("How the text attributes: a verb of speech or thought, \"according to\", a quotation by a relay, or a citation.")
public enum AttributionCue {
    SAID, ACCORDING_TO, QUOTED, CITING
}
