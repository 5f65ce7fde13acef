package io.corroborate.gateway.source;

import java.util.List;

import jakarta.json.bind.annotation.JsonbProperty;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
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
        @NonNull @Description("The ids of the duplicates merged into this source that you may see. Looking up any of"
                + " them answers with this source: compare the id you asked for with these to tell a redirect.")
        List<@NonNull String> mergedFrom,
        @NonNull List<@NonNull Affiliation> affiliations,
        // Loaded with the source (as of now, all topics); Source.reliability serves it, or asks again with arguments.
        @Ignore @JsonbProperty("reliability") Reliability currentReliability) {
}
