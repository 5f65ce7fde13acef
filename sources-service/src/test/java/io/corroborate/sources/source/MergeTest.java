package io.corroborate.sources.source;

import static io.corroborate.sources.Sources.ADMIN;
import static io.corroborate.sources.Sources.ANALYST;
import static io.corroborate.sources.Sources.EDITOR;
import static io.corroborate.sources.Sources.VIEWER;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.corroborate.sources.Sources;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class MergeTest {

    private static final String MERGE = "mutation($s: ID!, $d: ID!) { mergeSources(survivorId: $s, duplicateId: $d) { id aliases } }";

    @Test
    void aMergedDuplicateRedirectsToTheSurvivorWhichTakesItsNamesAffiliationsAndRatings() {
        String suffix = Sources.unique();
        String survivor = Sources.create("Rossiyskaya Gazeta " + suffix, "OUTLET", "aliases", List.of("RG " + suffix));
        String duplicate = Sources.create("Rossijskaja Gaseta " + suffix, "OUTLET");
        String russia = Sources.create("Government of Russia " + suffix, "GOVERNMENT_BODY", "country", "RU");
        Sources.affiliate(duplicate, russia, "STATE_CONTROLLED_BY", null, null);
        EDITOR.execute("mutation($i: RateSourceInput!) { rateSource(input: $i) { id } }",
                Map.of("i", Map.of("sourceId", duplicate, "grade", "D", "rationale", "State-controlled daily.")));

        ADMIN.execute(MERGE, Map.of("s", survivor, "d", duplicate))
                .body("data.mergeSources.aliases", containsInAnyOrder("RG " + suffix, "Rossijskaja Gaseta " + suffix));

        VIEWER.execute("query($id: ID!) { source(id: $id) { id mergedInto affiliations { type targetSourceId } reliability { assessed { grade } } } }",
                        Map.of("id", duplicate))
                .body("data.source.id", is(survivor))
                .body("data.source.affiliations.type", hasItem("STATE_CONTROLLED_BY"))
                .body("data.source.reliability.assessed.grade", is("D"));
        VIEWER.execute("query($ids: [String!]!) { sourcesByIds(ids: $ids) { id } }", Map.of("ids", List.of(duplicate)))
                .body("data.sourcesByIds[0].id", is(survivor));
    }

    @Test
    void onlyAnAdminMergesAndNeverASourceIntoItself() {
        String suffix = Sources.unique();
        String a = Sources.create("Ukrainska Pravda " + suffix, "OUTLET", "country", "UA");
        String b = Sources.create("Ukrainskaya Pravda " + suffix, "OUTLET");

        ANALYST.execute(MERGE, Map.of("s", a, "d", b)).body("errors[0].extensions.code", is("FORBIDDEN"));
        ADMIN.execute(MERGE, Map.of("s", a, "d", a)).body("errors[0].extensions.code", is("VALIDATION"));
        ADMIN.execute(MERGE, Map.of("s", a, "d", b)).body("errors", org.hamcrest.Matchers.nullValue());
        ADMIN.execute(MERGE, Map.of("s", a, "d", b)).body("errors[0].extensions.code", is("NOT_FOUND"));
    }
}
