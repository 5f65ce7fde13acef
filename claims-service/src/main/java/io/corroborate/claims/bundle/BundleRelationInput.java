package io.corroborate.claims.bundle;

import org.eclipse.microprofile.graphql.NonNull;

import io.corroborate.claims.relation.RelationType;

public record BundleRelationInput(@NonNull String fromKey, @NonNull String toKey, @NonNull RelationType type,
        String rationale) {
}
