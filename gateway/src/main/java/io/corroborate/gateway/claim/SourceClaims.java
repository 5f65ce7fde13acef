package io.corroborate.gateway.claim;

import java.util.List;

/** claims-service's answer for one source of a batched claimsBySources call. */
public record SourceClaims(String sourceId, int totalCount, List<Claim> claims) {
}
