package io.corroborate.claims.intake;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/** Verbatim text and its character offsets in the article's text (start inclusive, end exclusive). */
@Description("Verbatim text and its character offsets in the article's text (start inclusive, end exclusive).")
public record TextRange(int start, int end, @NonNull String text) {
}
