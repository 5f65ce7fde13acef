package io.corroborate.claims.bundle;

import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

import io.corroborate.claims.relation.RelationType;

@Input("BundleRelationInput")
public record BundleRelationInput(@NonNull String fromKey, @NonNull String toKey, @NonNull RelationType type,
        String rationale) {
}
