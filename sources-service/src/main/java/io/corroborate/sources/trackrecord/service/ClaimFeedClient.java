package io.corroborate.sources.trackrecord.service;

import java.time.Instant;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.oidc.client.OidcClient;
import io.quarkus.oidc.client.Tokens;
import io.smallrye.graphql.client.dynamic.api.DynamicGraphQLClient;
import io.smallrye.graphql.client.dynamic.api.DynamicGraphQLClientBuilder;
import io.smallrye.mutiny.Uni;

/**
 * The GraphQL client for claims-service's feed (config key {@code claims-feed}), carrying sources-service's own
 * service-account token (client credentials, {@code quarkus.oidc-client}). The client is rebuilt whenever the token
 * is renewed, shortly before it expires.
 */
@ApplicationScoped
public class ClaimFeedClient {

    private static final long RENEW_BEFORE_EXPIRY_SECONDS = 30;

    private final OidcClient oidc;
    private DynamicGraphQLClient client;
    private Tokens tokens;

    public ClaimFeedClient(OidcClient oidc) {
        this.oidc = oidc;
    }

    /** A client whose token is valid for at least the next 30 s. */
    public synchronized Uni<DynamicGraphQLClient> get() {
        if (client != null && !expiresSoon(tokens)) {
            return Uni.createFrom().item(client);
        }
        return oidc.getTokens().map(this::replace);
    }

    private synchronized DynamicGraphQLClient replace(Tokens renewed) {
        close();
        tokens = renewed;
        client = DynamicGraphQLClientBuilder.newBuilder()
                .configKey("claims-feed")
                .header("Authorization", "Bearer " + renewed.getAccessToken())
                .build();
        return client;
    }

    private static boolean expiresSoon(Tokens tokens) {
        Long expiresAt = tokens.getAccessTokenExpiresAt();
        return expiresAt != null && Instant.ofEpochSecond(expiresAt).isBefore(Instant.now().plusSeconds(RENEW_BEFORE_EXPIRY_SECONDS));
    }

    @PreDestroy
    synchronized void close() {
        if (client != null) {
            try {
                client.close();
            } catch (Exception e) {
                // closing a client that is being replaced must not stop the feed
            }
            client = null;
        }
    }
}
