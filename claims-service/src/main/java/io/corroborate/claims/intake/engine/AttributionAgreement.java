package io.corroborate.claims.intake.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether two readings of an article's attributions agree, with the intake issue's definitions: a span is its set of
 * word tokens ({@code \w+(?:['’.-]\w+)*}, punctuation ignored); exact is the same set, lenient an overlap of at least
 * half of each span's tokens; an empty gold source matches only an empty one; readings are paired one to one,
 * greedily, by how many of source, cue and content match (then by content overlap). The evaluation scores the engine
 * with it, and the tagger's training labels what its proposals got right with it.
 */
public final class AttributionAgreement {

    private static final Pattern TOKEN = Pattern.compile("\\w+(?:['’.-]\\w+)*|\\S", Pattern.UNICODE_CHARACTER_CLASS);

    public enum Mode { EXACT, LENIENT }

    /** One attribution as its sets of word tokens, each token named by its start offset in the article. */
    public record Reading(Set<Integer> source, Set<Integer> cue, Set<Integer> content) {

        /** A proposal's words: its content with every passage its quotation goes on in. */
        public static Reading of(String text, ProposedAttribution attribution) {
            Set<Integer> content = new HashSet<>(words(text, attribution.content().start(), attribution.content().end()));
            attribution.continuation().forEach(passage -> content.addAll(words(text, passage.start(), passage.end())));
            Set<Integer> source = attribution.source() == null ? Set.of() : words(text, attribution.source().start(), attribution.source().end());
            return new Reading(source, words(text, attribution.cue().start(), attribution.cue().end()), content);
        }
    }

    /** A gold and a predicted reading paired, and which of their parts match. */
    public record Pair(int gold, int predicted, boolean cue, boolean source, boolean content) {

        public boolean whole() {
            return cue && source && content;
        }
    }

    private AttributionAgreement() {
    }

    /** Annotated attributions as readings, by their number: each one's spans grouped by label (Source, Cue, Content). */
    public static java.util.SortedMap<Integer, Reading> byAttribution(String text, List<AttributionTagger.GoldSpan> spans) {
        java.util.Map<Integer, java.util.Map<String, Set<Integer>>> parts = new java.util.HashMap<>();
        for (AttributionTagger.GoldSpan span : spans) {
            parts.computeIfAbsent(span.attribution(), id -> new java.util.HashMap<>())
                    .computeIfAbsent(span.label(), label -> new HashSet<>())
                    .addAll(words(text, span.start(), span.end()));
        }
        java.util.SortedMap<Integer, Reading> readings = new java.util.TreeMap<>();
        parts.forEach((id, part) -> readings.put(id, new Reading(part.getOrDefault("Source", Set.of()), part.getOrDefault("Cue", Set.of()),
                part.getOrDefault("Content", Set.of()))));
        return readings;
    }

    /** The word tokens between two offsets. */
    public static Set<Integer> words(String text, int start, int end) {
        Set<Integer> words = new HashSet<>();
        Matcher matcher = TOKEN.matcher(text).region(start, end);
        while (matcher.find()) {
            char first = matcher.group().charAt(0);
            if (Character.isLetterOrDigit(first) || first == '_') {
                words.add(matcher.start());
            }
        }
        return words;
    }

    /** Pairs gold and predicted readings one to one, greedily, those with more parts matching first. */
    public static List<Pair> pairs(List<Reading> gold, List<Reading> predicted, Mode mode) {
        record Candidate(int gold, int predicted, double score) {
        }
        List<Candidate> candidates = new ArrayList<>();
        for (int g = 0; g < gold.size(); g++) {
            for (int p = 0; p < predicted.size(); p++) {
                Reading a = gold.get(g);
                Reading b = predicted.get(p);
                int matching = (match(a.cue(), b.cue(), mode) ? 1 : 0) + (sourceMatch(a.source(), b.source(), mode) ? 1 : 0)
                        + (match(a.content(), b.content(), mode) ? 1 : 0);
                if (matching > 0) {
                    candidates.add(new Candidate(g, p, matching + overlap(a.content(), b.content()) / 1000.0));
                }
            }
        }
        candidates.sort(Comparator.comparingDouble(Candidate::score).reversed());
        Set<Integer> goldPaired = new HashSet<>();
        Set<Integer> predictedPaired = new HashSet<>();
        List<Pair> pairs = new ArrayList<>();
        for (Candidate candidate : candidates) {
            if (goldPaired.contains(candidate.gold()) || predictedPaired.contains(candidate.predicted())) {
                continue;
            }
            goldPaired.add(candidate.gold());
            predictedPaired.add(candidate.predicted());
            Reading a = gold.get(candidate.gold());
            Reading b = predicted.get(candidate.predicted());
            pairs.add(new Pair(candidate.gold(), candidate.predicted(), match(a.cue(), b.cue(), mode), sourceMatch(a.source(), b.source(), mode),
                    match(a.content(), b.content(), mode)));
        }
        return pairs;
    }

    private static boolean sourceMatch(Set<Integer> gold, Set<Integer> predicted, Mode mode) {
        if (gold.isEmpty() || predicted.isEmpty()) {
            return gold.isEmpty() && predicted.isEmpty();
        }
        return match(gold, predicted, mode);
    }

    private static boolean match(Set<Integer> a, Set<Integer> b, Mode mode) {
        if (a.isEmpty() || b.isEmpty()) {
            return false;
        }
        if (mode == Mode.EXACT) {
            return a.equals(b);
        }
        int common = overlap(a, b);
        return common * 2 >= a.size() && common * 2 >= b.size();
    }

    private static int overlap(Set<Integer> a, Set<Integer> b) {
        int common = 0;
        for (Integer token : a) {
            common += b.contains(token) ? 1 : 0;
        }
        return common;
    }
}
