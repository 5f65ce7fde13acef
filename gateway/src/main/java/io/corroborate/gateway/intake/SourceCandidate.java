package io.corroborate.gateway.intake;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

@Description("A known source a mention may name, with how closely it matches (1 for its exact name or an alias).")
public record SourceCandidate(@NonNull @Id String sourceId, @NonNull String name, double score) {
}
