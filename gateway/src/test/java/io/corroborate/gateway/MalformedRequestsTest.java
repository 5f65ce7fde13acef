package io.corroborate.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.oneOf;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.corroborate.devstack.test.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * A corpus of malformed requests, sent to the gateway and to each service directly: every error carries one of the
 * documented codes and a sentence, and none shows a Java class, a syntax-tree dump, an exception or the input echoed
 * back. Each bad value carries the marker {@value #ECHO}, which must never come back (names, such as an unknown
 * field's, may be named: they are the client's query, not its data).
 */
@QuarkusTest
class MalformedRequestsTest {

    static final String ECHO = "qx7echo";
    private static final List<String> CODES = List.of("VALIDATION", "NOT_FOUND", "FORBIDDEN", "UNAUTHENTICATED", "CONFLICT", "LIMIT");
    private static final Pattern INTERNALS = Pattern.compile(
            "io\\.corroborate|java\\.|graphql\\.|Exception|\\w+Value\\{|Unknown Scalar Type|wrongly returned null|null-pointer|\\$\\w+\\(");

    /** One malformed request: its document and variables. */
    record Malformed(String what, String query, Map<String, Object> variables) {
        @Override
        public String toString() {
            return what;
        }
    }

    static Stream<Arguments> corpus() {
        List<Arguments> all = new ArrayList<>();
        for (String endpoint : List.of("gateway", "claims", "sources")) {
            boolean sources = endpoint.equals("sources");
            String list = sources ? "sources" : "claims";
            String enumFilter = sources ? "kinds" : "status";
            for (Malformed request : List.of(
                    new Malformed("an enum literal that does not exist", "{ " + list + "(filter: {" + enumFilter + ": [NOPE_" + ECHO + "]}) { totalCount } }", Map.of()),
                    new Malformed("an enum variable that does not exist", "query($f: " + (sources ? "SourceFilter" : "ClaimFilter") + ") { " + list + "(filter: $f) { totalCount } }",
                            Map.of("f", Map.of(enumFilter, List.of("NOPE_" + ECHO)))),
                    new Malformed("a string for an Int variable", "query($n: Int) { " + list + "(first: $n) { totalCount } }", Map.of("n", "ten-" + ECHO)),
                    new Malformed("a string for an Int literal", "{ " + list + "(first: \"ten-" + ECHO + "\") { totalCount } }", Map.of()),
                    new Malformed("an Int too large", "{ " + list + "(first: 99999999999) { totalCount } }", Map.of()),
                    new Malformed("a float for an ID", "{ " + (sources ? "source" : "claim") + "(id: 12.5) { id } }", Map.of()),
                    new Malformed("a missing non-null variable", "query($id: ID!) { " + (sources ? "source" : "claim") + "(id: $id) { id } }", Map.of()),
                    new Malformed("a bad DateTime literal inside an input object", sources
                            ? "{ sources(first: 1) { edges { node { reliability(asOf: \"soon-" + ECHO + "\") { computed { score } } } } } }"
                            : "mutation { createClaim(input: {statement: \"s\", claimedAt: \"soon-" + ECHO + "\", articleId: \"00000000-0000-0000-0000-000000000001\", attribution: []}) { id } }",
                            Map.of()),
                    new Malformed("a bad DateTime variable inside an input object", sources
                            ? "query($d: DateTime) { sources(first: 1) { edges { node { reliability(asOf: $d) { computed { score } } } } } }"
                            : "mutation($i: CreateClaimInput!) { createClaim(input: $i) { id } }",
                            sources ? Map.of("d", "soon-" + ECHO)
                                    : Map.of("i", Map.of("statement", "s", "claimedAt", "soon-" + ECHO, "articleId", "00000000-0000-0000-0000-000000000001",
                                            "attribution", List.of()))),
                    new Malformed("an unknown field in an input object", "query($f: " + (sources ? "SourceFilter" : "ClaimFilter") + ") { " + list + "(filter: $f) { totalCount } }",
                            Map.of("f", Map.of("nope", 1))),
                    new Malformed("an unknown field", "{ " + list + " { nope } }", Map.of()),
                    new Malformed("a selection on a scalar", "{ " + list + " { totalCount { x } } }", Map.of()),
                    new Malformed("no selection on an object", "{ " + list + " }", Map.of()),
                    new Malformed("a syntax error", "{ " + list + "(first: ) }", Map.of()),
                    new Malformed("a huge document", "{ " + "__typename ".repeat(20_000) + "}", Map.of()),
                    new Malformed("an undefined variable", "{ " + list + "(first: $nope) { totalCount } }", Map.of()),
                    new Malformed("a bad Date", sources || endpoint.equals("gateway")
                            ? "{ independenceGroups(sourceIds: [\"00000000-0000-0000-0000-000000000001\"], asOf: \"someday-" + ECHO + "\") { sourceIds } }"
                            : "{ claims(filter: {claimedFrom: \"someday-" + ECHO + "\"}) { totalCount } }", Map.of()),
                    new Malformed("a string for a Boolean or an Int", sources
                            ? "{ searchSources(text: \"nk\", first: \"yes-" + ECHO + "\") { id } }"
                            : "{ claims(filter: {circularReporting: \"yes-" + ECHO + "\"}) { totalCount } }", Map.of()),
                    new Malformed("a value of another type in an input object", sources
                            ? "query($f: SourceFilter) { sources(filter: $f) { totalCount } }"
                            : "query($o: ClaimOrder) { claims(orderBy: $o) { totalCount } }",
                            sources ? Map.of("f", Map.of("markings", List.of(7)))
                                    : Map.of("o", Map.of("field", "SIDEWAYS_" + ECHO, "direction", "UP_" + ECHO))))) {
                all.add(Arguments.of(endpoint, request));
            }
            if (!endpoint.equals("gateway")) {
                String entity = sources ? "Source" : "Claim";
                for (Malformed request : List.of(
                        new Malformed("an entity representation without a type", "query($r: [_Any!]!) { _entities(representations: $r) { __typename } }",
                                Map.of("r", List.of(Map.of("id", ECHO)))),
                        new Malformed("an entity representation without an id", "query($r: [_Any!]!) { _entities(representations: $r) { __typename } }",
                                Map.of("r", List.of(Map.of("__typename", entity)))),
                        new Malformed("an entity representation with a bad id", "query($r: [_Any!]!) { _entities(representations: $r) { ... on " + entity + " { id } } }",
                                Map.of("r", List.of(Map.of("__typename", entity, "id", "bad-" + ECHO)))),
                        new Malformed("an entity representation of an unknown type", "query($r: [_Any!]!) { _entities(representations: $r) { __typename } }",
                                Map.of("r", List.of(Map.of("__typename", "Nope" + ECHO, "id", "x")))))) {
                    all.add(Arguments.of(endpoint, request));
                }
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{1} at {0}")
    @MethodSource("corpus")
    void everyErrorHasADocumentedCodeAndAPlainSentence(String endpoint, Malformed request) {
        Map<String, Object> body = new HashMap<>();
        body.put("query", request.query());
        body.put("variables", request.variables());
        var response = request(endpoint).body(body).post("/graphql").then().log().ifValidationFails();
        assertThat("no server error", response.extract().statusCode(), lessThan(500));
        String raw = response.extract().asString();
        JsonPath json = new JsonPath(raw);
        List<Map<String, Object>> errors = json.getList("errors");
        assertFalse(errors == null || errors.isEmpty(), "the request is refused: " + raw);
        for (Map<String, Object> error : errors) {
            @SuppressWarnings("unchecked")
            Map<String, Object> extensions = (Map<String, Object>) error.get("extensions");
            assertThat(raw, extensions == null ? null : extensions.get("code"), oneOf(CODES.toArray()));
            String message = String.valueOf(error.get("message"));
            assertFalse(INTERNALS.matcher(message).find(), "no internals in: " + message);
            assertThat(message, not(org.hamcrest.Matchers.containsStringIgnoringCase(ECHO)));
            assertThat("a sentence, not a dump", message.length(), lessThan(400));
        }
    }

    private static io.restassured.specification.RequestSpecification request(String endpoint) {
        var request = given().contentType(ContentType.JSON).accept(ContentType.JSON)
                .auth().oauth2(TestTokens.forUser("ana", "analyst"));
        if (!endpoint.equals("gateway")) {
            URI url = URI.create(ConfigProvider.getConfig().getValue("corroborate.test." + endpoint + "-url", String.class));
            request.baseUri(url.getScheme() + "://" + url.getHost()).port(url.getPort());
        }
        return request;
    }
}
