package io.corroborate.gateway;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.corroborate.devstack.demo.DemoData;
import io.corroborate.devstack.test.GraphQLClient;
import io.corroborate.devstack.test.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;

/**
 * The acceptance test of corroboration: the seed article's data (the launcher's demo dataset), through the gateway
 * with Keycloak tokens. Repeating one origin is not corroboration; only independent origins count.
 */
@QuarkusTest
class CorroborationSeedScenarioTest {

    private static final GraphQLClient VIEWER = GraphQLClient.as("vic", "viewer");
    private static final String CORROBORATION = """
            query($id: ID!) { article(id: $id) { claims(first: 100) { edges { node {
              id statement articleId
              corroboration {
                independentOrigins circularReporting suggestedCredibility explanation
                supporting { claimId relation }
                originGroups { sourceIds reportIds reason links { type } sources { name } }
                circularReports { reportIds sources { name } }
                contradicting { independentOrigins reports { claimId statement } }
              } } } } } }""";

    private static Map<String, Map<String, Object>> byKey;

    @BeforeEach
    void loadTheSeedArticleOnce() {
        if (byKey != null) {
            return; // one load and one query for all the assertions
        }
        String article = DemoData.load("http://127.0.0.1:" + RestAssured.port, TestTokens.forUser("ada", "admin")).articleId();
        Map<String, String> statementOf = new HashMap<>();
        DemoData.read().getJsonArray("claims").forEach(claim -> statementOf.put(
                claim.asJsonObject().getString("statement"), claim.asJsonObject().getString("key")));
        JsonPath answer = VIEWER.execute(CORROBORATION, Map.of("id", article)).extract().jsonPath();
        assertThat("no errors", answer.get("errors"), is((Object) null));
        List<Map<String, Object>> nodes = answer.getList("data.article.claims.edges.node");
        byKey = new HashMap<>();
        nodes.forEach(node -> byKey.put(statementOf.get((String) node.get("statement")), node));
    }

    @Test
    void theAmbassadorsWordsRelayedByRossiyskayaGazetaAndTheIswAreOneOriginAndCircularReporting() {
        Map<String, Object> hospitality = corroboration("hospitality");
        assertEquals(1, hospitality.get("independentOrigins"));
        assertEquals(true, hospitality.get("circularReporting"));
        List<Map<String, Object>> circular = list(hospitality, "circularReports");
        assertEquals(3, list(circular.get(0), "reportIds").size(), "the claim and its two supporting claims");
        assertThat(names(circular.get(0)), containsInAnyOrder((Object) "Alexander Matsegora"));
        assertEquals(3, hospitality.get("suggestedCredibility"), "three reports of one origin are not confirmation");
    }

    @Test
    void zelenskyAndKovalenkoAreOneGroupThroughTheGovernmentOfUkraineAndNkNewsIsIndependent() {
        Map<String, Object> losses = corroboration("hundreds-destroyed");
        assertEquals(2, losses.get("independentOrigins"));
        assertEquals(true, losses.get("circularReporting"));
        Map<String, Object> ukraine = list(losses, "originGroups").stream()
                .filter(group -> names(group).contains("Andrii Kovalenko")).findFirst().orElseThrow();
        assertThat(names(ukraine), containsInAnyOrder((Object) "Volodymyr Zelensky", "Andrii Kovalenko"));
        List<Object> linkTypes = list(ukraine, "links").stream().map(link -> link.get("type")).toList();
        assertThat(linkTypes, hasItem((Object) "SPEAKS_FOR"));
        assertTrue(list(losses, "originGroups").stream().anyMatch(group -> names(group).equals(List.of("NK News"))));
    }

    @Test
    void nkNewsAndTheIswAreIndependentSoTheirAgreementOutweighsTheOfficialRussianDenial() {
        Map<String, Object> woundedSentBack = corroboration("wounded-sent-back");
        assertEquals(2, woundedSentBack.get("independentOrigins"), "the ISW and NK News");
        assertEquals(false, woundedSentBack.get("circularReporting"));
        assertEquals(1, map(woundedSentBack, "contradicting").get("independentOrigins"), "Rossiyskaya Gazeta's report");
        assertEquals(2, woundedSentBack.get("suggestedCredibility"), "two independent origins for, one against");
    }

    @Test
    void theIswContradictsTheOfficialRussianClaimOfTreatmentAbroad() {
        Map<String, Object> treated = corroboration("treated-in-north-korea");
        Map<String, Object> contradicting = map(treated, "contradicting");
        List<Object> statements = list(contradicting, "reports").stream().map(report -> report.get("statement")).toList();
        assertThat(statements, hasItem((Object) "The Russian military command sends wounded personnel back into assault groups without treatment."));
        assertEquals(1, contradicting.get("independentOrigins"), "both contradictions come from the ISW");
        assertEquals(5, treated.get("suggestedCredibility"), "contradicted by an independent origin, supported by none");
        assertFalse(((String) treated.get("explanation")).isBlank());
    }

    @Test
    void theCircularReportingFilterFindsTheClaimsThatRepeatOneOrigin() {
        String article = (String) byKey.get("hospitality").get("articleId");
        List<String> circular = VIEWER.execute("""
                        query($a: ID) { claims(first: 100, filter: {articleId: $a, circularReporting: true}) {
                          totalCount edges { node { id corroboration { circularReporting } } } } }""", Map.of("a", article))
                .body("errors", nullValue())
                .body("data.claims.edges.node.corroboration.circularReporting", everyItem(is(true)))
                .extract().path("data.claims.edges.node.id");
        assertThat(circular, hasItem(id("hospitality")));
        assertThat(circular, hasItem(id("hundreds-destroyed")));
        assertThat(circular, not(hasItem(id("troops-redeployed"))));
        assertThat(circular, not(hasItem(id("wounded-sent-back"))));
        VIEWER.execute("{ claims(filter: {circularReporting: false}) { totalCount } }")
                .body("errors[0].extensions.code", is("VALIDATION"));
    }

    private static String id(String key) {
        return (String) byKey.get(key).get("id");
    }

    private static Map<String, Object> corroboration(String key) {
        return map(byKey.get(key), "corroboration");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Map<String, Object> parent, String field) {
        return (Map<String, Object>) parent.get(field);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Map<String, Object> parent, String field) {
        return (List<Map<String, Object>>) parent.get(field);
    }

    private static List<Object> names(Map<String, Object> group) {
        return list(group, "sources").stream().map(source -> source.get("name")).toList();
    }
}
