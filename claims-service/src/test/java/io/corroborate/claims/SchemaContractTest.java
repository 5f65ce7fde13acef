package io.corroborate.claims;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** The published schema is the API's documentation and the gateway's contract. */
@QuarkusTest
class SchemaContractTest {

    @Test
    void theSchemaPublishesTheContractTypesWithTheirDescriptions() throws Exception {
        String schema = given().get("/graphql/schema.graphql").then().statusCode(200)
                .body(containsString("type ClaimConnection"))
                .body(containsString("input ClaimFilter {"))
                .body(containsString("input CreateClaimInput {"))
                .body(containsString("input BundleInput {"))
                .body(containsString("enum ClaimStatus"))
                .body(containsString("Admiralty information credibility"))
                .extract().asString();
        Files.writeString(Path.of("target", "claims-service.graphql"), schema);
    }
}
