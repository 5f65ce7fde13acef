package io.corroborate.devstack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/** Where things are in a checkout: its root, the kept infrastructure under .devstack, the Keycloak realm. */
public final class ProjectLayout {

    private ProjectLayout() {
    }

    /** The checkout's root: {@code corroborate.project.dir} (set by the build), else the nearest folder above with mvnw. */
    public static Path root() {
        String configured = System.getProperty("corroborate.project.dir");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured).toAbsolutePath().normalize();
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.exists(dir.resolve("mvnw")) && Files.isDirectory(dir.resolve("deploy"))) {
                return dir;
            }
        }
        throw new IllegalStateException("Not inside a Corroborate checkout; set -Dcorroborate.project.dir");
    }

    /** Kept between runs and ignored by git: built Keycloak, its data, the launcher's PostgreSQL. */
    public static Path devstackDirectory() {
        return root().resolve(".devstack");
    }

    public static Path realmFile() {
        return root().resolve("deploy").resolve("keycloak").resolve("corroborate-realm.json");
    }

    /** The Keycloak version the build unpacked (from devstack.properties). */
    public static String keycloakVersion() {
        Properties properties = new Properties();
        try (InputStream in = ProjectLayout.class.getResourceAsStream("/devstack.properties")) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties.getProperty("keycloak.version");
    }
}
