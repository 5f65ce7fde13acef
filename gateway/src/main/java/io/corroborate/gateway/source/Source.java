package io.corroborate.gateway.source;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

import io.corroborate.gateway.common.Marking;

@Description("Someone or something a claim can come from or pass through: a person, outlet, organisation or agency.")
public record Source(
        @NonNull @Id String id,
        @NonNull String name,
        @NonNull SourceKind kind,
        @NonNull List<@NonNull String> aliases,
        String description,
        String country,
        String homepage,
        String wikidataId,
        @NonNull Marking marking,
        @NonNull int version,
        @Id String mergedInto,
        @NonNull List<@NonNull Affiliation> affiliations,
        @NonNull Reliability reliability) {
}
