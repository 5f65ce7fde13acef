package io.corroborate.gateway.source;

import org.eclipse.microprofile.graphql.NonNull;

public record SourceEdge(@NonNull String cursor, @NonNull Source node) {
}
