package io.corroborate.claims.intake;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.corroborate.claims.intake.engine.AttributionAgreement;
import io.corroborate.claims.intake.engine.AttributionAgreement.Mode;
import io.corroborate.claims.intake.engine.AttributionAgreement.Reading;
import io.corroborate.claims.intake.engine.AttributionFinder;
import io.corroborate.claims.intake.engine.AttributionTagger;
import io.corroborate.claims.intake.engine.ProposedAttribution;
import io.corroborate.claims.intake.engine.TextSpan;

/**
 * Scores the intake engine on a brat attribution corpus (PolNeAR's layout: {@code text/NAME.txt} and
 * {@code attributions/NAME_ANNOTATOR.ann}, the alphabetically first annotator of each article), with the definitions
 * of the intake issue ({@link AttributionAgreement}): gold and predicted attributions are paired one to one, and each
 * component and the whole triple is counted on those pairs. Prints
 * precision, recall and F1 for Cue, Source, Content and Triple, both exact and lenient, then articles per second (one
 * thread) and the peak heap. Run by deploy/bench/intake-eval.sh.
 *
 * With {@code --model FILE} the rules are joined by the learned tagger that {@link IntakeTraining} wrote.
 *
 * <pre>IntakeEvaluation CORPUS_DIR [--predictions OUT_DIR] [--threshold 0.5] [--model FILE]</pre>
 */
public final class IntakeEvaluation {

    private static final Pattern ANN_SPAN = Pattern.compile("^(T\\d+)\\t(\\w+) ([\\d ;]+)\\t(.*)$");
    private static final Pattern ANN_EVENT = Pattern.compile("^E\\d+\\t(.*)$");

    public static void main(String[] args) throws IOException {
        Path corpus = Path.of(args[0]);
        Path predictions = null;
        double threshold = 0.5;
        Path model = null;
        for (int i = 1; i < args.length; i++) {
            if (args[i].equals("--model")) {
                model = Path.of(args[++i]);
            } else if (args[i].equals("--predictions")) {
                predictions = Path.of(args[++i]);
            } else if (args[i].equals("--threshold")) {
                threshold = Double.parseDouble(args[++i]);
            }
        }
        if (!Files.isDirectory(corpus.resolve("text")) || !Files.isDirectory(corpus.resolve("attributions"))) {
            System.out.println("Skipped: " + corpus.toAbsolutePath() + " holds no text/ and attributions/ (the corpus stays outside the repository)");
            return;
        }
        List<Path> texts;
        try (Stream<Path> files = Files.list(corpus.resolve("text"))) {
            texts = files.filter(file -> file.toString().endsWith(".txt")).sorted().toList();
        }
        Map<String, String> contents = new HashMap<>();
        for (Path text : texts) {
            contents.put(name(text), Files.readString(text));
        }
        Function<String, List<ProposedAttribution>> finder = new AttributionFinder()::find;
        if (model != null) {
            try (InputStream in = Files.newInputStream(model)) {
                finder = AttributionTagger.read(in)::find;
            }
        }
        // Warm-up, then the timed pass: the figure is the engine's, not the JIT's.
        contents.values().forEach(finder::apply);
        System.gc();
        resetPeaks();
        Map<String, List<ProposedAttribution>> found = new HashMap<>();
        long started = System.nanoTime();
        for (Map.Entry<String, String> article : contents.entrySet()) {
            found.put(article.getKey(), finder.apply(article.getValue()));
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        long peakHeap = peakHeap();

        Map<Mode, long[]> counts = new HashMap<>(); // gold, predicted, cue, source, content, triple
        for (Mode mode : Mode.values()) {
            counts.put(mode, new long[6]);
        }
        int scored = 0;
        for (Path text : texts) {
            String name = name(text);
            Path annotation = firstAnnotator(corpus.resolve("attributions"), name);
            if (annotation == null) {
                continue;
            }
            scored++;
            String body = contents.get(name);
            List<Reading> gold = gold(annotation, body);
            double minimum = threshold;
            List<ProposedAttribution> kept = found.get(name).stream().filter(p -> p.confidence() >= minimum).toList();
            List<Reading> predicted = kept.stream().map(p -> Reading.of(body, p)).toList();
            for (Mode mode : Mode.values()) {
                score(gold, predicted, mode, counts.get(mode));
            }
            if (predictions != null) {
                write(predictions.resolve(name + ".ann"), kept);
            }
        }
        System.out.printf("%d articles scored (%s)%n", scored, corpus);
        for (Mode mode : Mode.values()) {
            long[] c = counts.get(mode);
            System.out.printf("%s (gold %d, predicted %d)%n", mode.name().toLowerCase(), c[0], c[1]);
            String[] names = {"Cue", "Source", "Content", "Triple"};
            for (int k = 0; k < 4; k++) {
                double precision = c[1] == 0 ? 0 : 100.0 * c[2 + k] / c[1];
                double recall = c[0] == 0 ? 0 : 100.0 * c[2 + k] / c[0];
                double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
                System.out.printf("  %-8s P %5.1f  R %5.1f  F1 %5.1f%n", names[k], precision, recall, f1);
            }
        }
        System.out.printf("speed: %.0f articles/s on one thread (%d articles in %.2f s); peak heap %.0f MB%n",
                contents.size() / seconds, contents.size(), seconds, peakHeap / 1e6);
    }

    private static void score(List<Reading> gold, List<Reading> predicted, Mode mode, long[] counts) {
        counts[0] += gold.size();
        counts[1] += predicted.size();
        for (AttributionAgreement.Pair pair : AttributionAgreement.pairs(gold, predicted, mode)) {
            counts[2] += pair.cue() ? 1 : 0;
            counts[3] += pair.source() ? 1 : 0;
            counts[4] += pair.content() ? 1 : 0;
            counts[5] += pair.whole() ? 1 : 0;
        }
    }

    /** The gold attributions of one annotator's file, each component as its set of word tokens. */
    private static List<Reading> gold(Path annotation, String body) throws IOException {
        Annotations annotations = annotations(annotation);
        Map<Integer, Reading> readings = AttributionAgreement.byAttribution(body, annotations.spans());
        Reading none = new Reading(Set.of(), Set.of(), Set.of()); // an attribution whose spans are all missing
        return java.util.stream.IntStream.range(0, annotations.attributions()).mapToObj(i -> readings.getOrDefault(i, none)).toList();
    }

    /** A brat file's attributions ({@code E} lines) and the spans of each, numbered from 0 in the file's order. */
    private record Annotations(int attributions, List<AttributionTagger.GoldSpan> spans) {
    }

    private static Annotations annotations(Path annotation) throws IOException {
        Map<String, List<int[]>> ranges = new HashMap<>();
        List<String> lines = Files.readAllLines(annotation);
        for (String line : lines) {
            Matcher span = ANN_SPAN.matcher(line);
            if (span.matches()) {
                List<int[]> parts = new ArrayList<>();
                for (String range : span.group(3).split(";")) {
                    String[] ends = range.trim().split(" ");
                    parts.add(new int[] {Integer.parseInt(ends[0]), Integer.parseInt(ends[1])});
                }
                ranges.put(span.group(1), parts);
            }
        }
        List<AttributionTagger.GoldSpan> spans = new ArrayList<>();
        int attribution = 0;
        for (String line : lines) {
            Matcher event = ANN_EVENT.matcher(line);
            if (event.matches()) {
                for (String part : event.group(1).trim().split(" ")) {
                    String[] roleAndId = part.split(":");
                    String role = roleAndId[0].replaceAll("\\d+$", "");
                    if (role.equals("Attribution") || !ranges.containsKey(roleAndId[1])) {
                        continue;
                    }
                    for (int[] range : ranges.get(roleAndId[1])) {
                        spans.add(new AttributionTagger.GoldSpan(role, range[0], range[1], attribution));
                    }
                }
                attribution++;
            }
        }
        return new Annotations(attribution, spans);
    }

    /** The articles of a brat corpus with their gold attributions' spans, to train the tagger on. */
    static List<AttributionTagger.Example> examples(Path corpus) throws IOException {
        List<AttributionTagger.Example> examples = new ArrayList<>();
        List<Path> texts;
        try (Stream<Path> files = Files.list(corpus.resolve("text"))) {
            texts = files.filter(file -> file.toString().endsWith(".txt")).sorted().toList();
        }
        for (Path text : texts) {
            Path annotation = firstAnnotator(corpus.resolve("attributions"), name(text));
            if (annotation != null) {
                examples.add(new AttributionTagger.Example(Files.readString(text), annotations(annotation).spans()));
            }
        }
        return examples;
    }

    private static Path firstAnnotator(Path folder, String name) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> {
                String fileName = file.getFileName().toString();
                return fileName.startsWith(name + "_") && fileName.endsWith(".ann")
                        && fileName.substring(name.length() + 1, fileName.length() - 4).matches("[^_]+");
            }).min(Comparator.comparing(file -> file.getFileName().toString())).orElse(null);
        }
    }

    private static void write(Path file, List<ProposedAttribution> attributions) throws IOException {
        Files.createDirectories(file.getParent());
        StringBuilder out = new StringBuilder();
        int t = 0;
        int e = 0;
        for (ProposedAttribution attribution : attributions) {
            int cue = ++t;
            out.append(line(cue, "Cue", attribution.cue()));
            int content = ++t;
            out.append(line(content, "Content", attribution.content(), attribution.continuation()));
            int source = 0;
            if (attribution.source() != null) {
                source = ++t;
                out.append(line(source, "Source", attribution.source()));
            }
            int anchor = ++t;
            out.append(line(anchor, "Attribution", attribution.cue()));
            out.append("E").append(++e).append("\tAttribution:T").append(anchor).append(" Content:T").append(content).append(" Cue:T").append(cue)
                    .append(source > 0 ? " Source:T" + source : "").append('\n');
        }
        Files.writeString(file, out);
    }

    private static String line(int id, String label, TextSpan span) {
        return line(id, label, span, List.of());
    }

    /** A brat span; a discontinuous one lists its ranges with ';' and joins their texts with a space. */
    private static String line(int id, String label, TextSpan span, List<TextSpan> more) {
        StringBuilder ranges = new StringBuilder().append(span.start()).append(' ').append(span.end());
        StringBuilder text = new StringBuilder(span.text());
        for (TextSpan passage : more) {
            ranges.append(';').append(passage.start()).append(' ').append(passage.end());
            text.append(' ').append(passage.text());
        }
        return "T" + id + "\t" + label + " " + ranges + "\t" + text.toString().replace('\n', ' ') + "\n";
    }

    private static String name(Path text) {
        String fileName = text.getFileName().toString();
        return fileName.substring(0, fileName.length() - 4);
    }

    private static void resetPeaks() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(pool -> pool.getType() == MemoryType.HEAP)
                .mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
    }
}
