package io.corroborate.gateway.intake;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import io.corroborate.gateway.source.SourceKind;

@Description("A new source to create for a mention no known source matches: its name and a guess at its kind.")
public record SuggestedSource(@NonNull String name, @NonNull SourceKind kind) {
}
