package io.corroborate.claims.intake;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

/** A known source a mention may name. */
@Description("A known source a mention may name, with how closely it matches (1 for its exact name or an alias).")
public record SourceCandidate(@NonNull @Id String sourceId, @NonNull String name, double score) {
}
