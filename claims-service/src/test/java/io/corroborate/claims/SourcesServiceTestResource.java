package io.corroborate.claims;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import io.corroborate.devstack.postgres.Postgres;
import io.corroborate.devstack.postgres.PostgresServer;
import io.corroborate.devstack.process.QuarkusAppProcess;
import io.corroborate.devstack.test.TestTokens;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A real sources-service (its packaged jar, as a process, on a fresh database of its own) for claims-service to
 * check source ids against. Built by the reactor before claims-service, so run the tests with {@code ./mvnw verify}.
 */
public class SourcesServiceTestResource implements QuarkusTestResourceLifecycleManager {

    private static QuarkusAppProcess sources;
    private PostgresServer postgres;
    private String database;

    /** The running sources-service, for tests that stop it and start it again. */
    public static QuarkusAppProcess process() {
        return sources;
    }

    @Override
    public Map<String, String> start() {
        postgres = Postgres.shared();
        database = postgres.createFreshDatabase("sources_for_claims_test");
        Map<String, String> config = new HashMap<>(TestTokens.verificationConfig());
        config.put("quarkus.datasource.username", postgres.user());
        config.put("quarkus.datasource.password", postgres.password());
        config.put("quarkus.datasource.jdbc.url", postgres.jdbcUrl(database));
        config.put("quarkus.datasource.reactive.url", postgres.reactiveUrl(database));
        config.put("corroborate.feed.enabled", "false");
        sources = QuarkusAppProcess.start("sources-service", Path.of("..", "sources-service", "target", "quarkus-app"),
                config, Path.of("target", "test-logs"));
        return Map.of("quarkus.smallrye-graphql-client.sources.url", sources.url() + "/graphql",
                "corroborate.test.sources-url", sources.url());
    }

    @Override
    public void stop() {
        if (sources != null) {
            sources.close();
        }
        if (database != null) {
            postgres.dropDatabase(database);
        }
    }
}
