package io.corroborate.devstack.keycloak;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import jakarta.ws.rs.core.Response;

import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.common.util.MultivaluedHashMap;
import org.keycloak.representations.idm.ComponentRepresentation;
import org.keycloak.representations.idm.KeysMetadataRepresentation.KeyMetadataRepresentation;

/**
 * The corroborate realm's signing keys, for tests of token validation: a key whose private half the test holds (so
 * it can sign tokens the realm vouches for, with any defect it wants), and key rotation.
 */
public final class KeycloakRealmKeys {

    private static final String KEY_PROVIDER = "org.keycloak.keys.KeyProvider";

    /** An RS256 key of the realm's, with its private key. Keycloak itself does not sign with it (low priority). */
    public record RealmKey(String componentId, String kid, PrivateKey privateKey) {
    }

    private KeycloakRealmKeys() {
    }

    /** Adds an RS256 key to the realm's published keys (JWKS) with a priority too low for Keycloak to sign with. */
    public static RealmKey addVerificationKey() {
        KeyPair pair = rsaKeyPair();
        String pem = "-----BEGIN PRIVATE KEY-----\n" + Base64.getMimeEncoder().encodeToString(pair.getPrivate().getEncoded())
                + "\n-----END PRIVATE KEY-----";
        String id = addComponent("rsa", "test-key-" + UUID.randomUUID(), "1", pem);
        return new RealmKey(id, kidOf(id), pair.getPrivate());
    }

    /**
     * Rotates the realm's signing key as an operator would: a new generated RS256 key with the highest priority
     * signs from now on, and the keys Keycloak generated before become passive (still published, no longer signing).
     *
     * @return the kid of the new key
     */
    public static String rotate() {
        RealmResource realm = KeycloakUsers.realm();
        List<ComponentRepresentation> previous = rsaKeys(realm);
        String id = addComponent("rsa-generated", "rotated-" + UUID.randomUUID(), "1000", null);
        for (ComponentRepresentation key : previous) {
            key.getConfig().putSingle("active", "false");
            realm.components().component(key.getId()).update(key);
        }
        return kidOf(id);
    }

    /** The public key of the realm's current RS256 signing key, as Keycloak publishes it (base64 DER). */
    public static KeyMetadataRepresentation activeSigningKey() {
        return KeycloakUsers.realm().keys().getKeyMetadata().getKeys().stream()
                .filter(key -> "RS256".equals(key.getAlgorithm()) && "ACTIVE".equals(key.getStatus().toString()))
                .max((a, b) -> Long.compare(a.getProviderPriority(), b.getProviderPriority()))
                .orElseThrow();
    }

    public static void remove(String componentId) {
        KeycloakUsers.realm().components().component(componentId).remove();
    }

    private static List<ComponentRepresentation> rsaKeys(RealmResource realm) {
        return realm.components().query(realm.toRepresentation().getId(), KEY_PROVIDER).stream()
                .filter(component -> component.getProviderId().equals("rsa-generated"))
                .filter(component -> !"false".equals(component.getConfig().getFirst("active")))
                .toList();
    }

    private static String addComponent(String providerId, String name, String priority, String privateKeyPem) {
        RealmResource realm = KeycloakUsers.realm();
        ComponentRepresentation component = new ComponentRepresentation();
        component.setName(name);
        component.setProviderId(providerId);
        component.setProviderType(KEY_PROVIDER);
        component.setParentId(realm.toRepresentation().getId());
        MultivaluedHashMap<String, String> config = new MultivaluedHashMap<>();
        config.putSingle("priority", priority);
        config.putSingle("enabled", "true");
        config.putSingle("active", "true");
        config.putSingle("algorithm", "RS256");
        if (privateKeyPem != null) {
            config.putSingle("privateKey", privateKeyPem);
        }
        component.setConfig(config);
        try (Response response = realm.components().add(component)) {
            return CreatedResponseUtil.getCreatedId(response);
        }
    }

    private static String kidOf(String componentId) {
        return KeycloakUsers.realm().keys().getKeyMetadata().getKeys().stream()
                .filter(key -> componentId.equals(key.getProviderId()))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("Keycloak published no key for component " + componentId))
                .getKid();
    }

    private static KeyPair rsaKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
