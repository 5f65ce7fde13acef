package io.corroborate.sources.source;

import static io.corroborate.sources.Sources.ANALYST;
import static io.corroborate.sources.Sources.VIEWER;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.corroborate.sources.Sources;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class SourceLifecycleTest {

    @Test
    void aSourceIsRecordedWithItsAliasesAndCountry() {
        String suffix = Sources.unique();
        String isw = Sources.create("Institute for the Study of War " + suffix, "THINK_TANK", "country", "us",
                "aliases", List.of("ISW " + suffix), "homepage", "https://www.understandingwar.org", "wikidataId", "Q" + Math.abs(suffix.hashCode()));

        VIEWER.execute("query($id: ID!) { source(id: $id) { id name kind country aliases version createdBy marking } }", Map.of("id", isw))
                .body("errors", nullValue())
                .body("data.source.kind", is("THINK_TANK"))
                .body("data.source.country", is("US"))
                .body("data.source.aliases", contains("ISW " + suffix))
                .body("data.source.version", is(0))
                .body("data.source.createdBy", is("ana"))
                .body("data.source.marking", is("CLEAR"));
    }

    @Test
    void aNameOrAliasAlreadyInUseIsAConflictThatNamesTheExistingSource() {
        String suffix = Sources.unique();
        String isw = Sources.create("Institute for the Study of War " + suffix, "THINK_TANK", "aliases", List.of("ISW-" + suffix));
        String create = "mutation($i: CreateSourceInput!) { createSource(input: $i) { id } }";

        ANALYST.execute(create, Map.of("i", Map.of("name", "The institute for the study of WAR " + suffix, "kind", "THINK_TANK")))
                .body("errors[0].extensions.code", is("CONFLICT"))
                .body("errors[0].extensions.existingId", is(isw));
        ANALYST.execute(create, Map.of("i", Map.of("name", "Another name " + suffix, "kind", "THINK_TANK", "aliases", List.of("isw " + suffix))))
                .body("errors[0].extensions.code", is("CONFLICT"))
                .body("errors[0].extensions.existingId", is(isw));
    }

    @Test
    void anUpdateNeedsTheCurrentVersion() {
        String suffix = Sources.unique();
        String nk = Sources.create("NK News " + suffix, "OUTLET", "country", "KR");
        String update = "mutation($id: ID!, $v: Int!, $i: UpdateSourceInput!) { updateSource(id: $id, version: $v, input: $i) { name version description } }";

        ANALYST.execute(update, Map.of("id", nk, "v", 0, "i", Map.of("description", "A Seoul website that tracks North Korea.",
                        "name", "NK News (Seoul) " + suffix)))
                .body("data.updateSource.version", is(1))
                .body("data.updateSource.name", is("NK News (Seoul) " + suffix));
        ANALYST.execute(update, Map.of("id", nk, "v", 0, "i", Map.of("description", "stale")))
                .body("errors[0].extensions.code", is("CONFLICT"));
    }

    @Test
    void aliasesCanBeAddedAndRemoved() {
        String suffix = Sources.unique();
        String rg = Sources.create("Rossiyskaya Gazeta " + suffix, "OUTLET", "country", "RU");

        ANALYST.execute("mutation($id: ID!, $a: String!) { addAlias(sourceId: $id, alias: $a) { aliases } }", Map.of("id", rg, "a", "RG " + suffix))
                .body("data.addAlias.aliases", contains("RG " + suffix));
        ANALYST.execute("mutation($id: ID!, $a: String!) { removeAlias(sourceId: $id, alias: $a) { aliases } }", Map.of("id", rg, "a", "rg " + suffix))
                .body("data.removeAlias.aliases", is(List.of()));
        ANALYST.execute("mutation($id: ID!, $a: String!) { removeAlias(sourceId: $id, alias: $a) { aliases } }",
                        Map.of("id", rg, "a", "Rossiyskaya Gazeta " + suffix))
                .body("errors[0].extensions.code", is("VALIDATION"));
    }

    @Test
    void searchFindsMisspellingsAbbreviationsAndPrefixes() {
        String suffix = Sources.unique();
        String rg = Sources.create("Rossiyskaya Gazeta " + suffix, "OUTLET");
        String isw = Sources.create("Institute for the Study of War " + suffix, "THINK_TANK", "aliases", List.of("ISW" + suffix));

        VIEWER.execute("query($t: String!) { searchSources(text: $t) { id } }", Map.of("t", "Rossiiskaya Gazeta " + suffix))
                .body("data.searchSources.id", hasItem(rg));
        VIEWER.execute("query($t: String!) { searchSources(text: $t) { id } }", Map.of("t", "ISW" + suffix))
                .body("data.searchSources[0].id", is(isw));
        VIEWER.execute("query($t: String!) { searchSources(text: $t) { id } }", Map.of("t", "institute for the st"))
                .body("data.searchSources.id", hasItem(isw));
    }

    @Test
    void batchLookUpAnswersInRequestOrder() {
        String suffix = Sources.unique();
        String a = Sources.create("Andrii Kovalenko " + suffix, "PERSON");
        String b = Sources.create("Center for Countering Disinformation " + suffix, "GOVERNMENT_BODY", "country", "UA");

        VIEWER.execute("query($ids: [String!]!) { sourcesByIds(ids: $ids) { id } }",
                        Map.of("ids", List.of(b, "00000000-0000-0000-0000-000000000009", a)))
                .body("data.sourcesByIds[0].id", is(b))
                .body("data.sourcesByIds[1]", nullValue())
                .body("data.sourcesByIds[2].id", is(a));
    }

    @Test
    void sourcesPageByKind() {
        String suffix = Sources.unique();
        String nis = Sources.create("National Intelligence Service " + suffix, "INTELLIGENCE_AGENCY", "country", "KR");

        VIEWER.execute("{ sources(first: 100, filter: {kinds: [INTELLIGENCE_AGENCY], countries: [\"KR\"]}) { totalCount edges { node { id kind } } } }")
                .body("data.sources.edges.node.id", hasItem(nis))
                .body("data.sources.edges.node.kind", org.hamcrest.Matchers.everyItem(is("INTELLIGENCE_AGENCY")));
    }

    @Test
    void badInputIsRefusedWithTheField() {
        String create = "mutation($i: CreateSourceInput!) { createSource(input: $i) { id } }";
        ANALYST.execute(create, Map.of("i", Map.of("name", "  ", "kind", "OUTLET")))
                .body("errors[0].extensions.code", is("VALIDATION")).body("errors[0].extensions.field", is("input.name"));
        ANALYST.execute(create, Map.of("i", Map.of("name", "X " + Sources.unique(), "kind", "OUTLET", "country", "Korea")))
                .body("errors[0].extensions.code", is("VALIDATION")).body("errors[0].extensions.field", is("input.country"));
        ANALYST.execute(create, Map.of("i", Map.of("name", "X " + Sources.unique(), "kind", "BLOGGER")))
                .body("errors[0].extensions.code", is("VALIDATION"));
        VIEWER.execute("{ source(id: \"00000000-0000-0000-0000-000000000009\") { id } }")
                .body("errors[0].extensions.code", is("NOT_FOUND"));
    }
}
