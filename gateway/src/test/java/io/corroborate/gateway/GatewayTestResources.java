package io.corroborate.gateway;

import io.corroborate.devstack.test.KeycloakTestResource;
import io.quarkus.test.common.QuarkusTestResource;

/** Declared once, so that all test classes share one gateway start and one pair of real services. */
@QuarkusTestResource(KeycloakTestResource.class)
@QuarkusTestResource(ServicesTestResource.class)
public final class GatewayTestResources {

    private GatewayTestResources() {
    }
}
