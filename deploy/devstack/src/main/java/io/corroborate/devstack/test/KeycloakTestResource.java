package io.corroborate.devstack.test;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Makes the service under test trust the shared Keycloak's corroborate realm (started once for the whole build if it
 * is not running yet), exactly as in production: issuer, audience, signature by the realm's published keys.
 */
public class KeycloakTestResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        return TestTokens.verificationConfig();
    }

    @Override
    public void stop() {
        // The Keycloak is shared with the other test classes and modules of the build; .ci/run stops it.
    }
}
