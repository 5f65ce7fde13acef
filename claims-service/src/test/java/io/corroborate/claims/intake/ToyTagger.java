package io.corroborate.claims.intake;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.corroborate.claims.intake.engine.AttributionTagger;
import io.corroborate.claims.intake.engine.AttributionTagger.Example;
import io.corroborate.claims.intake.engine.AttributionTagger.GoldSpan;
import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * A tagger trained on sentences written for the tests, as the corpus may not be used here; as a test profile, the
 * service reads it from INTAKE_MODEL.
 */
public class ToyTagger implements QuarkusTestProfile {

    /** A sentence the tagger never saw, whose cue ("grumbled") no rule reads. */
    static final String UNSEEN = "The mayor grumbled the new parking rules were unfair.";
    private static final String[] SPEAKERS = {"The mayor", "Senator Clark", "Union leaders", "Maria Lopez", "The governor",
            "Local farmers", "John Reed", "The minister", "She", "He"};
    private static final String[] CONTENTS = {"the budget was far too small", "nobody had asked the voters", "the roads stayed closed",
            "prices would rise again", "the plan came too late", "the vote was rushed"};

    @Override
    public Map<String, String> getConfigOverrides() {
        try {
            Path model = Files.createTempFile("toy-tagger", ".bin");
            model.toFile().deleteOnExit();
            try (OutputStream out = Files.newOutputStream(model)) {
                trained().write(out);
            }
            return Map.of("corroborate.intake.model", model.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Each speaker "grumbled" each content, "said" it, "said on Tuesday" it, and "estimated" it, as an annotator who counts
     * grumbling and saying as attribution, estimating not, and the day as part of the cue would mark them.
     */
    static AttributionTagger trained() {
        List<Example> examples = new ArrayList<>();
        for (String speaker : SPEAKERS) {
            StringBuilder text = new StringBuilder();
            List<GoldSpan> spans = new ArrayList<>();
            int attribution = 0;
            for (String content : CONTENTS) {
                for (String cue : List.of("grumbled", "said", "said on Tuesday")) {
                    attribution++;
                    int start = text.length();
                    text.append(speaker).append(' ').append(cue).append(' ').append(content).append(".\n");
                    spans.add(new GoldSpan("Source", start, start + speaker.length(), attribution));
                    int cueStart = start + speaker.length() + 1;
                    spans.add(new GoldSpan("Cue", cueStart, cueStart + cue.length(), attribution));
                    int said = cueStart + cue.length() + 1;
                    spans.add(new GoldSpan("Content", said, said + content.length(), attribution));
                }
                text.append(speaker).append(" estimated ").append(content).append(".\n");
            }
            examples.add(new Example(text.toString(), spans));
        }
        return AttributionTagger.train(examples, 5);
    }

}
