package io.corroborate.claims.intake;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.nullValue;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.corroborate.claims.Seed;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * Article intake in a service started with a learned tagger (INTAKE_MODEL, here a tagger trained on sentences written
 * for the tests): what the tagger learned is an attribution is proposed at the default threshold, a tagged "she"
 * resolved to the last named speaker; what the rules read but the tagger's training never counted comes under it.
 */
@QuarkusTest
@TestProfile(ToyTagger.class)
class IntakeWithTaggerTest {

    private static final String PROPOSE = """
            query($i: IntakeInput!) { proposeClaims(input: $i) { proposals { confidence cue { text } source { text }
              chain { name suggestedSource { name } } } } }""";
    private static final String TEXT = "Maria Lopez said the convoy crossed the border on Tuesday.\n"
            + "She grumbled the tolls were far too high.\n" + ToyTagger.UNSEEN + "\nSenator Clark estimated the tariffs would hurt farmers.";

    @Test
    void atTheDefaultThresholdWhatTheTaggerLearnedIsProposedWithItsSpeakersResolved() {
        Seed.ANALYST.execute(PROPOSE, Map.of("i", input(Map.of())))
                .body("errors", nullValue())
                .body("data.proposeClaims.proposals.cue.text", contains("said", "grumbled", "grumbled"))
                .body("data.proposeClaims.proposals.source.text", contains("Maria Lopez", "She", "The mayor"))
                .body("data.proposeClaims.proposals[1].chain[0].name", is("Maria Lopez"))
                .body("data.proposeClaims.proposals[2].chain[0].suggestedSource.name", is("The mayor"));
    }

    @Test
    void aLowerThresholdAddsWhatOnlyTheRulesRead() {
        Seed.ANALYST.execute(PROPOSE, Map.of("i", input(Map.of("threshold", 0.0))))
                .body("errors", nullValue())
                .body("data.proposeClaims.proposals.cue.text", contains("said", "estimated", "grumbled", "grumbled"))
                .body("data.proposeClaims.proposals[1].confidence", lessThan(0.5f));
    }

    private static Map<String, Object> input(Map<String, Object> more) {
        Map<String, Object> input = new HashMap<>(Map.of("text", TEXT, "url", "https://news.example.test/tagged"));
        input.putAll(more);
        return input;
    }
}
