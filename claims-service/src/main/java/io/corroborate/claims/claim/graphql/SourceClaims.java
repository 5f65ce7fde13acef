package io.corroborate.claims.claim.graphql;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

import io.corroborate.claims.claim.Claim;

@Description("The newest claims a source appears in, and how many there are in all.")
public record SourceClaims(@NonNull @Id String sourceId, @NonNull int totalCount, @NonNull List<@NonNull Claim> claims) {
}
