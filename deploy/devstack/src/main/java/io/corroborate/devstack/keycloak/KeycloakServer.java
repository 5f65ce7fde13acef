package io.corroborate.devstack.keycloak;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URI;

import org.keycloak.admin.client.KeycloakBuilder;

/**
 * A Keycloak server on 127.0.0.1 (the token issuer follows the host in the URL, so one host is used everywhere).
 * Ports from {@code CORROBORATE_KEYCLOAK_PORT} (8180) and {@code CORROBORATE_KEYCLOAK_MANAGEMENT_PORT} (9180).
 */
public record KeycloakServer(int port, int managementPort) {

    public static final String HOST = "127.0.0.1";
    public static final String REALM = "corroborate";
    /** The audience every Corroborate token carries, and the gateway and services require. */
    public static final String AUDIENCE = "corroborate-api";
    /** The master realm's administrator of this local server (created on its first start). */
    static final String ADMIN_USER = "admin";
    static final String ADMIN_PASSWORD = "admin";

    public static KeycloakServer configured() {
        return new KeycloakServer(Integer.parseInt(env("CORROBORATE_KEYCLOAK_PORT", "8180")),
                Integer.parseInt(env("CORROBORATE_KEYCLOAK_MANAGEMENT_PORT", "9180")));
    }

    public String url() {
        return "http://" + HOST + ":" + port;
    }

    /** The corroborate realm's issuer, which is also the OIDC server URL the services are given. */
    public String issuer() {
        return url() + "/realms/" + REALM;
    }

    public String tokenUrl() {
        return issuer() + "/protocol/openid-connect/token";
    }

    /** Ready, and serving the corroborate realm. */
    public boolean isReady() {
        return answers200("http://" + HOST + ":" + managementPort + "/health/ready")
                && answers200(issuer() + "/.well-known/openid-configuration");
    }

    /** An admin client logged in to the master realm as the local administrator. */
    public org.keycloak.admin.client.Keycloak admin() {
        return KeycloakBuilder.builder()
                .serverUrl(url())
                .realm("master")
                .clientId("admin-cli")
                .username(ADMIN_USER)
                .password(ADMIN_PASSWORD)
                .build();
    }

    private static boolean answers200(String url) {
        try {
            HttpURLConnection connection = (HttpURLConnection) URI.create(url).toURL().openConnection();
            connection.setConnectTimeout(500);
            connection.setReadTimeout(5000);
            return connection.getResponseCode() == 200;
        } catch (IOException e) {
            return false;
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
