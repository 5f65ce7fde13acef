package io.corroborate.gateway.claim;

import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;


@Input("BundleRelationInput")
public record BundleRelationInput(@NonNull String fromKey, @NonNull String toKey, @NonNull RelationType type,
        String rationale) {
}
