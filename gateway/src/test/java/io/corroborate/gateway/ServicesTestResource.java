package io.corroborate.gateway;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.corroborate.devstack.postgres.Postgres;
import io.corroborate.devstack.postgres.PostgresServer;
import io.corroborate.devstack.process.QuarkusAppProcess;
import io.corroborate.devstack.test.GraphQLClient;
import io.corroborate.devstack.test.TestTokens;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * The real services behind the gateway: sources-service and claims-service, packaged jars run as processes, each on
 * a fresh database of its own, trusting the same test token issuer as the gateway. All three export their traces to
 * one {@link OtlpCollector}.
 */
public class ServicesTestResource implements QuarkusTestResourceLifecycleManager {

    private static QuarkusAppProcess sources;
    private static QuarkusAppProcess claims;
    private final List<String> databases = new ArrayList<>();
    private PostgresServer postgres;

    /** The running sources-service, for tests that stop it and start it again. */
    public static QuarkusAppProcess sources() {
        return sources;
    }

    @Override
    public Map<String, String> start() {
        postgres = Postgres.shared();
        Path logs = Path.of("target", "test-logs");
        // sources-service reads claims-service's feed of verdicts, as deployed: the portal's tests watch a review
        // change a source's computed reliability. claims-service's port is chosen first, since it starts second.
        int claimsPort = QuarkusAppProcess.freePort();
        Map<String, String> feed = new HashMap<>(TestTokens.serviceAccountConfig("sources-service"));
        feed.put("quarkus.smallrye-graphql-client.claims-feed.url", "http://127.0.0.1:" + claimsPort + "/graphql");
        sources = QuarkusAppProcess.start("sources-service", Path.of("..", "sources-service", "target", "quarkus-app"),
                config("sources_for_gateway_test", feed), logs);
        claims = QuarkusAppProcess.start("claims-service", Path.of("..", "claims-service", "target", "quarkus-app"),
                config("claims_for_gateway_test", Map.of("quarkus.smallrye-graphql-client.sources.url", sources.url() + "/graphql")),
                logs, claimsPort);
        warmUp();
        Map<String, String> gateway = new HashMap<>(OtlpCollector.shared().exporterConfig());
        gateway.putAll(Map.of(
                "quarkus.smallrye-graphql-client.claims.url", claims.url() + "/graphql",
                "quarkus.smallrye-graphql-client.sources.url", sources.url() + "/graphql",
                "corroborate.test.claims-url", claims.url(),
                "corroborate.test.sources-url", sources.url()));
        return gateway;
    }

    /**
     * A service's first write pays for class loading and cold code, which can take longer than the 2 s the gateway
     * allows a call; a deployment warms up behind its readiness probe. Each service here makes one source, article and
     * claim, and reads a page, before any test runs (under names no test looks for).
     */
    private static void warmUp() {
        GraphQLClient analyst = GraphQLClient.as("ana", "analyst");
        String source = analyst.on(sources.url()).execute("mutation($i: CreateSourceInput!) { createSource(input: $i) { id } }",
                Map.of("i", Map.of("name", "Warm-up outlet " + UUID.randomUUID(), "kind", "OUTLET")))
                .extract().path("data.createSource.id");
        String article = analyst.on(claims.url()).execute("mutation($i: CreateArticleInput!) { createArticle(input: $i) { id } }",
                Map.of("i", Map.of("url", "https://warm-up.example.test/" + UUID.randomUUID(), "title", "Warm-up",
                        "publisherSourceId", source)))
                .extract().path("data.createArticle.id");
        analyst.on(claims.url()).execute("mutation($i: CreateClaimInput!) { createClaim(input: $i) { id } }",
                Map.of("i", Map.of("articleId", article, "statement", "Warm-up", "claimedAt", "2025-01-15T00:00:00Z",
                        "attribution", List.of(Map.of("role", "ORIGIN", "sourceId", source, "channel", "INTERVIEW")))));
        analyst.on(claims.url()).execute("{ claims(first: 5) { totalCount edges { node { id attribution { sourceId } } } } }");
        analyst.on(sources.url()).execute("{ sources(first: 5) { totalCount edges { node { id reliability { computed { grade } } } } } }");
    }

    @Override
    public void stop() {
        if (claims != null) {
            claims.close();
        }
        if (sources != null) {
            sources.close();
        }
        databases.forEach(postgres::dropDatabase);
    }

    private Map<String, String> config(String databasePrefix, Map<String, String> extra) {
        String database = postgres.createFreshDatabase(databasePrefix);
        databases.add(database);
        Map<String, String> config = new HashMap<>(TestTokens.verificationConfig());
        config.put("quarkus.datasource.username", postgres.user());
        config.put("quarkus.datasource.password", postgres.password());
        config.put("quarkus.datasource.jdbc.url", postgres.jdbcUrl(database));
        config.put("quarkus.datasource.reactive.url", postgres.reactiveUrl(database));
        config.putAll(OtlpCollector.shared().exporterConfig());
        config.putAll(extra);
        return config;
    }
}
