package io.corroborate.devstack.keycloak;

import java.util.ArrayList;
import java.util.List;

import org.keycloak.admin.client.resource.ClientResource;
import org.keycloak.representations.idm.ClientRepresentation;

/**
 * The realm's portal client, as an operator configures it for the address the portal is served at: Keycloak answers
 * the browser's token requests (CORS) only for the web origins listed on the client, and a port wildcard in the
 * redirect URIs does not extend to them. The launcher and the browser tests serve the portal on ports of their
 * choosing, so they list their origin here.
 */
public final class KeycloakPortalClient {

    public static final String CLIENT_ID = "corroborate-portal";

    private KeycloakPortalClient() {
    }

    /** Lets a portal served at {@code origin} (for example {@code http://127.0.0.1:8080}) log in and call the token endpoint. */
    public static synchronized void allowOrigin(String origin) {
        ClientResource resource = KeycloakUsers.realm().clients().get(
                KeycloakUsers.realm().clients().findByClientId(CLIENT_ID).get(0).getId());
        ClientRepresentation client = resource.toRepresentation();
        List<String> origins = new ArrayList<>(client.getWebOrigins() == null ? List.of() : client.getWebOrigins());
        if (!origins.contains(origin)) {
            origins.add(origin);
            client.setWebOrigins(origins);
            resource.update(client);
        }
    }
}
