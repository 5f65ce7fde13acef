package io.corroborate.gateway.intake;

import org.eclipse.microprofile.graphql.Description;

@Description("How an article's text is given: plain text, or HTML to reduce to its text.")
public enum IntakeFormat {
    TEXT,
    HTML
}
