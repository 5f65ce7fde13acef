package io.corroborate.claims.intake;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.nullValue;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.corroborate.claims.Seed;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * Article intake in a service started with a learned tagger (INTAKE_MODEL, here a tagger trained on sentences written
 * for the tests): what both readers read is proposed at the default threshold, and so is what only the tagger read
 * where a pronoun names its speaker, resolved to that speaker; what else only the tagger read comes under it.
 */
@QuarkusTest
@TestProfile(ToyTagger.class)
class IntakeWithTaggerTest {

    private static final String PROPOSE = """
            query($i: IntakeInput!) { proposeClaims(input: $i) { proposals { confidence cue { text } source { text }
              chain { name suggestedSource { name } } } } }""";
    private static final String TEXT = "Maria Lopez said the convoy crossed the border on Tuesday.\n"
            + "She grumbled the tolls were far too high.\n" + ToyTagger.UNSEEN;

    @Test
    void atTheDefaultThresholdWhatBothReadersReadIsProposedAndWhatATaggedPronounSaid() {
        Seed.ANALYST.execute(PROPOSE, Map.of("i", input(Map.of())))
                .body("errors", nullValue())
                .body("data.proposeClaims.proposals.cue.text", contains("said", "grumbled"))
                .body("data.proposeClaims.proposals.source.text", contains("Maria Lopez", "She"))
                .body("data.proposeClaims.proposals[1].confidence", org.hamcrest.Matchers.is(0.5f))
                .body("data.proposeClaims.proposals[1].chain[0].name", org.hamcrest.Matchers.is("Maria Lopez"));
    }

    @Test
    void aLowerThresholdAddsWhatOnlyTheTaggerRead() {
        Seed.ANALYST.execute(PROPOSE, Map.of("i", input(Map.of("threshold", 0.2))))
                .body("errors", nullValue())
                .body("data.proposeClaims.proposals.cue.text", contains("said", "grumbled", "grumbled"))
                .body("data.proposeClaims.proposals[2].confidence", org.hamcrest.Matchers.is(0.2f))
                .body("data.proposeClaims.proposals[2].chain[0].suggestedSource.name", org.hamcrest.Matchers.is("The mayor"));
    }

    private static Map<String, Object> input(Map<String, Object> more) {
        Map<String, Object> input = new HashMap<>(Map.of("text", TEXT, "url", "https://news.example.test/tagged"));
        input.putAll(more);
        return input;
    }
}
