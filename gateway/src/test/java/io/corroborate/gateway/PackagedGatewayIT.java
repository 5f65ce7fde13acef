package io.corroborate.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;

import org.junit.jupiter.api.Test;

import io.corroborate.devstack.test.GraphQLClient;
import io.quarkus.test.junit.QuarkusIntegrationTest;

/**
 * The packaged gateway (the JVM jar here; the native executable with -Pnative where GraalVM exists) in its
 * production profile, in front of both real services.
 */
@QuarkusIntegrationTest
class PackagedGatewayIT {

    /** In the prod profile, health is on the management interface, port 9000 unless configured otherwise. */
    private static final int MANAGEMENT_PORT = org.eclipse.microprofile.config.ConfigProvider.getConfig()
            .getOptionalValue("quarkus.management.port", Integer.class).orElse(9000);

    @Test
    void thePackagedGatewayComposesBothServicesWithARealToken() {
        given().port(MANAGEMENT_PORT).get("/q/health/ready").then().statusCode(200).body("status", is("UP"))
                .body("checks.name", hasItems("OIDC Provider Health Check"));
        GraphQLClient.as("vic", "viewer").execute("{ me { username } claims(first: 1) { totalCount } sources(first: 1) { totalCount } }")
                .body("errors", org.hamcrest.Matchers.nullValue())
                .body("data.me.username", is("vic"));
        GraphQLClient.anonymous().execute("{ claims { totalCount } }").statusCode(401);
        given().get("/q/graphql-ui/").then().statusCode(404);
    }
}
