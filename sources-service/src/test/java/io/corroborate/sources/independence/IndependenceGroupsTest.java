package io.corroborate.sources.independence;

import static io.corroborate.sources.Sources.ADMIN;
import static io.corroborate.sources.Sources.VIEWER;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.corroborate.sources.Sources;
import io.quarkus.test.junit.QuarkusTest;

/** Which sources of the seed article can count as independent confirmations of each other. */
@QuarkusTest
class IndependenceGroupsTest {

    private static final String GROUPS = """
            query($ids: [String!]!, $asOf: Date) { independenceGroups(sourceIds: $ids, asOf: $asOf) {
              sourceIds links { fromSourceId toSourceId type } } }""";

    @Test
    void zelenskyAndKovalenkoAreOneGroupThroughTheGovernmentOfUkraine() {
        String suffix = Sources.unique();
        String ukraine = Sources.create("Government of Ukraine " + suffix, "GOVERNMENT_BODY", "country", "UA");
        String ccd = Sources.create("Center for Countering Disinformation " + suffix, "GOVERNMENT_BODY", "country", "UA");
        String kovalenko = Sources.create("Andrii Kovalenko " + suffix, "PERSON", "country", "UA");
        String zelensky = Sources.create("Volodymyr Zelensky " + suffix, "PERSON", "country", "UA");
        Sources.affiliate(kovalenko, ccd, "SPEAKS_FOR", null, null);
        Sources.affiliate(ccd, ukraine, "PART_OF", null, null);
        Sources.affiliate(zelensky, ukraine, "SPEAKS_FOR", null, null);

        VIEWER.execute(GROUPS, Map.of("ids", List.of(zelensky, kovalenko), "asOf", "2025-01-20"))
                .body("data.independenceGroups", hasSize(1))
                .body("data.independenceGroups[0].sourceIds", contains(zelensky, kovalenko))
                .body("data.independenceGroups[0].links.type", contains("SPEAKS_FOR", "PART_OF", "SPEAKS_FOR"));
    }

    @Test
    void nkNewsAndTheIswAreIndependent() {
        String suffix = Sources.unique();
        String nk = Sources.create("NK News " + suffix, "OUTLET", "country", "KR");
        String isw = Sources.create("Institute for the Study of War " + suffix, "THINK_TANK", "country", "US");

        VIEWER.execute(GROUPS, Map.of("ids", List.of(nk, isw), "asOf", "2025-01-20"))
                .body("data.independenceGroups", hasSize(2))
                .body("data.independenceGroups[0].links", hasSize(0));
    }

    @Test
    void anAffiliationThatEndedBeforeTheDateNoLongerJoinsTwoSources() {
        String suffix = Sources.unique();
        String outlet = Sources.create("Former state daily " + suffix, "OUTLET");
        String government = Sources.create("Former owner " + suffix, "GOVERNMENT_BODY");
        Sources.affiliate(outlet, government, "OWNED_BY", "2010-01-01", "2020-12-31");

        VIEWER.execute(GROUPS, Map.of("ids", List.of(outlet, government), "asOf", "2019-06-01"))
                .body("data.independenceGroups", hasSize(1));
        VIEWER.execute(GROUPS, Map.of("ids", List.of(outlet, government), "asOf", "2025-01-20"))
                .body("data.independenceGroups", hasSize(2));
    }

    @Test
    void aMergedDuplicateIsTheSameSourceAsItsSurvivor() {
        String suffix = Sources.unique();
        String survivor = Sources.create("Alexander Matsegora " + suffix, "PERSON", "country", "RU");
        String duplicate = Sources.create("A. Matsegora " + suffix, "PERSON");
        ADMIN.execute("mutation($s: ID!, $d: ID!) { mergeSources(survivorId: $s, duplicateId: $d) { id } }",
                Map.of("s", survivor, "d", duplicate));

        VIEWER.execute(GROUPS, Map.of("ids", List.of(survivor, duplicate)))
                .body("data.independenceGroups", hasSize(1))
                .body("data.independenceGroups[0].links[0].type", is("MERGED_INTO"));
    }
}
