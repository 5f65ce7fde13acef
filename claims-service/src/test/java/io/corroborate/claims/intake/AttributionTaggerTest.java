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
 * How the learned tagger joins the rules: trained here on sentences written for the purpose, whose cue ("grumbled")
 * no rule reads, it reads that cue in a sentence it never saw, below the default threshold, and leaves the rules'
 * proposals as they were. Its weights survive a round trip through a file, which the service reads from INTAKE_MODEL.
 */
class AttributionTaggerTest {

    private static final String[] SPEAKERS = {"The mayor", "Senator Clark", "Union leaders", "Maria Lopez", "The governor",
            "Local farmers", "John Reed", "The minister"};
    private static final String[] CONTENTS = {"the budget was far too small", "nobody had asked the voters", "the roads stayed closed",
            "prices would rise again", "the plan came too late", "the vote was rushed"};
    private static final String UNSEEN = "Several council members grumbled the new parking rules were unfair.";

    private final AttributionFinder rules = new AttributionFinder();

    @Test
    void aCueNoRuleReadsIsLearnedAndProposedBelowTheDefaultThreshold() {
        assertTrue(rules.find(UNSEEN).isEmpty(), "the rules read nothing here, so whatever is proposed is the tagger's");

        List<ProposedAttribution> found = trained().find(UNSEEN);

        assertEquals(1, found.size());
        ProposedAttribution learned = found.get(0);
        assertEquals("grumbled", learned.cue().text());
        assertEquals("Several council members", learned.source().text());
        assertTrue(learned.content().text().contains("parking rules were unfair"), learned.content().text());
        assertEquals(AttributionTagger.TAGGED_CONFIDENCE, learned.confidence());
        assertTrue(learned.confidence() < 0.5, "the default threshold keeps the rules' answer");
        assertEquals("Several council members", learned.origin().name());
    }

    @Test
    void theRulesProposalsStandAsTheRulesReadThem() {
        String text = "Officials in Seoul said the convoy crossed the border on Tuesday. " + UNSEEN;

        List<ProposedAttribution> found = trained().find(text);

        List<ProposedAttribution> ruled = rules.find(text);
        assertEquals(ruled, found.subList(0, ruled.size()));
        assertEquals(ruled.size() + 1, found.size());
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

    /** Each speaker "grumbled" each content; the gold spans as an annotator would mark them. */
    private static AttributionTagger trained() {
        List<Example> examples = new ArrayList<>();
        for (String speaker : SPEAKERS) {
            StringBuilder text = new StringBuilder();
            List<GoldSpan> spans = new ArrayList<>();
            int attribution = 0;
            for (String content : CONTENTS) {
                attribution++;
                int start = text.length();
                text.append(speaker).append(" grumbled ").append(content).append(".\n");
                spans.add(new GoldSpan("Source", start, start + speaker.length(), attribution));
                int cue = start + speaker.length() + 1;
                spans.add(new GoldSpan("Cue", cue, cue + "grumbled".length(), attribution));
                int said = cue + "grumbled ".length();
                spans.add(new GoldSpan("Content", said, said + content.length(), attribution));
            }
            examples.add(new Example(text.toString(), spans));
        }
        return AttributionTagger.train(examples, 5);
    }
}
