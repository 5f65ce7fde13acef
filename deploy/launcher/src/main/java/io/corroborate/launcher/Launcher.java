package io.corroborate.launcher;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.function.Supplier;

import io.corroborate.devstack.ProjectLayout;
import io.corroborate.devstack.demo.DemoData;
import io.corroborate.devstack.keycloak.Keycloak;
import io.corroborate.devstack.keycloak.KeycloakPortalClient;
import io.corroborate.devstack.keycloak.KeycloakServer;
import io.corroborate.devstack.postgres.Postgres;
import io.corroborate.devstack.postgres.PostgresServer;
import io.corroborate.devstack.process.QuarkusAppProcess;
import io.corroborate.devstack.test.TestTokens;

/**
 * Runs the whole suite on this machine: PostgreSQL, Keycloak, sources-service, claims-service and the gateway, then
 * the demo data, then waits for Ctrl-C and stops everything it started. The infrastructure comes from
 * deploy/devstack, the same code the tests use.
 */
public final class Launcher {

    private static final String DEMO_ADMIN = "adam";

    private final Path logs = ProjectLayout.devstackDirectory().resolve("logs");
    private final List<QuarkusAppProcess> started = new ArrayList<>();
    private final Instant launch = Instant.now();
    private int step;

    public static void main(String[] args) throws InterruptedException {
        Launcher launcher = new Launcher();
        Runtime.getRuntime().addShutdownHook(new Thread(launcher::stop, "corroborate-launcher-stop"));
        try {
            launcher.run();
        } catch (RuntimeException e) {
            System.err.println();
            System.err.println("Corroborate did not start: " + e.getMessage());
            System.exit(1);
        }
        new CountDownLatch(1).await(); // until Ctrl-C
    }

    private void run() {
        int gatewayPort = port("CORROBORATE_GATEWAY_PORT", 8080);
        int claimsPort = port("CORROBORATE_CLAIMS_PORT", 8081);
        int sourcesPort = port("CORROBORATE_SOURCES_PORT", 8082);
        // Health and metrics: each app's management interface, as in production.
        int gatewayManagementPort = port("CORROBORATE_GATEWAY_MANAGEMENT_PORT", 9080);
        int claimsManagementPort = port("CORROBORATE_CLAIMS_MANAGEMENT_PORT", 9081);
        int sourcesManagementPort = port("CORROBORATE_SOURCES_MANAGEMENT_PORT", 9082);
        // Another pair of databases keeps a generated dataset (deploy/bench/scale.sh) apart from the demo's.
        String sourcesDatabase = setting("CORROBORATE_SOURCES_DATABASE", "corroborate_sources");
        String claimsDatabase = setting("CORROBORATE_CLAIMS_DATABASE", "corroborate_claims");
        System.out.println("Starting Corroborate. Logs: " + logs);

        PostgresServer postgres = step("PostgreSQL", () -> {
            PostgresServer configured = Postgres.configured();
            PostgresServer server = configured.isUsable() ? configured
                    : Postgres.startEmbedded(ProjectLayout.devstackDirectory().resolve("postgres"),
                            port("CORROBORATE_EMBEDDED_PG_PORT", 54329));
            server.ensureDatabase(sourcesDatabase);
            server.ensureDatabase(claimsDatabase);
            return server;
        }, server -> (server.port() == 5432 ? "the server on " : "embedded, on ") + server.host() + ":" + server.port());

        String gatewayUrl = "http://127.0.0.1:" + gatewayPort;
        KeycloakServer keycloak = step("Keycloak (the first run builds it: about a minute)", () -> {
            KeycloakServer server = Keycloak.shared();
            KeycloakPortalClient.allowOrigin(gatewayUrl); // the portal logs in from the gateway's origin
            return server;
        }, server -> server.url() + (Keycloak.startedHere() ? ", started" : ", already running"));

        String claimsUrl = "http://127.0.0.1:" + claimsPort;
        String sourcesUrl = "http://127.0.0.1:" + sourcesPort;
        step("sources-service, claims-service and gateway", () -> {
            CompletableFuture<QuarkusAppProcess> sources = startAsync("sources-service", sourcesPort, sourcesManagementPort, database(postgres, sourcesDatabase, keycloak, Map.of(
                    "quarkus.oidc-client.credentials.secret", "sources-service-dev-secret",
                    "quarkus.smallrye-graphql-client.claims-feed.url", claimsUrl + "/graphql")));
            CompletableFuture<QuarkusAppProcess> claims = startAsync("claims-service", claimsPort, claimsManagementPort, database(postgres, claimsDatabase, keycloak, Map.of(
                    "quarkus.smallrye-graphql-client.sources.url", sourcesUrl + "/graphql")));
            CompletableFuture<QuarkusAppProcess> gateway = startAsync("gateway", gatewayPort, gatewayManagementPort, Map.of(
                    "quarkus.oidc.auth-server-url", keycloak.issuer(),
                    "quarkus.smallrye-graphql-client.claims.url", claimsUrl + "/graphql",
                    "quarkus.smallrye-graphql-client.sources.url", sourcesUrl + "/graphql",
                    "quarkus.smallrye-graphql.ui.enabled", "true"));
            try {
                return List.of(sources.join(), claims.join(), gateway.join());
            } catch (CompletionException e) {
                throw new IllegalStateException(e.getCause().getMessage(), e.getCause());
            }
        }, apps -> "ports " + sourcesPort + ", " + claimsPort + ", " + gatewayPort);

        step("demo data (deploy/demo/seed-article.json)",
                () -> DemoData.load(gatewayUrl, TestTokens.login(DEMO_ADMIN, DEMO_ADMIN)),
                result -> (result.loadedNow() ? "loaded: " : "already there: ") + result.sources() + " sources, "
                        + result.claims() + " claims");

        printNextSteps(gatewayUrl, "http://127.0.0.1:" + gatewayManagementPort, keycloak);
    }

    private CompletableFuture<QuarkusAppProcess> startAsync(String name, int port, int managementPort, Map<String, String> config) {
        return CompletableFuture.supplyAsync(() -> {
            QuarkusAppProcess app = QuarkusAppProcess.start(name,
                    ProjectLayout.root().resolve(name).resolve("target").resolve("quarkus-app"), config, logs, port,
                    managementPort);
            synchronized (started) {
                started.add(app);
            }
            return app;
        });
    }

    private static Map<String, String> database(PostgresServer postgres, String database, KeycloakServer keycloak,
            Map<String, String> extra) {
        Map<String, String> config = new HashMap<>(extra);
        config.put("quarkus.datasource.username", postgres.user());
        config.put("quarkus.datasource.password", postgres.password());
        config.put("quarkus.datasource.jdbc.url", postgres.jdbcUrl(database));
        config.put("quarkus.datasource.reactive.url", postgres.reactiveUrl(database));
        config.put("quarkus.oidc.auth-server-url", keycloak.issuer());
        return config;
    }

    private void printNextSteps(String gatewayUrl, String gatewayManagementUrl, KeycloakServer keycloak) {
        String query = "{ claims(first: 5, orderBy: {field: CLAIMED_AT, direction: DESC}) { totalCount edges { node { statement status"
                + " attribution { role redacted source { name reliability { computed { grade } assessed { grade } } } } } } } }";
        System.out.printf("""

                Corroborate is ready (%.1f s).

                  Analyst portal     %s/  (sign in as a demo user below)
                  GraphQL endpoint   %s/graphql
                  GraphQL UI         %s/q/graphql-ui/  (the UI needs a bearer token: paste one into its headers)
                  Health, metrics    %s/q/health, %s/q/metrics  (the gateway's; the services' on ports 9081 and 9082)
                  Keycloak           %s  (realm %s; administrator admin / admin)

                  Demo users (password = username)
                    vera   viewer    clearance GREEN
                    anna   analyst   clearance AMBER
                    eddie  editor    clearance RED
                    adam   admin     clearance RED

                  Try it:
                    TOKEN=$(curl -s -d grant_type=password -d client_id=%s -d username=eddie -d password=eddie %s | sed -E 's/.*"access_token":"([^"]+)".*/\\1/') && curl -s %s/graphql -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' -d '{"query":"%s"}'

                Press Ctrl-C to stop everything.
                """, seconds(launch), gatewayUrl, gatewayUrl, gatewayUrl, gatewayManagementUrl, gatewayManagementUrl, keycloak.url(), KeycloakServer.REALM, TestTokens.TEST_CLIENT,
                keycloak.tokenUrl(), gatewayUrl, query.replace("\"", "\\\""));
        System.out.flush();
    }

    /** Stops what this launcher started, services first; Keycloak only if it started it. */
    private void stop() {
        synchronized (started) {
            for (int i = started.size() - 1; i >= 0; i--) {
                started.get(i).close();
            }
            started.clear();
        }
        if (Keycloak.startedHere()) {
            Keycloak.stop();
        }
        System.out.println("Corroborate stopped.");
    }

    private <T> T step(String name, Supplier<T> action, java.util.function.Function<T, String> outcome) {
        step++;
        System.out.printf("[%d/4] %s ...%n", step, name);
        System.out.flush();
        Instant begun = Instant.now();
        T result;
        try {
            result = action.get();
        } catch (RuntimeException e) {
            throw new IllegalStateException("step " + step + " (" + name + ") failed: " + e.getMessage()
                    + " (logs in " + logs + ")", e);
        }
        System.out.printf("      %s (%.1f s)%n", outcome.apply(result), seconds(begun));
        return result;
    }

    private static String setting(String variable, String fallback) {
        String value = System.getenv(variable);
        return value == null || value.isBlank() ? fallback : value;
    }

    /** The port from the environment, refused at once if something already listens there. */
    private static int port(String variable, int fallback) {
        int port = Integer.parseInt(setting(variable, String.valueOf(fallback)));
        try (ServerSocket probe = new ServerSocket(port)) {
            return port;
        } catch (IOException e) {
            throw new IllegalStateException("port " + port + " is already in use; stop what uses it, or set " + variable
                    + " to another port");
        }
    }

    private static double seconds(Instant since) {
        return Duration.between(since, Instant.now()).toMillis() / 1000.0;
    }
}
