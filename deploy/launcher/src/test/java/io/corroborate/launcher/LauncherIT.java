package io.corroborate.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import io.corroborate.devstack.process.QuarkusAppProcess;

/**
 * The launcher end to end, as a newcomer uses it: start it, wait for "ready", paste the curl it prints, press
 * Ctrl-C (SIGTERM here), and find no process of it left behind.
 */
class LauncherIT {

    @Test
    void aPortAlreadyTakenStopsItAtOnceNamingThePortAndTheVariableThatMovesIt() throws Exception {
        try (ServerSocket taken = new ServerSocket(0)) {
            ProcessBuilder builder = launcher();
            builder.environment().put("CORROBORATE_GATEWAY_PORT", Integer.toString(taken.getLocalPort()));
            Process launcher = builder.start();
            String output = new String(launcher.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(launcher.waitFor(60, TimeUnit.SECONDS), "it stops by itself");
            assertEquals(1, launcher.exitValue(), output);
            assertTrue(output.contains("port " + taken.getLocalPort() + " is already in use")
                    && output.contains("CORROBORATE_GATEWAY_PORT"), output);
        }
    }

    @Test
    void itStartsTheSuiteAnswersThePrintedCurlAndLeavesNoProcessBehind() throws Exception {
        ProcessBuilder builder = launcher();
        builder.environment().put("CORROBORATE_GATEWAY_PORT", Integer.toString(QuarkusAppProcess.freePort()));
        builder.environment().put("CORROBORATE_CLAIMS_PORT", Integer.toString(QuarkusAppProcess.freePort()));
        builder.environment().put("CORROBORATE_SOURCES_PORT", Integer.toString(QuarkusAppProcess.freePort()));
        Instant begun = Instant.now();
        Process launcher = builder.start();
        StringBuilder output = new StringBuilder();
        String curl = null;
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(launcher.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                output.append(line).append('\n');
                if (line.trim().startsWith("TOKEN=$(curl")) {
                    curl = line.trim();
                }
                if (line.contains("Press Ctrl-C")) {
                    break;
                }
            }
            System.out.printf("BENCHMARK launcher: ready after %d s%n%s", Duration.between(begun, Instant.now()).toSeconds(), output);
            assertTrue(launcher.isAlive(), "the launcher runs until stopped:\n" + output);
            assertNotNull(curl, "the launcher prints a curl to paste:\n" + output);

            Process pasted = new ProcessBuilder("bash", "-c", curl).redirectErrorStream(true).start();
            String answer = new String(pasted.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(pasted.waitFor(60, TimeUnit.SECONDS));
            assertTrue(answer.contains("\"totalCount\"") && answer.contains("attribution") && !answer.contains("\"errors\""),
                    "the printed curl answers with claims and their chains: " + answer);

            List<ProcessHandle> children = launcher.descendants().toList();
            assertTrue(children.size() >= 3, "the three services run as child processes: " + children);
            launcher.destroy(); // SIGTERM, as Ctrl-C
            assertTrue(launcher.waitFor(90, TimeUnit.SECONDS), "the launcher stops");
            for (ProcessHandle child : children) {
                child.onExit().get(30, TimeUnit.SECONDS);
            }
            assertEquals(0, children.stream().filter(ProcessHandle::isAlive).count(), "no process is left behind");
        } finally {
            launcher.descendants().forEach(ProcessHandle::destroyForcibly);
            launcher.destroyForcibly();
        }
    }

    /** The launcher as its own JVM, on this test's class path. */
    private static ProcessBuilder launcher() {
        return new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                "-Dcorroborate.project.dir=" + System.getProperty("corroborate.project.dir"),
                Launcher.class.getName())
                .redirectErrorStream(true);
    }
}
