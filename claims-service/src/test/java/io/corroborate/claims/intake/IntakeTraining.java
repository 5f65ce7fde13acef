package io.corroborate.claims.intake;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import io.corroborate.claims.intake.engine.AttributionTagger;

/**
 * Trains the intake engine's learned tagger on a brat attribution corpus (PolNeAR's layout, as {@link IntakeEvaluation}
 * reads it) and writes its weights to a file, which the service reads from {@code INTAKE_MODEL} and the evaluation
 * from {@code --model}. The file is derived from the corpus, so it stays outside the repository. Run by
 * deploy/bench/intake-train.sh.
 *
 * <pre>IntakeTraining CORPUS_DIR MODEL_FILE [--passes 16]</pre>
 */
public final class IntakeTraining {

    /**
     * Passes over the corpus: on PolNeAR dev, 5 passes gave source F1 62.0, 12 passes 63.6 (the tagger alone); with
     * WordNet's classes, 16 passes raised the ten-fold estimate from 64.8 to 65.0 (docs/benchmarks.md, "Tenth session").
     */
    private static final int DEFAULT_PASSES = 16;

    public static void main(String[] args) throws IOException {
        Path corpus = Path.of(args[0]);
        Path model = Path.of(args[1]);
        int passes = args.length > 3 && args[2].equals("--passes") ? Integer.parseInt(args[3]) : DEFAULT_PASSES;
        if (!Files.isDirectory(corpus.resolve("text")) || !Files.isDirectory(corpus.resolve("attributions"))) {
            System.out.println("Skipped: " + corpus.toAbsolutePath() + " holds no text/ and attributions/ (the corpus stays outside the repository)");
            return;
        }
        List<AttributionTagger.Example> examples = IntakeEvaluation.examples(corpus);
        long started = System.nanoTime();
        AttributionTagger tagger = AttributionTagger.train(examples, passes);
        double seconds = (System.nanoTime() - started) / 1e9;
        if (model.getParent() != null) {
            Files.createDirectories(model.getParent());
        }
        try (OutputStream out = Files.newOutputStream(model)) {
            tagger.write(out);
        }
        System.out.printf("trained on %d articles in %d passes, %.1f s; wrote %s (%d KB)%n", examples.size(), passes, seconds, model,
                Files.size(model) / 1024);
    }
}
