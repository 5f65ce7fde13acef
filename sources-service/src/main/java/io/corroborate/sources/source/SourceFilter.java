package io.corroborate.sources.source;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

import io.corroborate.sources.common.Marking;
import io.smallrye.graphql.api.Nullable;

@Input("SourceFilter")
@Description("Narrows a sources page. Every condition given must hold; a list matches any of its values.")
public record SourceFilter(
        @Nullable List<@NonNull SourceKind> kinds,
        @Description("ISO 3166-1 alpha-2 codes.") @Nullable List<@NonNull String> countries,
        @Nullable List<@NonNull Marking> markings) {
}
