package io.corroborate.sources.source;

import static io.corroborate.sources.Sources.VIEWER;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.corroborate.devstack.test.GraphQLClient;
import io.corroborate.devstack.test.TestTokens;
import io.corroborate.sources.Sources;
import io.quarkus.test.junit.QuarkusTest;

/** Article intake asks, in one call per article, which known sources the article's mentions may name. */
@QuarkusTest
class MentionMatchingTest {

    private static final String MATCH = "query($m: [String!]!) { matchSources(mentions: $m) { mention matches { score source { id name } } } }";

    @Test
    void eachMentionGetsItsCandidatesInRequestOrderBestFirst() {
        String suffix = Sources.unique();
        String isw = Sources.create("Institute for the Study of War " + suffix, "THINK_TANK", "aliases", List.of("ISW" + suffix));
        String gazeta = Sources.create("Rossiyskaya Gazeta " + suffix, "OUTLET");

        VIEWER.execute(MATCH, Map.of("m", List.of("the Washington-based Institute for the Study of War " + suffix, "ISW" + suffix,
                        "Rossiiskaya Gazeta " + suffix, "Zzyzx Quorblat")))
                .body("errors", nullValue())
                .body("data.matchSources[0].mention", is("the Washington-based Institute for the Study of War " + suffix))
                .body("data.matchSources[0].matches[0].source.id", is(isw))
                .body("data.matchSources[0].matches[0].score", greaterThan(0.9f))
                .body("data.matchSources[1].matches[0].source.id", is(isw))
                .body("data.matchSources[1].matches[0].score", is(1.0f))
                .body("data.matchSources[2].matches[0].source.id", is(gazeta))
                .body("data.matchSources[3].matches", empty());
    }

    @Test
    void aSourceAboveTheCallersClearanceIsNeverACandidate() {
        String suffix = Sources.unique();
        Sources.create("Covert channel " + suffix, "PERSON", "marking", "RED");
        GraphQLClient green = GraphQLClient.withToken(TestTokens.withClearance("GREEN", "gina", "viewer"));

        green.execute(MATCH, Map.of("m", List.of("Covert channel " + suffix)))
                .body("errors", nullValue())
                .body("data.matchSources[0].matches", empty());
    }

    @Test
    void tooManyMentionsInOneCallAreRefusedAsValidation() {
        VIEWER.execute(MATCH, Map.of("m", Collections.nCopies(501, "ISW")))
                .body("data", nullValue())
                .body("errors[0].extensions.code", is("VALIDATION"));
    }
}
