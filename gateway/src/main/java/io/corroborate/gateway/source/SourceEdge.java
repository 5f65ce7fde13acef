package io.corroborate.gateway.source;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("One source of a page, with its cursor.")
public record SourceEdge(@NonNull String cursor, @NonNull Source node) {
}
