package io.corroborate.claims;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.corroborate.devstack.test.GraphQLClient;
import io.quarkus.test.junit.QuarkusIntegrationTest;

/**
 * The packaged artifact (the JVM jar here; the native executable with -Pnative where GraalVM exists) in its
 * production profile, against real PostgreSQL, Keycloak and sources-service.
 */
@QuarkusIntegrationTest
class PackagedClaimsServiceIT {

    /** In the prod profile, health is on the management interface, port 9000 unless configured otherwise. */
    private static final int MANAGEMENT_PORT = org.eclipse.microprofile.config.ConfigProvider.getConfig()
            .getOptionalValue("quarkus.management.port", Integer.class).orElse(9000);

    @Test
    void thePackagedServiceIsHealthyAndRecordsAClaimCheckedAgainstSourcesService() {
        given().port(MANAGEMENT_PORT).get("/q/health/ready").then().statusCode(200).body("status", is("UP"))
                .body("checks.name", hasItems("Reactive PostgreSQL connections health check", "OIDC Provider Health Check"));
        String article = Seed.createArticle(Seed.uniqueUrl());
        String claim = Seed.createClaim(Seed.hospitalityClaim(article));
        GraphQLClient.as("vic", "viewer").execute("query($id: ID!) { claim(id: $id) { id attribution { role redacted } corroboration { independentOrigins } } }",
                        Map.of("id", claim))
                .body("errors", org.hamcrest.Matchers.nullValue())
                .body("data.claim.attribution.redacted", org.hamcrest.Matchers.everyItem(is(false)))
                .body("data.claim.corroboration.independentOrigins", is(1));
        GraphQLClient.anonymous().execute("{ claims { totalCount } }").statusCode(401);
    }
}
