package io.corroborate.gateway.corroboration;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import io.corroborate.gateway.downstream.JoinKeys;

/** What claims-service is asked in place of the fields CorroborationGraphQLApi resolves. */
@ApplicationScoped
public class CorroborationJoinKeys implements JoinKeys {

    @Override
    public Map<String, String> byField() {
        return Map.of(
                "Claim.corroboration", "id",
                "OriginGroup.sources", "sourceIds");
    }
}
