package io.corroborate.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;

import io.corroborate.devstack.test.TestTokens;
import io.quarkus.test.junit.QuarkusTest;

/**
 * What browsers are told: API answers are never cached nor sniffed, and only the origins an operator lists
 * ({@code CORS_ORIGINS}; here the test profile's) may call the API from another origin.
 */
@QuarkusTest
class BrowserHeadersTest {

    private static final String LISTED = "http://portal.corroborate.test";

    @Test
    void anApiAnswerIsNeverCachedNorSniffed() {
        given().auth().oauth2(TestTokens.forUser("vic", "viewer")).contentType("application/json")
                .body("{\"query\": \"{ me { username } }\"}")
                .post("/graphql")
                .then().statusCode(200)
                .header("Cache-Control", "no-store")
                .header("X-Content-Type-Options", "nosniff");
        // Refusals too: a 401 holds nothing to cache either.
        given().contentType("application/json").body("{\"query\": \"{ me { username } }\"}")
                .post("/graphql")
                .then().statusCode(401)
                .header("Cache-Control", "no-store")
                .header("X-Content-Type-Options", "nosniff");
    }

    @Test
    void aListedOriginMayCallTheApiFromABrowser() {
        given().header("Origin", LISTED).header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization,content-type")
                .options("/graphql")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", LISTED)
                .header("Access-Control-Allow-Headers", containsString("Authorization"));
        given().header("Origin", LISTED).auth().oauth2(TestTokens.forUser("vic", "viewer")).contentType("application/json")
                .body("{\"query\": \"{ me { username } }\"}")
                .post("/graphql")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", LISTED)
                .body("data.me.username", is("vic"));
    }

    @Test
    void anyOtherOriginIsRefused() {
        given().header("Origin", "https://attacker.example").header("Access-Control-Request-Method", "POST")
                .options("/graphql")
                .then().statusCode(403)
                .header("Access-Control-Allow-Origin", nullValue());
        given().header("Origin", "https://attacker.example").auth().oauth2(TestTokens.forUser("vic", "viewer"))
                .contentType("application/json").body("{\"query\": \"{ me { username } }\"}")
                .post("/graphql")
                .then().statusCode(403)
                .header("Access-Control-Allow-Origin", nullValue());
    }
}
