package io.corroborate.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import org.junit.jupiter.api.Test;

import io.corroborate.devstack.test.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

/** The gateway speaks GraphQL over HTTP as the specification says: methods, media types and status codes. */
@QuarkusTest
class GraphQLOverHttpTest {

    private static final String GRAPHQL_RESPONSE = "application/graphql-response+json";

    private static RequestSpecification viewer() {
        return given().log().ifValidationFails().auth().oauth2(TestTokens.forUser("vic", "viewer"));
    }

    @Test
    void aQueryCanBeSentWithGet() {
        viewer().queryParam("query", "{ me { username } }")
                .get("/graphql")
                .then().statusCode(200)
                .contentType(startsWith("application/json"))
                .body("data.me.username", is("vic"));
    }

    @Test
    void aMutationSentWithGetIsRefusedWith405() {
        viewer().queryParam("query", "mutation { deleteClaim(id: \"00000000-0000-0000-0000-000000000000\") }")
                .get("/graphql")
                .then().statusCode(405)
                .header("Allow", "POST")
                .body("errors[0].extensions.code", is("VALIDATION"));
    }

    @Test
    void otherMethodsAreRefusedWith405() {
        viewer().contentType("application/json").body("{\"query\": \"{ me { username } }\"}")
                .put("/graphql")
                .then().statusCode(405)
                .header("Allow", "GET, POST");
    }

    @Test
    void clientsOfTheNewMediaTypeGetItBack() {
        viewer().accept(GRAPHQL_RESPONSE).contentType("application/json").body("{\"query\": \"{ me { username } }\"}")
                .post("/graphql")
                .then().statusCode(200)
                .contentType(startsWith(GRAPHQL_RESPONSE))
                .body("data.me.username", is("vic"));
    }

    @Test
    void aDocumentThatDoesNotValidateIs400ForTheNewMediaTypeAnd200ForJson() {
        String unknownField = "{\"query\": \"{ me { shoeSize } }\"}";
        viewer().accept(GRAPHQL_RESPONSE).contentType("application/json").body(unknownField)
                .post("/graphql")
                .then().statusCode(400)
                .body("data", nullValue())
                .body("errors[0].extensions.code", is("VALIDATION"));
        viewer().accept("application/json").contentType("application/json").body(unknownField)
                .post("/graphql")
                .then().statusCode(200)
                .body("errors[0].extensions.code", is("VALIDATION"));
    }

    @Test
    void aDocumentThatDoesNotParseIsAValidationError() {
        viewer().accept(GRAPHQL_RESPONSE).contentType("application/json").body("{\"query\": \"{ me { username \"}")
                .post("/graphql")
                .then().statusCode(400)
                .body("errors[0].extensions.code", is("VALIDATION"));
    }

    @Test
    void aVariableOfTheWrongTypeIsAValidationError() {
        viewer().accept(GRAPHQL_RESPONSE).contentType("application/json")
                .body("{\"query\": \"query($n: Int) { claims(first: $n) { totalCount } }\", \"variables\": {\"n\": \"ten\"}}")
                .post("/graphql")
                .then().statusCode(400)
                .body("errors[0].extensions.code", is("VALIDATION"));
    }

    @Test
    void malformedJsonIs400() {
        viewer().contentType("application/json").body("{\"query\": ")
                .post("/graphql")
                .then().statusCode(400)
                .body("errors[0].extensions.code", is("VALIDATION"))
                .body("errors[0].message", containsString("not valid JSON"));
    }

    @Test
    void aRequestWithoutAQueryIs400() {
        viewer().contentType("application/json").body("{\"variables\": {}}")
                .post("/graphql")
                .then().statusCode(400)
                .body("errors[0].message", containsString("needs a query"));
        viewer().get("/graphql")
                .then().statusCode(400)
                .body("errors[0].extensions.code", is("VALIDATION"));
    }

    @Test
    void variablesThatAreNotAnObjectAre400() {
        viewer().contentType("application/json").body("{\"query\": \"{ me { username } }\", \"variables\": \"n=1\"}")
                .post("/graphql")
                .then().statusCode(400)
                .body("errors[0].message", containsString("variables must be a JSON object"));
    }

    @Test
    void aBodyThatIsNotJsonIs415() {
        viewer().contentType("text/plain").body("{ me { username } }")
                .post("/graphql")
                .then().statusCode(415)
                .body("errors[0].extensions.code", is("VALIDATION"));
    }

    @Test
    void aMediaTypeTheGatewayCannotAnswerInIs406() {
        viewer().accept("text/html").contentType("application/json").body("{\"query\": \"{ me { username } }\"}")
                .post("/graphql")
                .then().statusCode(406);
    }

    @Test
    void introspectionAndTheSchemaAreForAuthenticatedCallersOnly() {
        viewer().contentType("application/json").body("{\"query\": \"{ __schema { queryType { name } } }\"}")
                .post("/graphql")
                .then().statusCode(200)
                .body("data.__schema.queryType.name", is("Query"));
        given().contentType("application/json").body("{\"query\": \"{ __schema { queryType { name } } }\"}")
                .post("/graphql")
                .then().statusCode(401);
        viewer().get("/graphql/schema.graphql")
                .then().statusCode(200)
                .body(containsString("claims(after: String, filter: ClaimFilter, first: Int, orderBy: ClaimOrder): ClaimConnection!"));
        given().get("/graphql/schema.graphql")
                .then().statusCode(401);
    }

    @Test
    void theGraphQLUiIsOffOutsideDevMode() {
        given().get("/q/graphql-ui/").then().statusCode(404);
    }

    @Test
    void aQueryGetsTheSameAnswerOverGetAndPost() {
        String query = "{ claims(first: 1) { totalCount } }";
        Integer viaGet = viewer().queryParam("query", query).get("/graphql").then().statusCode(200)
                .body("data.claims.totalCount", notNullValue()).extract().path("data.claims.totalCount");
        viewer().contentType("application/json").body("{\"query\": \"" + query + "\"}")
                .post("/graphql")
                .then().statusCode(200)
                .body("data.claims.totalCount", is(viaGet));
    }
}
