package io.corroborate.claims.intake;

import org.eclipse.microprofile.graphql.Description;

/** How the article's text is given. */
@Description("How an article's text is given: plain text, or HTML to reduce to its text.")
public enum IntakeFormat {
    TEXT, HTML
}
