package io.corroborate.claims.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.corroborate.claims.intake.engine.AttributionFinder;
import io.corroborate.claims.intake.engine.AttributionTagger;
import io.corroborate.claims.intake.engine.ProposedAttribution;
import io.corroborate.claims.intake.service.IntakeEngine;

/**
 * How the learned tagger joins the rules, trained here on sentences written for the purpose: it reads a cue no rule
 * reads ("grumbled") in a sentence it never saw, under the default threshold unless a pronoun says who; what both readers
 * read gains confidence and takes the tagger's spans, and what the rules read but the tagger learned is no attribution
 * loses a fifth. Its weights survive a round trip through a file, which the service reads from INTAKE_MODEL.
 */
class AttributionTaggerTest {

    private static final String UNSEEN = ToyTagger.UNSEEN;

    private final AttributionFinder rules = new AttributionFinder();

    @Test
    void aCueNoRuleReadsIsLearnedAndProposedBelowTheDefaultThreshold() {
        assertTrue(rules.find(UNSEEN).isEmpty(), "the rules read nothing here, so whatever is proposed is the tagger's");

        List<ProposedAttribution> found = ToyTagger.trained().find(UNSEEN);

        assertEquals(1, found.size());
        ProposedAttribution learned = found.get(0);
        assertEquals("grumbled", learned.cue().text());
        assertEquals("The mayor", learned.source().text());
        assertTrue(learned.content().text().contains("parking rules were unfair"), learned.content().text());
        assertEquals(AttributionTagger.TAGGED_CONFIDENCE, learned.confidence());
        assertTrue(learned.confidence() < 0.5, "the default threshold keeps the rules' answer");
        assertEquals("The mayor", learned.origin().name());
        assertNull(learned.origin().verb(), "an origin has no hop verb, as in the rules' chains");
    }

    @Test
    void whatBothReadGainsConfidenceAndWhatOnlyTheRulesReadLosesAFifth() {
        String agreed = "Maria Lopez said the convoy crossed the border.";
        String rulesAlone = "Senator Clark insisted the tariffs would hurt farmers.";
        ProposedAttribution ruledAgreed = only(rules.find(agreed));
        ProposedAttribution ruledAlone = only(rules.find(rulesAlone));

        AttributionTagger tagger = ToyTagger.trained();
        ProposedAttribution bothRead = only(tagger.find(agreed));
        ProposedAttribution onlyRuled = only(tagger.find(rulesAlone));

        assertEquals(ruledAgreed.source(), bothRead.source());
        assertEquals(ruledAgreed.content(), bothRead.content());
        assertEquals((1 + ruledAgreed.confidence()) / 2, bothRead.confidence(), 1e-9);
        assertEquals(ruledAlone.content(), onlyRuled.content());
        assertEquals(ruledAlone.confidence() - 0.2, onlyRuled.confidence(), 1e-9);
    }

    @Test
    void whereBothReadAlikeTheTaggersSpansAreKeptWithTheRulesChain() {
        String dated = "Maria Lopez said on Tuesday the convoy crossed the border.";
        ProposedAttribution ruled = only(rules.find(dated));
        assertEquals("said", ruled.cue().text(), "the rules' cue is the verb alone");

        ProposedAttribution joined = only(ToyTagger.trained().find(dated));

        assertEquals("said on Tuesday", joined.cue().text(), "the annotators' cue, as the tagger learned it");
        assertEquals("the convoy crossed the border", joined.content().text());
        assertEquals(ruled.chain(), joined.chain());
        assertEquals((1 + ruled.confidence()) / 2, joined.confidence(), 1e-9);
    }

    @Test
    void aPronounSpeakerOnlyTheTaggerReadComesAtTheDefaultThresholdResolvedToTheLastNamedSpeaker() {
        String text = "Maria Lopez said the convoy crossed the border.\nShe grumbled the new parking rules were unfair.";

        List<ProposedAttribution> found = ToyTagger.trained().find(text);

        assertEquals(2, found.size(), () -> "the rules' and the tagger's, not " + found);
        ProposedAttribution learned = found.get(1);
        assertEquals("grumbled", learned.cue().text());
        assertEquals("She", learned.source().text());
        assertEquals(AttributionTagger.TAGGED_SPEAKER_CONFIDENCE, learned.confidence());
        assertEquals("Maria Lopez", learned.origin().name());
        assertTrue(learned.origin().resolved());
    }

    @Test
    void aNamedSourceOfAVerbOfSpeechOnlyTheTaggerReadComesAtTheDefaultThreshold() {
        String headline = "John Reed Says Prices Would Rise Again";
        assertTrue(rules.find(headline).isEmpty(), "the rules read no headline");

        ProposedAttribution learned = only(ToyTagger.trained().find(headline));

        assertEquals("Says", learned.cue().text());
        assertEquals("John Reed", learned.source().text());
        assertEquals(AttributionTagger.TAGGED_SPEAKER_CONFIDENCE, learned.confidence());
    }

    @Test
    void aWrittenModelReadsAsItWasTrained(@TempDir Path folder) throws IOException {
        AttributionTagger tagger = ToyTagger.trained();
        Path model = folder.resolve("tagger.bin");
        try (var out = Files.newOutputStream(model)) {
            tagger.write(out);
        }

        assertEquals(tagger.find(UNSEEN), new IntakeEngine(Optional.of(model)).read(UNSEEN));
        assertEquals(rules.find(UNSEEN), new IntakeEngine(Optional.empty()).read(UNSEEN), "without a model, the rules alone");
    }

    @Test
    void aFileThatIsNoModelIsRefused(@TempDir Path folder) throws IOException {
        Path notAModel = Files.writeString(folder.resolve("tagger.bin"), "not weights");
        ByteArrayOutputStream truncated = new ByteArrayOutputStream();
        ToyTagger.trained().write(truncated);
        byte[] half = java.util.Arrays.copyOf(truncated.toByteArray(), truncated.size() / 2);

        assertThrows(RuntimeException.class, () -> new IntakeEngine(Optional.of(notAModel)));
        assertThrows(IOException.class, () -> AttributionTagger.read(new ByteArrayInputStream(half)));
    }

    private static ProposedAttribution only(List<ProposedAttribution> found) {
        assertEquals(1, found.size(), () -> "one attribution, not " + found);
        return found.get(0);
    }
}
