package io.corroborate.sources;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.corroborate.devstack.test.GraphQLClient;
import io.quarkus.test.junit.QuarkusIntegrationTest;

/**
 * The packaged artifact (the JVM jar here; the native executable with -Pnative where GraalVM exists) in its
 * production profile, against the same real PostgreSQL and Keycloak.
 */
@QuarkusIntegrationTest
class PackagedSourcesServiceIT {

    /** In the prod profile, health is on the management interface, port 9000 unless configured otherwise. */
    private static final int MANAGEMENT_PORT = org.eclipse.microprofile.config.ConfigProvider.getConfig()
            .getOptionalValue("quarkus.management.port", Integer.class).orElse(9000);

    @Test
    void thePackagedServiceIsHealthyAndAnswersGraphQLWithARealToken() {
        given().port(MANAGEMENT_PORT).get("/q/health/ready").then().statusCode(200).body("status", is("UP"))
                .body("checks.name", hasItems("Reactive PostgreSQL connections health check", "OIDC Provider Health Check"));
        String id = GraphQLClient.as("ana", "analyst").execute("mutation($i: CreateSourceInput!) { createSource(input: $i) { id } }",
                        Map.of("i", Map.of("name", "NK News " + UUID.randomUUID(), "kind", "OUTLET")))
                .body("data.createSource.id", notNullValue()).extract().path("data.createSource.id");
        GraphQLClient.as("vic", "viewer").execute("query($id: ID!) { source(id: $id) { id reliability { computed { grade } } } }",
                        Map.of("id", id))
                .body("data.source.id", is(id))
                .body("data.source.reliability.computed.grade", is("F"));
        GraphQLClient.anonymous().execute("{ sources { totalCount } }").statusCode(401);
    }
}
