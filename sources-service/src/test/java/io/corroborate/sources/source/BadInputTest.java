package io.corroborate.sources.source;

import static io.corroborate.sources.Sources.ADMIN;
import static io.corroborate.sources.Sources.ANALYST;
import static io.corroborate.sources.Sources.EDITOR;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

import io.corroborate.devstack.test.TestDatabase;
import io.corroborate.sources.Sources;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/** Every refused request names the problem with extensions.code, leaks nothing, and writes nothing. */
@QuarkusTest
class BadInputTest {

    private static final String CREATE = "mutation($i: CreateSourceInput!) { createSource(input: $i) { id } }";

    @Test
    void aDuplicateNameIsRefusedWithoutWriting() {
        String name = "Foreign Affairs " + Sources.unique();
        Sources.create(name, "OUTLET");
        assertRefused(() -> ANALYST.execute(CREATE, Map.of("i", Map.of("name", name.toUpperCase(), "kind", "OUTLET",
                "aliases", List.of("FA " + Sources.unique())))), "CONFLICT", null);
    }

    @Test
    void anAliasClashingWithAnotherSourceIsRefusedWithoutWriting() {
        String name = "Queens College " + Sources.unique();
        Sources.create(name, "ACADEMIC");
        assertRefused(() -> ANALYST.execute(CREATE, Map.of("i", Map.of("name", "Andrew Kosenko " + Sources.unique(), "kind", "ACADEMIC",
                "aliases", List.of(name)))), "CONFLICT", null);
    }

    @Test
    void anAffiliationToItselfOrBackwardsInTimeIsRefused() {
        String source = Sources.create("Kim Jong-un " + Sources.unique(), "PERSON", "country", "KP");
        String other = Sources.create("Government of North Korea " + Sources.unique(), "GOVERNMENT_BODY", "country", "KP");
        String affiliate = "mutation($i: AffiliateInput!) { affiliate(input: $i) { id } }";
        assertRefused(() -> ANALYST.execute(affiliate, Map.of("i", Map.of("sourceId", source, "targetSourceId", source, "type", "SPEAKS_FOR"))),
                "VALIDATION", "input.targetSourceId");
        assertRefused(() -> ANALYST.execute(affiliate, Map.of("i", Map.of("sourceId", source, "targetSourceId", other, "type", "SPEAKS_FOR",
                "validFrom", "2024-01-01", "validTo", "2023-01-01"))), "VALIDATION", "input.validTo");
    }

    @Test
    void aRatingOfAnUnknownSourceIsNotFound() {
        assertRefused(() -> EDITOR.execute("mutation($i: RateSourceInput!) { rateSource(input: $i) { id } }",
                Map.of("i", Map.of("sourceId", "00000000-0000-0000-0000-000000000009", "grade", "B", "rationale", "x"))),
                "NOT_FOUND", null);
    }

    @Test
    void aMalformedIdOrCursorIsRefused() {
        assertRefused(() -> ADMIN.execute("mutation { mergeSources(survivorId: \"nope\", duplicateId: \"nope\") { id } }"),
                "VALIDATION", "survivorId");
        assertRefused(() -> Sources.VIEWER.execute("{ sources(after: \"bm9wZQ\") { totalCount } }"), "VALIDATION", "after");
        assertRefused(() -> Sources.VIEWER.execute("{ sources(first: 0) { totalCount } }"), "VALIDATION", "first");
    }

    @Test
    void aControlCharacterInAnyTextIsRefusedNamingTheField() {
        String source = Sources.create("Daily NK " + Sources.unique(), "OUTLET");
        assertRefused(() -> ANALYST.execute(CREATE, Map.of("i", Map.of("name", "Daily\u0000NK", "kind", "OUTLET"))),
                "VALIDATION", "input.name");
        assertRefused(() -> ANALYST.execute(CREATE, Map.of("i", Map.of("name", "Daily NK " + Sources.unique(), "kind", "OUTLET",
                "description", "Seoul\u001b[31m based"))), "VALIDATION", "input.description");
        assertRefused(() -> ANALYST.execute(CREATE, Map.of("i", Map.of("name", "Daily NK " + Sources.unique(), "kind", "OUTLET",
                "aliases", List.of("DNK", "D\u0007NK")))), "VALIDATION", "input.aliases[1]");
        assertRefused(() -> ANALYST.execute("mutation($id: ID!, $a: String!) { addAlias(sourceId: $id, alias: $a) { id } }",
                Map.of("id", source, "a", "NK\u0000Daily")), "VALIDATION", "alias");
        assertRefused(() -> EDITOR.execute("mutation($i: RateSourceInput!) { rateSource(input: $i) { id } }",
                Map.of("i", Map.of("sourceId", source, "grade", "B", "rationale", "Reliable\u0000"))), "VALIDATION", "input.rationale");
        // Written inline in the document, not as a variable: the same rule.
        assertRefused(() -> Sources.VIEWER.execute("{ searchSources(text: \"Daily\\u0000NK\") { id } }"), "VALIDATION", "text");
        // Tabs and line breaks are text, not control.
        ANALYST.execute(CREATE, Map.of("i", Map.of("name", "Daily NK " + Sources.unique(), "kind", "OUTLET",
                "description", "Seoul\tbased\r\nsince 2004"))).body("errors", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void invisibleAndBidirectionalCharactersInANameAreRefused() {
        for (String trick : List.of("\u200b", "\u00ad", "\u202e", "\u2066", "\ufeff")) {
            assertRefused(() -> ANALYST.execute(CREATE, Map.of("i", Map.of("name", "Alexander" + trick + " Matsegora " + Sources.unique(),
                    "kind", "PERSON"))), "VALIDATION", "input.name");
        }
    }

    @Test
    void aLookAlikeOfATakenNameIsTaken() {
        String unique = Sources.unique();
        Sources.create("Alexander Matsegora " + unique, "PERSON");
        // A Cyrillic "А" and "о", a full-width "M" (folded by NFKC), and "rn" for "m".
        for (String lookAlike : List.of("\u0410lexander Matsegora ", "Alexander Mats\u0435g\u043Era ", "Alexander \uFF2Datsegora ",
                "Alexander Matsegora ".replace("M", "rn").replace("Matsegora", "rnatsegora"))) {
            assertRefused(() -> ANALYST.execute(CREATE, Map.of("i", Map.of("name", lookAlike + unique, "kind", "PERSON"))),
                    "CONFLICT", null);
        }
        String other = Sources.create("A. Matsegora " + unique, "PERSON");
        assertRefused(() -> ANALYST.execute("mutation($id: ID!, $a: String!) { addAlias(sourceId: $id, alias: $a) { id } }",
                Map.of("id", other, "a", "\u0410lexander Matsegora " + unique)), "CONFLICT", null);
    }

    private static void assertRefused(Supplier<ValidatableResponse> request, String code, String field) {
        String before = TestDatabase.snapshot("source", "source_name", "affiliation", "rating");
        ValidatableResponse response = request.get()
                .body("errors[0].extensions.code", is(code))
                .body("errors[0].message", not(containsString("Exception")))
                .body("errors[0].message", not(containsString("SQL")));
        if (field != null) {
            response.body("errors[0].extensions.field", is(field));
        }
        assertEquals(before, TestDatabase.snapshot("source", "source_name", "affiliation", "rating"),
                "a refused request must write nothing");
    }
}
