package io.corroborate.gateway.intake;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("Verbatim text and its character offsets in the article's text (start inclusive, end exclusive).")
public record TextRange(int start, int end, @NonNull String text) {
}
