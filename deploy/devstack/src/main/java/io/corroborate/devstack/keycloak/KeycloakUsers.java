package io.corroborate.devstack.keycloak;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.ws.rs.core.Response;

import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.admin.client.resource.UserResource;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

/**
 * Users of the corroborate realm for tests and the launcher, provisioned through Keycloak's admin client. Keycloak
 * refuses to log in a user without an email, a first name and a last name ("Account is not fully set up").
 */
public final class KeycloakUsers {

    private static final Set<String> ENSURED = ConcurrentHashMap.newKeySet();
    private static org.keycloak.admin.client.Keycloak admin;

    private KeycloakUsers() {
    }

    /** The password this harness gives every user it provisions. */
    public static String passwordOf(String username) {
        return username + "-password";
    }

    /** Makes the user exist, enabled, with exactly these realm roles and this clearance. */
    public static synchronized void ensure(String username, String clearance, List<String> roles) {
        String key = username + "|" + clearance + "|" + roles;
        if (ENSURED.contains(key)) {
            return;
        }
        RealmResource realm = realm();
        List<UserRepresentation> found = realm.users().searchByUsername(username, true);
        String id;
        if (found.isEmpty()) {
            UserRepresentation user = new UserRepresentation();
            user.setUsername(username);
            user.setEnabled(true);
            user.setEmail(username + "@test.corroborate.example");
            user.setEmailVerified(true);
            user.setFirstName("Test");
            user.setLastName(username);
            user.setAttributes(Map.of("clearance", List.of(clearance)));
            user.setCredentials(List.of(password(username)));
            try (Response response = realm.users().create(user)) {
                id = CreatedResponseUtil.getCreatedId(response);
            }
        } else {
            UserRepresentation user = found.get(0);
            id = user.getId();
            user.setEnabled(true);
            user.setAttributes(Map.of("clearance", List.of(clearance)));
            realm.users().get(id).update(user);
            realm.users().get(id).resetPassword(password(username));
        }
        setRealmRoles(realm, realm.users().get(id), roles);
        ENSURED.add(key);
    }

    /** Disables a user: Keycloak then refuses their logins. */
    public static synchronized void disable(String username) {
        RealmResource realm = realm();
        UserRepresentation user = realm.users().searchByUsername(username, true).get(0);
        user.setEnabled(false);
        realm.users().get(user.getId()).update(user);
        ENSURED.removeIf(key -> key.startsWith(username + "|"));
    }

    private static void setRealmRoles(RealmResource realm, UserResource user, List<String> wanted) {
        List<RoleRepresentation> current = user.roles().realmLevel().listAll().stream()
                .filter(role -> !role.getName().startsWith("default-roles-"))
                .toList();
        Set<String> currentNames = new HashSet<>();
        current.forEach(role -> currentNames.add(role.getName()));
        List<RoleRepresentation> extra = current.stream().filter(role -> !wanted.contains(role.getName())).toList();
        if (!extra.isEmpty()) {
            user.roles().realmLevel().remove(extra);
        }
        List<RoleRepresentation> missing = wanted.stream().filter(name -> !currentNames.contains(name))
                .map(name -> realm.roles().get(name).toRepresentation())
                .toList();
        if (!missing.isEmpty()) {
            user.roles().realmLevel().add(missing);
        }
    }

    private static CredentialRepresentation password(String username) {
        CredentialRepresentation credential = new CredentialRepresentation();
        credential.setType(CredentialRepresentation.PASSWORD);
        credential.setValue(passwordOf(username));
        credential.setTemporary(false);
        return credential;
    }

    static synchronized RealmResource realm() {
        if (admin == null) {
            admin = Keycloak.shared().admin();
        }
        return admin.realm(KeycloakServer.REALM);
    }
}
