package io.corroborate.sources.security;

import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;
import java.util.function.Function;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.corroborate.devstack.test.GraphQLClient;
import io.corroborate.sources.Sources;
import io.quarkus.test.junit.QuarkusTest;

/** Each role can do exactly what the README's permission table says, and nothing more. */
@QuarkusTest
class RoleMatrixTest {

    private record Operation(String document, Function<String, Map<String, Object>> variables) {
    }

    private static final Map<String, Operation> OPERATIONS = Map.of(
            "read", new Operation("query($id: ID!) { source(id: $id) { id } }", source -> Map.of("id", source)),
            "createSource", new Operation("mutation($i: CreateSourceInput!) { createSource(input: $i) { id } }",
                    source -> Map.of("i", Map.of("name", "Foreign Affairs " + Sources.unique(), "kind", "OUTLET"))),
            "updateSource", new Operation("mutation($id: ID!) { updateSource(id: $id, version: 0, input: {description: \"Edited\"}) { id } }",
                    source -> Map.of("id", source)),
            "addAlias", new Operation("mutation($id: ID!, $a: String!) { addAlias(sourceId: $id, alias: $a) { id } }",
                    source -> Map.of("id", source, "a", "Alias " + Sources.unique())),
            "affiliate", new Operation("mutation($i: AffiliateInput!) { affiliate(input: $i) { id } }",
                    source -> Map.of("i", Map.of("sourceId", source, "targetSourceId",
                            Sources.create("Queens College " + Sources.unique(), "ACADEMIC"), "type", "EMPLOYED_BY"))),
            "rateSource", new Operation("mutation($i: RateSourceInput!) { rateSource(input: $i) { id } }",
                    source -> Map.of("i", Map.of("sourceId", source, "grade", "B", "rationale", "Peer-reviewed outlet.", "topic", "Military"))),
            "mergeSources", new Operation("mutation($s: ID!, $d: ID!) { mergeSources(survivorId: $s, duplicateId: $d) { id } }",
                    source -> Map.of("s", source, "d", Sources.create("Duplicate " + Sources.unique(), "OUTLET"))),
            "independenceGroups", new Operation("query($ids: [String!]!) { independenceGroups(sourceIds: $ids) { sourceIds } }",
                    source -> Map.of("ids", java.util.List.of(source))));

    @ParameterizedTest(name = "{0} by {1}: {2}")
    @CsvSource({
            "read,               viewer,  allowed",
            "read,               service, FORBIDDEN",
            "read,               none,    UNAUTHENTICATED",
            "independenceGroups, viewer,  allowed",
            "createSource,       viewer,  FORBIDDEN",
            "createSource,       analyst, allowed",
            "updateSource,       viewer,  FORBIDDEN",
            "updateSource,       analyst, allowed",
            "addAlias,           viewer,  FORBIDDEN",
            "addAlias,           analyst, allowed",
            "affiliate,          viewer,  FORBIDDEN",
            "affiliate,          analyst, allowed",
            "rateSource,         analyst, FORBIDDEN",
            "rateSource,         editor,  allowed",
            "mergeSources,       editor,  FORBIDDEN",
            "mergeSources,       admin,   allowed",
            "createSource,       none,    UNAUTHENTICATED",
    })
    void rolesGrantExactlyTheirOperations(String operationName, String role, String outcome) {
        String sourceId = Sources.create("Peter Liberman " + Sources.unique(), "ACADEMIC", "country", "US");
        Operation operation = OPERATIONS.get(operationName);
        GraphQLClient client = role.equals("none") ? GraphQLClient.anonymous() : GraphQLClient.as("user-" + role, role);

        var response = client.execute(operation.document(), operation.variables().apply(sourceId));

        if (outcome.equals("allowed")) {
            response.body("errors", nullValue());
        } else {
            response.body("errors[0].extensions.code", is(outcome)).body("data", nullValue());
        }
    }
}
