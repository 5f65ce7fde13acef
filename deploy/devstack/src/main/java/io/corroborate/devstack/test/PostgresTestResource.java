package io.corroborate.devstack.test;

import java.util.Map;

import io.corroborate.devstack.postgres.Postgres;
import io.corroborate.devstack.postgres.PostgresServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Gives a Quarkus test run a fresh database of its own on the shared PostgreSQL server, and drops it
 * when the run ends. Nothing else on that server is touched.
 *
 * <p>Init argument {@code database}: the prefix of the database name (default {@code corroborate}).
 */
public class PostgresTestResource implements QuarkusTestResourceLifecycleManager {

    private PostgresServer server;
    private String database;
    private String prefix = "corroborate";

    @Override
    public void init(Map<String, String> initArgs) {
        prefix = initArgs.getOrDefault("database", prefix) + "_test";
    }

    @Override
    public Map<String, String> start() {
        server = Postgres.shared();
        database = server.createFreshDatabase(prefix);
        return Map.of(
                "quarkus.datasource.username", server.user(),
                "quarkus.datasource.password", server.password(),
                "quarkus.datasource.jdbc.url", server.jdbcUrl(database),
                "quarkus.datasource.reactive.url", server.reactiveUrl(database),
                "corroborate.test.database", database);
    }

    @Override
    public void stop() {
        if (database != null) {
            server.dropDatabase(database);
        }
    }
}
