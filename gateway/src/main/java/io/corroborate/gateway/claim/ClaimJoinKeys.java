package io.corroborate.gateway.claim;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import io.corroborate.gateway.downstream.JoinKeys;

/** What claims-service is asked in place of the claim fields ClaimGraphQLApi resolves. */
@ApplicationScoped
public class ClaimJoinKeys implements JoinKeys {

    @Override
    public Map<String, String> byField() {
        return Map.of(
                "AttributionHop.source", "sourceId",
                "Claim.origin", "attribution { sourceId }",
                "Claim.article", "articleId");
    }
}
