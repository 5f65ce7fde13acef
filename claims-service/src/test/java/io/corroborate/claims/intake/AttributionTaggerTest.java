package io.corroborate.claims.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
 * reads ("grumbled") in a sentence it never saw, under the default threshold; what both readers read stays at the
 * default threshold, and what the rules read but the tagger learned is no attribution falls under it. Its weights
 * survive a round trip through a file, which the service reads from INTAKE_MODEL.
 */
class AttributionTaggerTest {

    private static final String[] SPEAKERS = {"The mayor", "Senator Clark", "Union leaders", "Maria Lopez", "The governor",
            "Local farmers", "John Reed", "The minister"};
    private static final String[] CONTENTS = {"the budget was far too small", "nobody had asked the voters", "the roads stayed closed",
            "prices would rise again", "the plan came too late", "the vote was rushed"};
    private static final String UNSEEN = "The mayor grumbled the new parking rules were unfair.";

    private final AttributionFinder rules = new AttributionFinder();

    @Test
    void aCueNoRuleReadsIsLearnedAndProposedBelowTheDefaultThreshold() {
        assertTrue(rules.find(UNSEEN).isEmpty(), "the rules read nothing here, so whatever is proposed is the tagger's");

        List<ProposedAttribution> found = trained().find(UNSEEN);

        assertEquals(1, found.size());
        ProposedAttribution learned = found.get(0);
        assertEquals("grumbled", learned.cue().text());
        assertEquals("The mayor", learned.source().text());
        assertTrue(learned.content().text().contains("parking rules were unfair"), learned.content().text());
        assertEquals(AttributionTagger.TAGGED_CONFIDENCE, learned.confidence());
        assertTrue(learned.confidence() < 0.5, "the default threshold keeps the rules' answer");
        assertEquals("The mayor", learned.origin().name());
    }

    @Test
    void whatBothReadStaysAtTheDefaultThresholdAndWhatOnlyTheRulesReadFallsUnderIt() {
        String agreed = "Maria Lopez said the convoy crossed the border on Tuesday.";
        String rulesAlone = "Senator Clark insisted the tariffs would hurt farmers.";
        ProposedAttribution ruledAgreed = only(rules.find(agreed));
        ProposedAttribution ruledAlone = only(rules.find(rulesAlone));
        assertTrue(ruledAgreed.confidence() >= 0.5 && ruledAlone.confidence() >= 0.5, "the rules alone propose both");

        AttributionTagger tagger = trained();
        ProposedAttribution bothRead = only(tagger.find(agreed));
        ProposedAttribution onlyRuled = only(tagger.find(rulesAlone));

        assertEquals(ruledAgreed.cue(), bothRead.cue());
        assertEquals(ruledAgreed.source(), bothRead.source());
        assertEquals(ruledAgreed.content(), bothRead.content());
        assertEquals((1 + ruledAgreed.confidence()) / 2, bothRead.confidence(), 1e-9);
        assertEquals(ruledAlone.content(), onlyRuled.content());
        assertEquals(ruledAlone.confidence() / 2, onlyRuled.confidence(), 1e-9);
        assertTrue(onlyRuled.confidence() < 0.5, "one reader alone is under the default threshold");
    }

    @Test
    void aWrittenModelReadsAsItWasTrained(@TempDir Path folder) throws IOException {
        AttributionTagger tagger = trained();
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
        trained().write(truncated);
        byte[] half = java.util.Arrays.copyOf(truncated.toByteArray(), truncated.size() / 2);

        assertThrows(RuntimeException.class, () -> new IntakeEngine(Optional.of(notAModel)));
        assertThrows(IOException.class, () -> AttributionTagger.read(new ByteArrayInputStream(half)));
    }

    /**
     * Each speaker "grumbled" each content, "said" it, and "insisted" it, as an annotator who counts grumbling and saying as
     * attribution, and insisting not, would mark them.
     */
    private static AttributionTagger trained() {
        List<Example> examples = new ArrayList<>();
        for (String speaker : SPEAKERS) {
            StringBuilder text = new StringBuilder();
            List<GoldSpan> spans = new ArrayList<>();
            int attribution = 0;
            for (String content : CONTENTS) {
                for (String cue : List.of("grumbled", "said")) {
                    attribution++;
                    int start = text.length();
                    text.append(speaker).append(' ').append(cue).append(' ').append(content).append(".\n");
                    spans.add(new GoldSpan("Source", start, start + speaker.length(), attribution));
                    int cueStart = start + speaker.length() + 1;
                    spans.add(new GoldSpan("Cue", cueStart, cueStart + cue.length(), attribution));
                    int said = cueStart + cue.length() + 1;
                    spans.add(new GoldSpan("Content", said, said + content.length(), attribution));
                }
                text.append(speaker).append(" insisted ").append(content).append(".\n");
            }
            examples.add(new Example(text.toString(), spans));
        }
        return AttributionTagger.train(examples, 5);
    }

    private static ProposedAttribution only(List<ProposedAttribution> found) {
        assertEquals(1, found.size(), () -> "one attribution, not " + found);
        return found.get(0);
    }
}
