package io.corroborate.devstack.test;

import static io.restassured.RestAssured.given;

import java.util.Map;

import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.json.Json;

/** Posts GraphQL operations to {@code /graphql} the way a client does, as a given user or anonymously. */
public final class GraphQLClient {

    /** A test whose server stops answering fails after a minute instead of hanging the build. */
    private static final RestAssuredConfig NO_HANGING = RestAssuredConfig.config().httpClient(HttpClientConfig.httpClientConfig()
            .setParam("http.connection.timeout", 10_000)
            .setParam("http.socket.timeout", 60_000));

    private final String token;
    private final String baseUrl;

    private GraphQLClient(String token, String baseUrl) {
        this.token = token;
        this.baseUrl = baseUrl;
    }

    private GraphQLClient(String token) {
        this(token, null);
    }

    /** The same caller, talking to the service at this base URL instead of the application under test. */
    public GraphQLClient on(String url) {
        return new GraphQLClient(token, url);
    }

    public static GraphQLClient as(String username, String... roles) {
        return new GraphQLClient(TestTokens.forUser(username, roles));
    }

    public static GraphQLClient withToken(String token) {
        return new GraphQLClient(token);
    }

    public static GraphQLClient anonymous() {
        return new GraphQLClient(null);
    }

    public ValidatableResponse execute(String query) {
        return execute(query, Map.of());
    }

    public ValidatableResponse execute(String query, Map<String, ?> variables) {
        String body = Json.createObjectBuilder()
                .add("query", query)
                .add("variables", Json.createObjectBuilder(cast(variables)))
                .build()
                .toString();
        var request = given().config(NO_HANGING).contentType(ContentType.JSON).accept(ContentType.JSON).body(body);
        if (token != null) {
            request.auth().oauth2(token);
        }
        if (baseUrl != null) {
            request.baseUri(baseUrl).port(java.net.URI.create(baseUrl).getPort());
        }
        return request.when().post("/graphql").then().log().ifValidationFails();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> cast(Map<String, ?> variables) {
        return (Map<String, Object>) variables;
    }
}
