package io.corroborate.gateway.claim;

import org.eclipse.microprofile.graphql.Id;
import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * claims-service's answer for one source of a batched claimsBySources call: the first page of its claims. Not part of
 * the gateway's own schema, so Quarkus does not register it; JSON-B reads it reflectively, which native mode must know.
 */
@RegisterForReflection
public record SourceClaims(@Id String sourceId, ClaimConnection claims) {
}
