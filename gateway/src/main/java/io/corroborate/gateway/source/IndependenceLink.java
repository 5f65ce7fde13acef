package io.corroborate.gateway.source;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

@Description("One reason two sources depend on each other: an affiliation in force, or a merge (MERGED_INTO).")
public record IndependenceLink(
        @NonNull @Id String fromSourceId,
        @NonNull @Id String toSourceId,
        @NonNull @Description("An affiliation type, or MERGED_INTO when one id is a merged duplicate of the other.") String type,
        LocalDate validFrom,
        LocalDate validTo) {
}
