package io.corroborate.sources.source;

import static io.corroborate.sources.Sources.EDITOR;
import static io.corroborate.sources.Sources.VIEWER;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.corroborate.sources.Sources;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class RatingTest {

    private static final String RATE = "mutation($i: RateSourceInput!) { rateSource(input: $i) { id } }";

    @Test
    void theNewestRatingPerTopicCountsAndEveryRatingIsKept() {
        String rg = Sources.create("Rossiyskaya Gazeta " + Sources.unique(), "OUTLET", "country", "RU");
        EDITOR.execute(RATE, Map.of("i", Map.of("sourceId", rg, "grade", "C", "rationale", "Government daily; facts usually right.")));
        EDITOR.execute(RATE, Map.of("i", Map.of("sourceId", rg, "grade", "D", "rationale", "Official line on the war.", "topic", "military")));
        EDITOR.execute(RATE, Map.of("i", Map.of("sourceId", rg, "grade", "E", "rationale", "Repeated false casualty claims.", "topic", "Military")));

        String query = "query($id: ID!, $t: String) { source(id: $id) { reliability(topic: $t) { assessed { grade topic assessedBy } assessments { grade } } } }";
        VIEWER.execute(query, Map.of("id", rg))
                .body("data.source.reliability.assessed.grade", is("C"))
                .body("data.source.reliability.assessments.grade", contains("C", "D", "E"));
        VIEWER.execute(query, Map.of("id", rg, "t", "military"))
                .body("data.source.reliability.assessed.grade", is("E"))
                .body("data.source.reliability.assessed.topic", is("military"))
                .body("data.source.reliability.assessed.assessedBy", is("ed"));
    }

    @Test
    void aRatingNeedsAGradeFromTheScaleAndARationale() {
        String rg = Sources.create("Rossiyskaya Gazeta " + Sources.unique(), "OUTLET");
        EDITOR.execute(RATE, Map.of("i", Map.of("sourceId", rg, "grade", "G", "rationale", "x")))
                .body("errors[0].extensions.code", is("VALIDATION"));
        EDITOR.execute(RATE, Map.of("i", Map.of("sourceId", rg, "grade", "B", "rationale", " ")))
                .body("errors[0].extensions.code", is("VALIDATION"))
                .body("errors[0].extensions.field", is("input.rationale"));
    }
}
