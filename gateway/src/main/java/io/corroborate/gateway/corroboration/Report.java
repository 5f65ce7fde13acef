package io.corroborate.gateway.corroboration;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

import io.corroborate.gateway.claim.RelationType;

@Description("A claim that bears on another one: its id, statement and origin, and how it is related.")
public record Report(@NonNull @Id String claimId, @NonNull String statement, @Id String originSourceId,
        @Description("SUPPORTS, DUPLICATES or CONTRADICTS; null for the claim itself.") RelationType relation) {
}
