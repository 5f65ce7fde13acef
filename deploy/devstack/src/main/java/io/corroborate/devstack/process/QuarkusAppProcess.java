package io.corroborate.devstack.process;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.corroborate.devstack.Pause;

/**
 * A packaged Quarkus service ({@code target/quarkus-app}) running as its own process, as it runs in production:
 * for tests that need several real services, or need to kill one and start it again.
 */
public final class QuarkusAppProcess implements AutoCloseable {

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(90);

    /**
     * Serial GC (two cores here), a small heap that may grow, bounded metaspace, code cache and thread stacks. The code
     * cache's reservation stays at 240 MB, of which some 30 MB is used: below 240 MB HotSpot gives up its segmented code
     * cache, and the JIT then warmed up a fifth slower, for no smaller resident set (docs/benchmarks.md).
     */
    static final String JVM_OPTIONS = "-XX:+UseSerialGC -Xms32m -Xmx160m -XX:MaxMetaspaceSize=160m"
            + " -XX:ReservedCodeCacheSize=240m -Xss512k";

    /**
     * The gateway allocates much and keeps little, but what it keeps lives as long as a request: a young generation of
     * 80 MB with survivor spaces large enough for the answers in flight (about 20 MB each) lets it die young, where
     * smaller survivors promoted it into the old generation and a page with corroboration at 32 clients ran a full
     * collection a second (docs/benchmarks.md); the services gain nothing.
     */
    static final String GATEWAY_JVM_OPTIONS = "-XX:+UseSerialGC -Xms128m -Xmn80m -XX:SurvivorRatio=2 -Xmx128m"
            + " -XX:MaxMetaspaceSize=160m -XX:ReservedCodeCacheSize=240m -Xss512k";

    private final String name;
    private final Path appDirectory;
    private final Map<String, String> config;
    private final Path log;
    private final int port;
    /** The packaged apps run in the prod profile, whose health and metrics are on the management interface. */
    private final int managementPort;
    private final String awaitedHealth;
    private Process process;

    private QuarkusAppProcess(String name, Path appDirectory, Map<String, String> config, Path log, int port,
            int managementPort, String awaitedHealth) {
        this.managementPort = managementPort;
        this.name = name;
        this.appDirectory = appDirectory;
        this.config = config;
        this.log = log;
        this.port = port;
        this.awaitedHealth = awaitedHealth;
    }

    /** Starts the app on a free port with the given configuration (as system properties) and waits until it is ready. */
    public static QuarkusAppProcess start(String name, Path appDirectory, Map<String, String> config, Path logDirectory) {
        return start(name, appDirectory, config, logDirectory, freePort());
    }

    /** As {@link #start(String, Path, Map, Path)}, on a port chosen beforehand (when another app must know it first). */
    public static QuarkusAppProcess start(String name, Path appDirectory, Map<String, String> config, Path logDirectory,
            int port) {
        return start(name, appDirectory, config, logDirectory, port, freePort());
    }

    /** As {@link #start(String, Path, Map, Path, int)}, with the management interface's port chosen too. */
    public static QuarkusAppProcess start(String name, Path appDirectory, Map<String, String> config, Path logDirectory,
            int port, int managementPort) {
        QuarkusAppProcess app = new QuarkusAppProcess(name, appDirectory, config, logDirectory.resolve(name + ".log"), port,
                managementPort, "/q/health/ready");
        app.launch();
        return app;
    }

    /**
     * As {@link #start(String, Path, Map, Path)}, but waits only until the app has started (its startup probe), not
     * until it is ready: for tests of what readiness reports while a dependency is missing.
     */
    public static QuarkusAppProcess startWithoutWaitingForReadiness(String name, Path appDirectory, Map<String, String> config,
            Path logDirectory) {
        QuarkusAppProcess app = new QuarkusAppProcess(name, appDirectory, config, logDirectory.resolve(name + ".log"), freePort(),
                freePort(), "/q/health/started");
        app.launch();
        return app;
    }

    public String url() {
        return "http://127.0.0.1:" + port;
    }

    public int port() {
        return port;
    }

    /** Health ({@code /q/health}) and metrics ({@code /q/metrics}): the management interface, on its own port. */
    public String managementUrl() {
        return "http://127.0.0.1:" + managementPort;
    }

    /** Kills the process without warning (SIGKILL), as a crash or an evicted pod would. */
    public void kill() {
        process.destroyForcibly();
        waitForExit();
    }

    /**
     * Freezes the process (SIGSTOP): its port still accepts connections but nothing answers, as with a service that
     * hangs. {@link #resume()} lets it go on.
     */
    public void freeze() {
        signal("STOP");
    }

    /** Lets a frozen process go on (SIGCONT). */
    public void resume() {
        signal("CONT");
    }

    private void signal(String signal) {
        try {
            int exit = new ProcessBuilder("kill", "-" + signal, Long.toString(process.pid())).inheritIO().start().waitFor();
            if (exit != 0) {
                throw new IllegalStateException("kill -" + signal + " " + name + " exited with " + exit);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Starts the same app again, on the same port, with the same configuration. */
    public void restart() {
        launch();
    }

    @Override
    public void close() {
        if (process != null && process.isAlive()) {
            process.destroy();
            waitForExit();
        }
    }

    private void launch() {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        // Bounded memory, chosen from measurement (docs/benchmarks.md, footprint): without bounds a JVM here may take a
        // quarter of the machine's memory. CORROBORATE_JVM_OPTIONS replaces them.
        String defaults = name.startsWith("gateway") ? GATEWAY_JVM_OPTIONS : JVM_OPTIONS;
        command.addAll(List.of(System.getenv().getOrDefault("CORROBORATE_JVM_OPTIONS", defaults).trim().split("\\s+")));
        command.add("-Dquarkus.http.port=" + port);
        command.add("-Dquarkus.management.port=" + managementPort);
        config.forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.add("-jar");
        command.add(appDirectory.resolve("quarkus-run.jar").toString());
        try {
            Files.createDirectories(log.getParent());
            ProcessBuilder builder = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            // glibc gives every busy thread its own 64 MB malloc arena; two are enough here and keep about 20 MB
            // of resident memory off each JVM, at no measurable cost in throughput (docs/benchmarks.md).
            builder.environment().putIfAbsent("MALLOC_ARENA_MAX", "2");
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start " + name, e);
        }
        awaitHealth();
    }

    private void awaitHealth() {
        Instant deadline = Instant.now().plus(READY_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited during start-up; see " + log);
            }
            if (isHealthy()) {
                return;
            }
            Pause.millis(250);
        }
        process.destroyForcibly();
        throw new IllegalStateException(name + " did not answer " + awaitedHealth + " within " + READY_TIMEOUT + "; see " + log);
    }

    private boolean isHealthy() {
        try {
            HttpURLConnection connection = (HttpURLConnection) URI.create(managementUrl() + awaitedHealth).toURL().openConnection();
            connection.setConnectTimeout(500);
            connection.setReadTimeout(2000);
            return connection.getResponseCode() == 200;
        } catch (IOException e) {
            return false;
        }
    }

    private void waitForExit() {
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A port nothing listens on right now. */
    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
