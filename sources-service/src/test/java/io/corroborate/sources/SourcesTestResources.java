package io.corroborate.sources;

import io.corroborate.devstack.test.PostgresTestResource;
import io.corroborate.devstack.test.KeycloakTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;

/**
 * The real infrastructure every test of this module runs against: a fresh database on the shared PostgreSQL
 * server (dropped afterwards) and trust in the test token issuer. Declared once, so all test classes share
 * one application start.
 */
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "sources"))
@QuarkusTestResource(KeycloakTestResource.class)
public final class SourcesTestResources {

    private SourcesTestResources() {
    }
}
