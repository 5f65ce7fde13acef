package io.corroborate.gateway.article;

import io.corroborate.gateway.claim.ClaimConnection;
import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * claims-service's answer for one article of a batched articlesByIds call: the first page of its claims. Not part of
 * the gateway's own schema, so Quarkus does not register it; JSON-B reads it reflectively, which native mode must know.
 */
@RegisterForReflection
public record ArticleClaims(ClaimConnection claims) {
}
