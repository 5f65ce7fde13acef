package io.corroborate.devstack.keycloak;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import org.jboss.logging.Logger;

import io.corroborate.devstack.Pause;
import io.corroborate.devstack.ProjectLayout;

/**
 * The one Keycloak of a build or a local run, from the {@code keycloak-quarkus-dist} zip on Maven Central that the
 * devstack build unpacks into {@code .devstack/keycloak}.
 *
 * <p>It is built once ({@code kc.sh build}) and keeps its data, so later starts are optimized ones (about 11 s
 * instead of 60-130 s). Whoever needs it first starts it and leaves it running: every later test JVM of the build,
 * in every module, finds it ready and shares it. {@code .ci/run} stops it at the end; on a workstation it stays up
 * for the next build ({@link #stop()}, or {@code kill $(cat .devstack/keycloak/keycloak.pid)}).
 *
 * <p>The realm comes from {@code deploy/keycloak/corroborate-realm.json}; when that file changes, the kept data is
 * dropped and the realm imported afresh.
 */
public final class Keycloak {

    private static final Logger LOG = Logger.getLogger(Keycloak.class);
    private static final Duration START_TIMEOUT = Duration.ofMinutes(5);
    /** Options fixed when the server is built; changing them means building again. */
    private static final List<String> BUILD_OPTIONS = List.of("--db=dev-file", "--health-enabled=true", "--cache=local");

    private static KeycloakServer shared;
    private static boolean startedHere;

    private Keycloak() {
    }

    /** The running Keycloak, started (once, under a file lock) if none answers on its port. */
    public static synchronized KeycloakServer shared() {
        if (shared == null) {
            shared = ensureRunning(KeycloakServer.configured());
        }
        return shared;
    }

    private static KeycloakServer ensureRunning(KeycloakServer server) {
        Path home = home();
        if (server.isReady() && realmIsCurrent(home)) {
            return server;
        }
        if (server.isReady()) {
            if (!Files.exists(pidFile())) {
                throw new IllegalStateException("A Keycloak that this checkout did not start answers on " + server.url()
                        + "; stop it, or set CORROBORATE_KEYCLOAK_PORT and CORROBORATE_KEYCLOAK_MANAGEMENT_PORT");
            }
            LOG.info("The realm file changed since this Keycloak started: restarting it");
            stop();
            awaitStopped(server);
        }
        try (FileChannel lockFile = FileChannel.open(home.getParent().resolve("start.lock"), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE); FileLock lock = lockFile.lock()) {
            if (!server.isReady()) { // another JVM may have started it while we waited for the lock
                start(home, server);
                startedHere = true;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return server;
    }

    private static Path home() {
        Path home = ProjectLayout.devstackDirectory().resolve("keycloak").resolve("keycloak-" + ProjectLayout.keycloakVersion());
        if (!Files.exists(home.resolve("bin").resolve("kc.sh"))) {
            throw new IllegalStateException("No Keycloak distribution in " + home + "; build deploy/devstack first "
                    + "(./mvnw -pl deploy/devstack install) so that it unpacks org.keycloak:keycloak-quarkus-dist");
        }
        return home;
    }

    private static void start(Path home, KeycloakServer server) throws IOException {
        buildOnce(home);
        importRealmIfChanged(home);
        Path log = home.getParent().resolve("keycloak.log");
        LOG.infof("Starting Keycloak on %s (log: %s)", server.url(), log);
        ProcessBuilder builder = new ProcessBuilder(kc(home), "start", "--optimized",
                "--http-enabled=true", "--http-host=" + KeycloakServer.HOST, "--http-port=" + server.port(),
                "--http-management-port=" + server.managementPort(), "--hostname-strict=false", "--import-realm")
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        // Used only when the database is empty, to create the master realm's administrator.
        builder.environment().put("KC_BOOTSTRAP_ADMIN_USERNAME", KeycloakServer.ADMIN_USER);
        builder.environment().put("KC_BOOTSTRAP_ADMIN_PASSWORD", KeycloakServer.ADMIN_PASSWORD);
        Process process = builder.start();
        Files.writeString(pidFile(), Long.toString(process.pid()));
        Instant started = Instant.now();
        Instant deadline = started.plus(START_TIMEOUT);
        while (!server.isReady()) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Keycloak exited during start-up; see " + log);
            }
            if (Instant.now().isAfter(deadline)) {
                process.destroyForcibly();
                throw new IllegalStateException("Keycloak was not ready within " + START_TIMEOUT + "; see " + log);
            }
            Pause.millis(500);
        }
        LOG.infof("Keycloak ready after %d s", Duration.between(started, Instant.now()).toSeconds());
    }

    /** Runs {@code kc.sh build} unless the kept server was built with the same options. */
    private static void buildOnce(Path home) throws IOException {
        Path marker = home.getParent().resolve("built-with");
        String options = String.join(" ", BUILD_OPTIONS);
        if (Files.exists(marker) && Files.readString(marker).equals(options)) {
            return;
        }
        LOG.info("Building Keycloak once (kc.sh build " + options + ")");
        Path log = home.getParent().resolve("keycloak-build.log");
        Process build = new ProcessBuilder(Stream.concat(Stream.of(kc(home), "build"), BUILD_OPTIONS.stream()).toList())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        try {
            if (build.waitFor() != 0) {
                throw new IllegalStateException("kc.sh build failed; see " + log);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        Files.writeString(marker, options);
    }

    private static boolean realmIsCurrent(Path home) {
        try {
            Path marker = home.getParent().resolve("realm.sha256");
            return Files.exists(marker) && Files.readString(marker).equals(sha256(Files.readAllBytes(ProjectLayout.realmFile())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void awaitStopped(KeycloakServer server) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (server.isReady() && Instant.now().isBefore(deadline)) {
            Pause.millis(500);
        }
    }

    /** Puts the realm where --import-realm reads it; a changed realm file means a fresh database. */
    private static void importRealmIfChanged(Path home) throws IOException {
        Path realm = ProjectLayout.realmFile();
        Path marker = home.getParent().resolve("realm.sha256");
        String hash = sha256(Files.readAllBytes(realm));
        if (Files.exists(marker) && Files.readString(marker).equals(hash)) {
            return;
        }
        Path h2 = home.resolve("data").resolve("h2");
        if (Files.exists(h2)) {
            LOG.info("The realm file changed: dropping Keycloak's kept data to import it afresh");
            try (Stream<Path> files = Files.walk(h2)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
        Path imports = Files.createDirectories(home.resolve("data").resolve("import"));
        Files.copy(realm, imports.resolve(realm.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        Files.writeString(marker, hash);
    }

    /** Whether this JVM started the shared Keycloak (rather than finding it running). */
    public static synchronized boolean startedHere() {
        return startedHere;
    }

    /** Stops a Keycloak this devstack started (by its pid file); does nothing if none runs. */
    public static void stop() {
        Path pidFile = pidFile();
        try {
            if (Files.exists(pidFile)) {
                long pid = Long.parseLong(Files.readString(pidFile).trim());
                ProcessHandle.of(pid).ifPresent(ProcessHandle::destroy);
                Files.delete(pidFile);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path pidFile() {
        return ProjectLayout.devstackDirectory().resolve("keycloak").resolve("keycloak.pid");
    }

    private static String kc(Path home) {
        return home.resolve("bin").resolve("kc.sh").toString();
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
