package io.corroborate.claims.intake;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

import io.corroborate.claims.common.Marking;

/** A source an analyst confirmed from a proposal's suggestion; hops name it as {@code new:<key>}. */
@Input("NewSourceInput")
@Description("A source to create on acceptance, as confirmed from a suggestion. Hops and the publisher name it as \"new:<key>\".")
public record NewSourceInput(@NonNull String key, @NonNull String name, @NonNull SourceKind kind, Marking marking) {
}
