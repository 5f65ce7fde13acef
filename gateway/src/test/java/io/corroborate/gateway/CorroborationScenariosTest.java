package io.corroborate.gateway;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.corroborate.devstack.test.GraphQLClient;
import io.corroborate.devstack.test.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/** Corroboration beyond the seed article: long chains, merges, affiliations that ended, and hidden claims. */
@QuarkusTest
class CorroborationScenariosTest {

    private static final GraphQLClient ANALYST = GraphQLClient.as("ana", "analyst");
    private static final GraphQLClient ADMIN = GraphQLClient.as("ada", "admin");
    private static final GraphQLClient GREEN_VIEWER = GraphQLClient.withToken(TestTokens.withClearance("GREEN", "greta", "viewer"));

    private static final String CORROBORATION = """
            query($id: ID!) { claim(id: $id) { corroboration {
              independentOrigins circularReporting suggestedCredibility explanation
              supporting { claimId } originGroups { reportIds links { type } } } } }""";

    private final String tag = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void reportsOfOneOriginThroughThreeRelaysEachAreStillOneOrigin() {
        String origin = source("Defence ministry spokesman");
        String first = claim("2025-01-20", "GREEN", origin, source("Agency A"), source("Outlet B"), source("Blog C"));
        String second = claim("2025-01-20", "GREEN", origin, source("Agency D"), source("Outlet E"), source("Blog F"));
        relate(second, first, "SUPPORTS");

        corroboration(ANALYST, first)
                .body("independentOrigins", is(1))
                .body("circularReporting", is(true))
                .body("suggestedCredibility", is(3));
    }

    @Test
    void aMergedDuplicateSourceIsTheSameOrigin() {
        String survivor = source("Institute for the Study of War");
        String duplicate = source("ISW think tank");
        String first = claim("2025-01-18", "GREEN", survivor);
        String second = claim("2025-01-18", "GREEN", duplicate);
        relate(second, first, "SUPPORTS");
        ADMIN.execute("mutation($s: ID!, $d: ID!) { mergeSources(survivorId: $s, duplicateId: $d) { id } }",
                        Map.of("s", survivor, "d", duplicate))
                .body("errors", nullValue());

        corroboration(ANALYST, first)
                .body("independentOrigins", is(1))
                .body("circularReporting", is(true));
    }

    @Test
    void anAffiliationThatEndedBeforeTheClaimsDateNoLongerJoinsTwoOrigins() {
        String ministry = source("Ministry of Information");
        String former = source("Former press officer");
        String current = source("Current press officer");
        affiliate(former, ministry, "2023-01-01", "2024-12-31");
        affiliate(current, ministry, "2023-01-01", null);

        String before = claim("2024-06-01", "GREEN", former);
        relate(claim("2024-06-01", "GREEN", current), before, "SUPPORTS");
        corroboration(ANALYST, before).body("independentOrigins", is(1));

        String after = claim("2025-01-20", "GREEN", former);
        relate(claim("2025-01-20", "GREEN", current), after, "SUPPORTS");
        corroboration(ANALYST, after)
                .body("independentOrigins", is(2))
                .body("suggestedCredibility", is(1));
    }

    @Test
    void aHiddenSupportingClaimNeverCountsNorShows() {
        String claim = claim("2025-01-20", "GREEN", source("Open source"));
        String secret = claim("2025-01-20", "RED", source("Secret source"));
        relate(secret, claim, "SUPPORTS");

        corroboration(ANALYST, claim)
                .body("independentOrigins", is(2))
                .body("supporting.claimId", contains(secret));
        corroboration(GREEN_VIEWER, claim)
                .body("independentOrigins", is(1))
                .body("supporting", empty())
                .body("originGroups.reportIds.flatten()", not(hasItem(secret)))
                .body("suggestedCredibility", is(3));
    }

    private static ValidatableResponse corroboration(GraphQLClient client, String claim) {
        return client.execute(CORROBORATION, Map.of("id", claim))
                .body("errors", nullValue())
                .rootPath("data.claim.corroboration");
    }

    private String source(String name) {
        return ANALYST.execute("mutation($i: CreateSourceInput!) { createSource(input: $i) { id } }",
                        Map.of("i", Map.of("name", name + " " + tag, "kind", "PERSON")))
                .body("errors", nullValue()).extract().path("data.createSource.id");
    }

    private static String claim(String day, String marking, String origin, String... relays) {
        List<Map<String, Object>> chain = new ArrayList<>();
        chain.add(Map.of("role", "ORIGIN", "sourceId", origin, "channel", "STATEMENT"));
        for (String relay : relays) {
            chain.add(Map.of("role", "RELAY", "sourceId", relay, "verb", "REPORTED"));
        }
        return ANALYST.execute("mutation($i: CreateClaimInput!) { createClaim(input: $i) { id } }",
                        Map.of("i", Map.of("statement", "Wounded soldiers are treated abroad.", "claimedAt", day + "T00:00:00Z",
                                "marking", marking, "attribution", chain)))
                .body("errors", nullValue()).extract().path("data.createClaim.id");
    }

    private static void relate(String from, String to, String type) {
        ANALYST.execute("mutation($i: RelateClaimsInput!) { relateClaims(input: $i) { type } }",
                        Map.of("i", Map.of("fromClaimId", from, "toClaimId", to, "type", type)))
                .body("errors", nullValue());
    }

    private static void affiliate(String source, String target, String from, String to) {
        Map<String, Object> input = new HashMap<>(Map.of("sourceId", source, "targetSourceId", target, "type", "EMPLOYED_BY",
                "validFrom", from));
        if (to != null) {
            input.put("validTo", to);
        }
        ANALYST.execute("mutation($i: AffiliateInput!) { affiliate(input: $i) { id } }", Map.of("i", input))
                .body("errors", nullValue());
    }
}
