package io.corroborate.gateway.claim;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("One claim of a page, with its cursor.")
public record ClaimEdge(@NonNull String cursor, @NonNull Claim node) {
}
