package io.corroborate.gateway.source;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Name("Rating")
@Description("An editor's Admiralty rating of a source, optionally scoped to a topic.")
public record AssessedReliability(@NonNull ReliabilityGrade grade, @NonNull String rationale, @NonNull String assessedBy,
        @NonNull OffsetDateTime assessedAt, String topic) {
}
