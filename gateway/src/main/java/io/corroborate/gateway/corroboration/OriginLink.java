package io.corroborate.gateway.corroboration;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

@Description("One step joining two origins: an affiliation in force (EMPLOYED_BY, PART_OF ...) or MERGED_INTO.")
public record OriginLink(@NonNull @Id String fromSourceId, @NonNull @Id String toSourceId, @NonNull String type,
        @Description("The first day the affiliation was in force; null when open or for a merge.") LocalDate validFrom,
        @Description("The last day the affiliation was in force; null when open or for a merge.") LocalDate validTo) {
}
