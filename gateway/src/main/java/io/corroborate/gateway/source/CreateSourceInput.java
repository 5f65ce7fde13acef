package io.corroborate.gateway.source;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

import io.corroborate.gateway.common.Marking;
import io.smallrye.graphql.api.Nullable;

@Description("A new source; its name and aliases must not be in use by another source.")
@Input("CreateSourceInput")
public record CreateSourceInput(
        @NonNull String name,
        @NonNull SourceKind kind,
        @Nullable List<@NonNull String> aliases,
        String description,
        String country,
        String homepage,
        String wikidataId,
        Marking marking) {
}
