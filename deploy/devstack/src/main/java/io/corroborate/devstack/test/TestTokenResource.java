package io.corroborate.devstack.test;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/** Makes the service under test trust {@link TestTokens}. */
public class TestTokenResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        return TestTokens.verificationConfig();
    }

    @Override
    public void stop() {
    }
}
