package io.corroborate.claims.intake;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/** A source no known one matches: its name as the article gives it, and a guess at its kind. */
@Description("A new source to create for a mention no known source matches: its name and a guess at its kind.")
public record SuggestedSource(@NonNull String name, @NonNull SourceKind kind) {
}
