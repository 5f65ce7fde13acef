package io.corroborate.claims.security;

import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.corroborate.claims.Seed;
import io.corroborate.devstack.test.GraphQLClient;
import io.quarkus.test.junit.QuarkusTest;

/** Each role can do exactly what the README's permission table says, and nothing more. */
@QuarkusTest
class RoleMatrixTest {

    private record Operation(String document, Function<String, Map<String, Object>> variables) {
    }

    private static final Map<String, Operation> OPERATIONS = Map.of(
            "read", new Operation("query($id: ID!) { claim(id: $id) { id } }", claim -> Map.of("id", claim)),
            "createArticle", new Operation("mutation($i: CreateArticleInput!) { createArticle(input: $i) { id } }",
                    claim -> Map.of("i", Seed.article(Seed.uniqueUrl()))),
            "createClaim", new Operation("mutation($i: CreateClaimInput!) { createClaim(input: $i) { id } }",
                    claim -> Map.of("i", Seed.with(Seed.casualtyClaim("unused"), "articleId", null))),
            "updateClaim", new Operation("mutation($id: ID!, $i: UpdateClaimInput!) { updateClaim(id: $id, version: 0, input: $i) { id } }",
                    claim -> Map.of("id", claim, "i", Map.of("statement", "Edited"))),
            "relateClaims", new Operation("mutation($i: RelateClaimsInput!) { relateClaims(input: $i) { id } }",
                    claim -> Map.of("i", Map.of("fromClaimId", Seed.createClaim(Seed.casualtyClaim(Seed.createArticle(Seed.uniqueUrl()))),
                            "toClaimId", claim, "type", "SUPPORTS"))),
            "reviewClaim", new Operation("mutation($i: ReviewClaimInput!) { reviewClaim(input: $i) { id } }",
                    claim -> Map.of("i", Map.of("claimId", claim, "status", "UNDER_REVIEW", "credibility", 6, "rationale", "Checking"))),
            "deleteClaim", new Operation("mutation($id: ID!) { deleteClaim(id: $id) }", claim -> Map.of("id", claim)),
            "claimEvents", new Operation("{ claimEvents(first: 1) { totalCount } }", claim -> Map.of()),
            "importBundle", new Operation("mutation($i: BundleInput!) { importBundle(input: $i) { id } }",
                    claim -> Map.of("i", Map.of("article", Seed.article(Seed.uniqueUrl()), "claims", List.of()))));

    @ParameterizedTest(name = "{0} by {1}: {2}")
    @CsvSource({
            "read,          viewer,  allowed",
            "read,          service, FORBIDDEN",
            "read,          none,    UNAUTHENTICATED",
            "createArticle, viewer,  FORBIDDEN",
            "createArticle, analyst, allowed",
            "createClaim,   viewer,  FORBIDDEN",
            "createClaim,   analyst, allowed",
            "createClaim,   service, FORBIDDEN",
            "updateClaim,   viewer,  FORBIDDEN",
            "updateClaim,   analyst, allowed",
            "relateClaims,  viewer,  FORBIDDEN",
            "relateClaims,  analyst, allowed",
            "importBundle,  viewer,  FORBIDDEN",
            "importBundle,  analyst, allowed",
            "reviewClaim,   analyst, FORBIDDEN",
            "reviewClaim,   editor,  allowed",
            "deleteClaim,   editor,  FORBIDDEN",
            "deleteClaim,   admin,   allowed",
            "claimEvents,   admin,   FORBIDDEN",
            "claimEvents,   viewer,  FORBIDDEN",
            "claimEvents,   service, allowed",
            "claimEvents,   none,    UNAUTHENTICATED",
    })
    void rolesGrantExactlyTheirOperations(String operationName, String role, String outcome) {
        String claimId = Seed.createClaim(Seed.hospitalityClaim(Seed.createArticle(Seed.uniqueUrl())));
        Operation operation = OPERATIONS.get(operationName);
        GraphQLClient client = role.equals("none") ? GraphQLClient.anonymous() : GraphQLClient.as("user-" + role, role);

        var response = client.execute(operation.document(), operation.variables().apply(claimId));

        if (outcome.equals("allowed")) {
            response.body("errors", nullValue());
        } else {
            response.body("errors[0].extensions.code", is(outcome)).body("data", nullValue());
        }
    }
}
