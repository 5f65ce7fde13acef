package io.corroborate.claims.intake;

/** How the text attributes: a verb of speech or thought, "according to", a quotation by a relay, a citation. */
public enum AttributionCue {
    SAID, ACCORDING_TO, QUOTED, CITING
}
