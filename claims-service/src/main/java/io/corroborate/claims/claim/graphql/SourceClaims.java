package io.corroborate.claims.claim.graphql;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

@Description("The first page of the claims a source appears in, newest first. Continue with claims(filter: {sourceIds}, after).")
public record SourceClaims(@NonNull @Id String sourceId, @NonNull ClaimConnection claims) {
}
