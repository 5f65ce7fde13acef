package io.corroborate.gateway.source;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import io.corroborate.gateway.downstream.JoinKeys;

/**
 * What sources-service is asked in place of the source fields SourceGraphQLApi resolves. (Source.reliability is not
 * one: it is asked of sources-service as the client wrote it, arguments included, and served from the source.)
 */
@ApplicationScoped
public class SourceJoinKeys implements JoinKeys {

    @Override
    public Map<String, String> byField() {
        return Map.of("Source.claims", "id");
    }
}
