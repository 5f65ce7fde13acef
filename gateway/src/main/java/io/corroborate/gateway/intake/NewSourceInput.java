package io.corroborate.gateway.intake;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

import io.corroborate.gateway.common.Marking;
import io.corroborate.gateway.source.SourceKind;

@Input("NewSourceInput")
@Description("A source to create on acceptance, as confirmed from a suggestion. Hops and the publisher name it as \"new:<key>\".")
public record NewSourceInput(@NonNull String key, @NonNull String name, @NonNull SourceKind kind, Marking marking) {
}
