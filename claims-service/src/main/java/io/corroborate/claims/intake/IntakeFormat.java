package io.corroborate.claims.intake;

/** How the article's text is given. */
public enum IntakeFormat {
    TEXT, HTML
}
