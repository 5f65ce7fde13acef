package io.corroborate.gateway.claim;

/** claims-service's answer for one source of a batched claimsBySources call: the first page of its claims. */
public record SourceClaims(String sourceId, ClaimConnection claims) {
}
