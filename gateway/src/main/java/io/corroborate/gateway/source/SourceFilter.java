package io.corroborate.gateway.source;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

import io.corroborate.gateway.common.Marking;
import io.smallrye.graphql.api.Nullable;

@Description("Narrows a list of sources; all given conditions must hold.")
@Input("SourceFilter")
public record SourceFilter(@Nullable List<@NonNull SourceKind> kinds, @Nullable List<@NonNull String> countries,
        @Nullable List<@NonNull Marking> markings) {
}
