package io.corroborate.sources.security;

import static io.corroborate.sources.Sources.ANALYST;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.corroborate.devstack.test.GraphQLClient;
import io.corroborate.devstack.test.TestDatabase;
import io.corroborate.devstack.test.TestTokens;
import io.corroborate.sources.Sources;
import io.quarkus.test.junit.QuarkusTest;

/**
 * TLP markings: a source above the caller's clearance is invisible on every read path, exactly as if it did not
 * exist, and nobody can mark a source above their own clearance. The RED analyst "ana" is the control: she sees it.
 */
@QuarkusTest
class MarkingTest {

    private static final GraphQLClient GREEN_VIEWER = GraphQLClient.withToken(TestTokens.withClearance("GREEN", "greta", "viewer"));
    private static final GraphQLClient GREEN_ANALYST = GraphQLClient.withToken(TestTokens.withClearance("GREEN", "gus", "analyst"));

    private String tag;
    private String redSource;
    private String greenSource;

    @BeforeEach
    void aRedSourceAndAGreenOneAffiliatedToIt() {
        tag = "marking" + Sources.unique();
        redSource = Sources.create(tag + " informant", "PERSON", "marking", "RED");
        greenSource = Sources.create(tag + " ministry", "GOVERNMENT_BODY", "marking", "GREEN");
        Sources.affiliate(redSource, greenSource, "EMPLOYED_BY", null, null);
    }

    @Test
    void byIdItIsNotFound() {
        GREEN_VIEWER.execute("query($id: ID!) { source(id: $id) { id } }", Map.of("id", redSource))
                .body("data.source", nullValue())
                .body("errors[0].extensions.code", is("NOT_FOUND"));
        ANALYST.execute("query($id: ID!) { source(id: $id) { id } }", Map.of("id", redSource))
                .body("data.source.id", is(redSource));
    }

    @Test
    void inListsItIsLeftOutAndNotCounted() {
        String page = "{ sources(first: 100, filter: {kinds: [PERSON]}) { totalCount edges { node { id marking } } } }";
        int seenByRed = ANALYST.execute(page).extract().path("data.sources.totalCount");
        GREEN_VIEWER.execute(page)
                .body("data.sources.edges.node.id", not(org.hamcrest.Matchers.hasItem(redSource)))
                .body("data.sources.edges.node.marking", everyItem(org.hamcrest.Matchers.oneOf("CLEAR", "GREEN")));
        int seenByGreen = GREEN_VIEWER.execute(page).extract().path("data.sources.totalCount");
        assertEquals(seenByRed - redPersons(), seenByGreen, "totalCount leaves out what the caller may not see");
    }

    @Test
    void inSearchItIsNotFound() {
        GREEN_VIEWER.execute("query($t: String!) { searchSources(text: $t) { id } }", Map.of("t", tag))
                .body("data.searchSources.id", contains(greenSource));
        ANALYST.execute("query($t: String!) { searchSources(text: $t) { id } }", Map.of("t", tag))
                .body("data.searchSources.id", org.hamcrest.Matchers.containsInAnyOrder(greenSource, redSource));
    }

    @Test
    void inBatchLookUpsAndFederationItIsNull() {
        GREEN_VIEWER.execute("query($ids: [String!]!) { sourcesByIds(ids: $ids) { id } }", Map.of("ids", List.of(redSource, greenSource)))
                .body("data.sourcesByIds[0]", nullValue())
                .body("data.sourcesByIds[1].id", is(greenSource));
        GREEN_VIEWER.execute("query($r: [_Any!]!) { _entities(representations: $r) { ... on Source { id } } }",
                        Map.of("r", List.of(Map.of("__typename", "Source", "id", redSource))))
                .body("data._entities[0]", nullValue());
    }

    @Test
    void anAffiliationToItIsNotShown() {
        GREEN_VIEWER.execute("query($id: ID!) { source(id: $id) { affiliations { sourceId targetSourceId } } }", Map.of("id", greenSource))
                .body("data.source.affiliations", empty());
        ANALYST.execute("query($id: ID!) { source(id: $id) { affiliations { sourceId } } }", Map.of("id", greenSource))
                .body("data.source.affiliations.sourceId", contains(redSource));
    }

    @Test
    void independenceDoesNotWalkThroughAHiddenSource() {
        String first = Sources.create(tag + " spokesman A", "PERSON");
        String second = Sources.create(tag + " spokesman B", "PERSON");
        Sources.affiliate(first, redSource, "SPEAKS_FOR", null, null);
        Sources.affiliate(second, redSource, "SPEAKS_FOR", null, null);
        String groups = "query($ids: [String!]!) { independenceGroups(sourceIds: $ids) { sourceIds links { fromSourceId toSourceId } } }";

        ANALYST.execute(groups, Map.of("ids", List.of(first, second)))
                .body("data.independenceGroups", org.hamcrest.Matchers.hasSize(1));
        GREEN_VIEWER.execute(groups, Map.of("ids", List.of(first, second)))
                .body("data.independenceGroups", org.hamcrest.Matchers.hasSize(2))
                .body("data.independenceGroups.links.flatten()", empty());
    }

    @Test
    void nobodyMarksASourceAboveTheirClearance() {
        String before = TestDatabase.snapshot("source", "source_name");
        GREEN_ANALYST.execute("mutation($i: CreateSourceInput!) { createSource(input: $i) { id } }",
                        Map.of("i", Map.of("name", tag + " agent", "kind", "PERSON", "marking", "AMBER")))
                .body("errors[0].extensions.code", is("FORBIDDEN"))
                .body("errors[0].extensions.field", is("input.marking"));
        GREEN_ANALYST.execute("mutation($id: ID!, $i: UpdateSourceInput!) { updateSource(id: $id, version: 0, input: $i) { id } }",
                        Map.of("id", greenSource, "i", Map.of("marking", "RED")))
                .body("errors[0].extensions.code", is("FORBIDDEN"));
        assertEquals(before, TestDatabase.snapshot("source", "source_name"), "nothing was written");
    }

    @Test
    void aCallerCannotChangeWhatTheyCannotSee() {
        GREEN_ANALYST.execute("mutation($id: ID!, $i: UpdateSourceInput!) { updateSource(id: $id, version: 0, input: $i) { id } }",
                        Map.of("id", redSource, "i", Map.of("country", "KP")))
                .body("errors[0].extensions.code", is("NOT_FOUND"));
    }

    @Test
    void aConflictWithAHiddenSourceSaysOnlyThatTheValueIsTaken() {
        String wikidata = "Q" + (100_000_000L + Math.abs(tag.hashCode()));
        String hidden = Sources.create(tag + " defector", "PERSON", "marking", "RED", "wikidataId", wikidata, "aliases",
                List.of(tag + " source X"));
        String create = "mutation($i: CreateSourceInput!) { createSource(input: $i) { id } }";
        String visible = Sources.create(tag + " visible", "PERSON", "marking", "GREEN");
        String before = TestDatabase.snapshot("source", "source_name");
        for (Map<String, Object> input : List.<Map<String, Object>>of(
                Map.of("name", tag + " defector", "kind", "PERSON"),
                Map.of("name", tag + " Source-X", "kind", "PERSON"),
                Map.of("name", tag + " someone", "kind", "PERSON", "wikidataId", wikidata))) {
            assertTakenWithoutATrace(GREEN_ANALYST.execute(create, Map.of("i", input)), hidden);
        }
        assertTakenWithoutATrace(GREEN_ANALYST.execute("mutation($id: ID!, $i: UpdateSourceInput!) { updateSource(id: $id, version: 0, input: $i) { id } }",
                Map.of("id", visible, "i", Map.of("name", tag + " DEFECTOR"))), hidden);
        assertTakenWithoutATrace(GREEN_ANALYST.execute("mutation($id: ID!, $i: UpdateSourceInput!) { updateSource(id: $id, version: 0, input: $i) { id } }",
                Map.of("id", visible, "i", Map.of("wikidataId", wikidata))), hidden);
        assertTakenWithoutATrace(GREEN_ANALYST.execute("mutation($id: ID!, $a: String!) { addAlias(sourceId: $id, alias: $a) { id } }",
                Map.of("id", visible, "a", tag + " source x")), hidden);
        assertEquals(before, TestDatabase.snapshot("source", "source_name"), "nothing was written");

        // The control: a RED analyst may see the holder, so she is told which source holds the name.
        ANALYST.execute(create, Map.of("i", Map.of("name", tag + " defector", "kind", "PERSON")))
                .body("errors[0].extensions.code", is("CONFLICT"))
                .body("errors[0].extensions.existingId", is(hidden));
    }

    @Test
    void anAffiliationWithAHiddenEndCannotBeRemovedAndLooksMissing() {
        String affiliation = ANALYST.execute("query($id: ID!) { source(id: $id) { affiliations { id } } }", Map.of("id", greenSource))
                .extract().path("data.source.affiliations[0].id");
        String unaffiliate = "mutation($id: ID!) { unaffiliate(affiliationId: $id) { id } }";
        String missing = "00000000-0000-0000-0000-0000000000aa";
        String before = TestDatabase.snapshot("affiliation");

        var hiddenAnswer = GREEN_ANALYST.execute(unaffiliate, Map.of("id", affiliation)).extract().jsonPath();
        var missingAnswer = GREEN_ANALYST.execute(unaffiliate, Map.of("id", missing)).extract().jsonPath();
        assertEquals("NOT_FOUND", hiddenAnswer.getString("errors[0].extensions.code"));
        assertEquals(missingAnswer.getString("errors[0].message").replace(missing, affiliation),
                hiddenAnswer.getString("errors[0].message"), "the same answer as for an id that never existed");
        assertEquals(missingAnswer.getMap("errors[0].extensions"), hiddenAnswer.getMap("errors[0].extensions"));
        assertEquals(before, TestDatabase.snapshot("affiliation"), "nothing was removed");

        ANALYST.execute(unaffiliate, Map.of("id", affiliation)).body("errors", nullValue());
    }

    private static void assertTakenWithoutATrace(io.restassured.response.ValidatableResponse response, String hiddenId) {
        String body = response.body("errors[0].extensions.code", is("CONFLICT"))
                .body("errors[0].extensions.existingId", nullValue())
                .body("errors[0].message", org.hamcrest.Matchers.containsString("is already taken"))
                .extract().asString();
        org.hamcrest.MatcherAssert.assertThat(body, not(org.hamcrest.Matchers.containsString(hiddenId)));
        org.hamcrest.MatcherAssert.assertThat(body, not(org.hamcrest.Matchers.containsString("RED")));
    }

    private int redPersons() {
        return ANALYST.execute("{ sources(first: 100, filter: {kinds: [PERSON], markings: [AMBER, RED]}) { totalCount } }")
                .extract().path("data.sources.totalCount");
    }
}
