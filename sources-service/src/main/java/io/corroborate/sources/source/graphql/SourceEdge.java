package io.corroborate.sources.source.graphql;

import org.eclipse.microprofile.graphql.NonNull;

import io.corroborate.sources.source.Source;

public record SourceEdge(@NonNull String cursor, @NonNull Source node) {
}
