package io.corroborate.sources;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.corroborate.devstack.test.TestTokens;
import io.quarkus.test.junit.QuarkusTest;

/** The published schema is the API's documentation and the gateway's contract. */
@QuarkusTest
class SchemaContractTest {

    @Test
    void theSchemaCarriesTheAdmiraltyDefinitions() {
        given().auth().oauth2(TestTokens.forUser("vic", "viewer")).get("/graphql/schema.graphql").then().statusCode(200)
                .body(containsString("enum ReliabilityGrade"))
                .body(containsString("Usually reliable: minor doubt about authenticity, trustworthiness, or competency"))
                .body(containsString("input CreateSourceInput {"))
                .body(containsString("type SourceConnection"));
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
    void itIsAnApolloFederationV2SubgraphWithSourceAsABatchedEntity() {
        String id = Sources.create("Foreign Affairs " + Sources.unique(), "OUTLET");
        Sources.VIEWER.execute("{ _service { sdl } }")
                .body("data._service.sdl", containsString("https://specs.apollo.dev/federation/v2.7"))
                .body("data._service.sdl", containsString("type Source @key(fields : \"id\")"));
        Sources.VIEWER.execute("query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Source { id name } } }",
                        Map.of("reps", List.of(Map.of("__typename", "Source", "id", id))))
                .body("data._entities[0].id", is(id));
    }
}
