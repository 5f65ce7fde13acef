package io.corroborate.sources.source;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/** A known source that a mention in an article may name, and how closely (1 for the exact name or an alias). */
@Description("A known source that a mention may name, and how closely: 1 for its exact name or an alias, less for a resemblance.")
public record SourceMatch(@NonNull Source source, double score) {
}
