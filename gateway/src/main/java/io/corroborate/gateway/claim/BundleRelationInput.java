package io.corroborate.gateway.claim;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;


@Description("A relation between two claims of the same bundle, named by their keys.")
@Input("BundleRelationInput")
public record BundleRelationInput(@NonNull String fromKey, @NonNull String toKey, @NonNull RelationType type,
        String rationale) {
}
