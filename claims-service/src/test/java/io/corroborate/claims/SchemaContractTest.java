package io.corroborate.claims;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import io.corroborate.devstack.test.TestTokens;
import io.quarkus.test.junit.QuarkusTest;

/** The published schema is the API's documentation and the gateway's contract. */
@QuarkusTest
class SchemaContractTest {

    @Test
    void theSchemaPublishesTheContractTypesWithTheirDescriptions() throws Exception {
        String schema = given().auth().oauth2(TestTokens.forUser("vic", "viewer")).get("/graphql/schema.graphql").then().statusCode(200)
                .body(containsString("type ClaimConnection"))
                .body(containsString("input ClaimFilter {"))
                .body(containsString("input CreateClaimInput {"))
                .body(containsString("input BundleInput {"))
                .body(containsString("enum ClaimStatus"))
                .body(containsString("Admiralty information credibility"))

                .extract().asString();
        Files.writeString(Path.of("target", "claims-service.graphql"), schema);
    }

    @Test
    void everySingleIdIsAnId() {
        // Lists of ids stay [String!] in the services' subgraphs: SmallRye GraphQL cannot mark a list with @Id, and in
        // a federated subgraph the schema cannot be retyped after it is assembled. The gateway's public schema types
        // lists too (its IdTypes; GatewaySchemaTest).
        String schema = given().auth().oauth2(TestTokens.forUser("vic", "viewer")).get("/graphql/schema.graphql").then()
                .statusCode(200).extract().asString();
        java.util.regex.Matcher notAnId = java.util.regex.Pattern.compile("\\b(\\w*Id)\\s*:\\s*String\\b").matcher(schema);
        java.util.List<String> offenders = new java.util.ArrayList<>();
        while (notAnId.find()) {
            if (!notAnId.group(1).equals("wikidataId")) { // a Wikidata item (Q123), not one of ours
                offenders.add(notAnId.group());
            }
        }
        org.junit.jupiter.api.Assertions.assertEquals(java.util.List.of(), offenders, "ids typed String instead of ID");
    }

    @Test
    void itIsAnApolloFederationV2SubgraphWithClaimAndArticleAsEntitiesAndSourceExtended() throws Exception {
        String sdl = Seed.VIEWER.execute("{ _service { sdl } }")
                .body("data._service.sdl", containsString("https://specs.apollo.dev/federation/v2.7"))
                .body("data._service.sdl", containsString("type Claim @key(fields : \"id\")"))
                .body("data._service.sdl", containsString("type Article @key(fields : \"id\")"))
                .body("data._service.sdl", containsString("type Source @key(fields : \"id\")"))
                .extract().path("data._service.sdl");
        Files.writeString(Path.of("target", "claims-service.subgraph.graphql"), sdl);
    }

    @Test
    void entitiesResolveInBatchesThroughTheFederationEntryPoint() {
        String claimId = Seed.createClaim(Seed.hospitalityClaim(Seed.createArticle(Seed.uniqueUrl())));
        Seed.VIEWER.execute("""
                        query($reps: [_Any!]!) { _entities(representations: $reps) {
                          ... on Claim { id statement }
                          ... on Source { id claims(role: ORIGIN) { totalCount } } } }""",
                        java.util.Map.of("reps", java.util.List.of(
                                java.util.Map.of("__typename", "Claim", "id", claimId),
                                java.util.Map.of("__typename", "Source", "id", Seed.MATSEGORA))))
                .body("errors", org.hamcrest.Matchers.nullValue())
                .body("data._entities[0].id", org.hamcrest.Matchers.is(claimId))
                .body("data._entities[1].claims.totalCount", org.hamcrest.Matchers.greaterThanOrEqualTo(1));
    }
}
