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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.corroborate.claims.intake.engine.AttributionFinder;
import io.corroborate.claims.intake.engine.AttributionTagger;
import io.corroborate.claims.intake.engine.AttributionTagger.Example;
import io.corroborate.claims.intake.engine.AttributionTagger.GoldSpan;
import io.corroborate.claims.intake.engine.ProposedAttribution;
import io.corroborate.claims.intake.service.IntakeEngine;

/**
 * How the learned tagger joins the rules, trained here on sentences written for the purpose: it reads a cue no rule
 * reads ("grumbled") in a sentence it never saw; where both readers read an attribution alike, it takes the tagger's
 * spans with the rules' chain; a tagged "she" resolves to the last named speaker. How sure the engine is of each
 * proposal is learned too, from what readers trained without an article proposed for it: in these sentences every
 * grumbling and saying is an attribution and no estimating is, so the first come at the default threshold or above and
 * the last below. Its weights survive a round trip through a file, which the service reads from INTAKE_MODEL.
 */
class AttributionTaggerTest {

    private static final String UNSEEN = ToyTagger.UNSEEN;

    private final AttributionFinder rules = new AttributionFinder();

    @Test
    void aCueNoRuleReadsIsLearnedAndProposedAsSurelyAsItWasRightInTraining() {
        assertTrue(rules.find(UNSEEN).isEmpty(), "the rules read nothing here, so whatever is proposed is the tagger's");

        List<ProposedAttribution> found = ToyTagger.trained().find(UNSEEN);

        assertEquals(1, found.size());
        ProposedAttribution learned = found.get(0);
        assertEquals("grumbled", learned.cue().text());
        assertEquals("The mayor", learned.source().text());
        assertTrue(learned.content().text().contains("parking rules were unfair"), learned.content().text());
        assertTrue(learned.confidence() >= 0.5, "grumbling was always an attribution in training: " + learned.confidence());
        assertEquals("The mayor", learned.origin().name());
        assertNull(learned.origin().verb(), "an origin has no hop verb, as in the rules' chains");
    }

    @Test
    void whatTheRulesReadButTheAnnotatorsNeverMarkedComesBelowTheDefaultThreshold() {
        String agreed = "Maria Lopez said the convoy crossed the border.";
        String rulesAlone = "Senator Clark estimated the tariffs would hurt farmers.";
        ProposedAttribution ruledAlone = only(rules.find(rulesAlone));
        assertTrue(ruledAlone.confidence() >= 0.5, "the rules alone would propose it");

        AttributionTagger tagger = ToyTagger.trained();
        ProposedAttribution bothRead = only(tagger.find(agreed));
        ProposedAttribution onlyRuled = only(tagger.find(rulesAlone));

        assertEquals(ruledAlone.content(), onlyRuled.content(), "still proposed, for a lower threshold");
        assertTrue(onlyRuled.confidence() < 0.5, "no estimating was an attribution in training: " + onlyRuled.confidence());
        assertTrue(bothRead.confidence() >= 0.5, "saying always was: " + bothRead.confidence());
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
        assertTrue(joined.confidence() >= 0.5);
    }

    @Test
    void aPronounSpeakerOnlyTheTaggerReadIsResolvedToTheLastNamedSpeaker() {
        String text = "Maria Lopez said the convoy crossed the border.\nShe grumbled the new parking rules were unfair.";

        List<ProposedAttribution> found = ToyTagger.trained().find(text);

        assertEquals(2, found.size(), () -> "the rules' and the tagger's, not " + found);
        ProposedAttribution learned = found.get(1);
        assertEquals("grumbled", learned.cue().text());
        assertEquals("She", learned.source().text());
        assertEquals("Maria Lopez", learned.origin().name());
        assertTrue(learned.origin().resolved());
        assertTrue(learned.confidence() >= 0.5);
    }

    @Test
    void aHeadlineNoRuleReadsIsReadByTheTagger() {
        String headline = "John Reed Says Prices Would Rise Again";
        assertTrue(rules.find(headline).isEmpty(), "the rules read no headline");

        ProposedAttribution learned = only(ToyTagger.trained().find(headline));

        assertEquals("Says", learned.cue().text());
        assertEquals("John Reed", learned.source().text());
    }

    @Test
    void aCueNeverSeenInTrainingIsReadWhenWordNetFilesItWithTheCuesThatWereSeen() {
        // Verbs of speech are attributions, verbs of making in the same frame are not; the two unseen verbs differ
        // only in WordNet's class ("griped": communication, "repaired": change), not in form or place.
        List<String> speech = List.of("grumbled", "complained", "muttered", "whispered");
        List<String> making = List.of("painted", "cooked", "planted", "built");
        List<Example> examples = new ArrayList<>();
        for (String speaker : List.of("The mayor", "Senator Clark", "Maria Lopez", "The minister", "Union leaders")) {
            StringBuilder text = new StringBuilder();
            List<GoldSpan> spans = new ArrayList<>();
            for (String verb : speech) {
                int start = text.length();
                text.append(speaker).append(' ').append(verb).append(" the old bridge was unsafe.\n");
                int cue = start + speaker.length() + 1;
                int attribution = spans.size() / 3;
                spans.add(new GoldSpan("Source", start, start + speaker.length(), attribution));
                spans.add(new GoldSpan("Cue", cue, cue + verb.length(), attribution));
                spans.add(new GoldSpan("Content", cue + verb.length() + 1, text.length() - 2, attribution));
            }
            making.forEach(verb -> text.append(speaker).append(' ').append(verb).append(" the old bridge near the river.\n"));
            examples.add(new Example(text.toString(), spans));
        }
        AttributionTagger tagger = AttributionTagger.train(examples, 8);
        String griped = "The governor griped the new toll was unfair.";
        String repaired = "The governor repaired the new toll gate.";
        assertTrue(rules.find(griped).isEmpty() && rules.find(repaired).isEmpty(), "no rule reads either verb");

        assertEquals("griped", only(tagger.find(griped)).cue().text());
        assertTrue(tagger.find(repaired).isEmpty(), () -> "read " + tagger.find(repaired));
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
