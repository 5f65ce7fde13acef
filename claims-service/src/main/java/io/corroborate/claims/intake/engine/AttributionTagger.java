package io.corroborate.claims.intake.engine;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.corroborate.claims.intake.engine.ProposedAttribution.CueKind;
import io.corroborate.claims.intake.engine.ProposedAttribution.Mention;
import io.corroborate.claims.intake.engine.ProposedAttribution.Role;

/**
 * A learned second reader of attributions beside the rules ({@link AttributionFinder}): a structured averaged
 * perceptron that tags each token of a paragraph as part of a source, a cue or a content (B/I/O), with the rules' own
 * reading and each word's WordNet classes ({@link WordClasses}) among its features, in two layers (the second reads
 * again with what the first read nearby and how far off in the sentence it read a cue and a source). {@link #find}
 * joins the two readers (where both read an attribution alike, the rules' chain with the tagger's spans) and a
 * {@link ProposalRanker} learned with them sets each proposal's confidence from who read it, how sure each reader was
 * and its form. On PolNeAR this raised the default answer's source F1 from 56.5 to 68.8 on the dev split at a triple
 * precision of 70 % or more (docs/benchmarks.md, "Sixth session" to "Eleventh session").
 * <p>
 * The weights are learned by {@link #train} from an annotated corpus the operator supplies
 * ({@code deploy/bench/intake-train.sh}); none ship with the project, whose corpus's terms keep derived files out.
 * Immutable after training or loading, so thread-safe.
 */
public final class AttributionTagger {

    /** O, then B and I of source, cue and content. */
    static final int TAGS = 7;
    static final int O = 0;
    private static final char[] KIND = {'O', 'S', 'S', 'C', 'C', 'T', 'T'};
    private static final Set<String> SENTENCE_ENDS = Set.of(".", "!", "?");
    /** 2^20 hashed features, each layer's weights 29 MB in memory: 2^21 read no better over ten folds (docs/benchmarks.md). */
    private static final int BITS = 20;
    private static final int MASK = (1 << BITS) - 1;

    /** A labelled stretch of an article: "Source", "Cue" or "Content", and the attribution it belongs to. */
    public record GoldSpan(String label, int start, int end, int attribution) {
    }

    /** An article and its gold attributions' spans. */
    public record Example(String text, List<GoldSpan> spans) {
    }

    /** How many parts the training articles are cut into, for the second layer to learn from the first's unseen readings. */
    private static final int FOLDS = 4;
    /** Raised whenever the features change: weights learned for other features would read as noise. */
    private static final int FORMAT = 6;
    /** The stems of the cues most common in news attribution, each weighed apart by the ranker. */
    private static final String[] COMMON_CUES = {"told", "tell", "report", "add", "wrote", "writ", "ask", "call", "note", "argu",
        "believ", "think", "want", "claim", "suggest", "announc", "show", "warn"};
    /** How many features {@link #features} gives the ranker. */
    private static final int RANKED_FEATURES = 59;

    private final AttributionFinder rules = new AttributionFinder();
    /** Reads each paragraph from its words and the rules' reading. */
    private final Layer first;
    /** Reads it again, seeing also what the first layer read around each word. */
    private final Layer second;
    /** How sure to be of each joined proposal. */
    private final ProposalRanker ranker;

    private AttributionTagger(Layer first, Layer second, ProposalRanker ranker) {
        this.first = first;
        this.second = second;
        this.ranker = ranker;
    }

    /** A training article: its text and gold spans, the rules' reading, and its paragraphs. */
    private record Article(Example example, List<ProposedAttribution> ruled, List<Sequence> sequences) {
    }

    /** A joined proposal, with what the ranker weighs. */
    private record Candidate(ProposedAttribution attribution, double[] features) {
    }

    /** An attribution the tagger read, with how far its best reading beat any other at its cue, source and content. */
    private record Tagged(ProposedAttribution attribution, double cueMargin, double sourceMargin, double contentMargin) {

        double leastMargin() {
            return Math.min(cueMargin, Math.min(attribution.source() == null ? cueMargin : sourceMargin, contentMargin));
        }
    }

    /**
     * Trains on the examples for the given number of passes. The second layer learns from what the first read of articles
     * it was not trained on (four folds), so that it learns how far to trust the first, not how well the first remembers;
     * the ranker learns likewise from what both layers, trained without an article, proposed for it.
     */
    public static AttributionTagger train(List<Example> examples, int passes) {
        AttributionFinder rules = new AttributionFinder();
        List<Article> articles = new ArrayList<>();
        for (Example example : examples) {
            List<ProposedAttribution> ruled = rules.find(example.text());
            List<Sequence> sequences = sequences(example.text(), ruled);
            sequences.forEach(sequence -> sequence.gold = goldTags(sequence, example.spans()));
            articles.add(new Article(example, ruled, sequences));
        }
        Layer first = Layer.train(paragraphs(articles), sequence -> sequence.features, passes);
        for (int fold = 0; fold < FOLDS; fold++) {
            Layer partial = Layer.train(paragraphs(fold(articles, fold, false)), sequence -> sequence.features, passes);
            for (Sequence sequence : paragraphs(fold(articles, fold, true))) {
                sequence.stacked = stacked(sequence, partial.viterbi(sequence.features));
            }
        }
        Layer second = Layer.train(paragraphs(articles), sequence -> sequence.stacked, passes);
        List<ProposalRanker.Labelled> labelled = new ArrayList<>();
        int gold = 0;
        for (int fold = 0; fold < FOLDS; fold++) {
            Layer partial = Layer.train(paragraphs(fold(articles, fold, false)), sequence -> sequence.stacked, passes);
            for (Article article : fold(articles, fold, true)) {
                String text = article.example().text();
                TaggerReading tagged = new TaggerReading();
                article.sequences().forEach(sequence -> tagged.read(text, sequence, sequence.stacked, partial));
                List<AttributionAgreement.Reading> truth = List.copyOf(AttributionAgreement.byAttribution(text, article.example().spans()).values());
                gold += truth.size();
                labelled.addAll(labelled(text, join(text, article.ruled(), tagged), truth));
            }
        }
        return new AttributionTagger(first, second, ProposalRanker.fit(labelled, gold));
    }

    /** The articles in fold {@code fold} ({@code inside}), or the others. */
    private static List<Article> fold(List<Article> articles, int fold, boolean inside) {
        List<Article> chosen = new ArrayList<>();
        for (int a = 0; a < articles.size(); a++) {
            if ((a % FOLDS == fold) == inside) {
                chosen.add(articles.get(a));
            }
        }
        return chosen;
    }

    private static List<Sequence> paragraphs(List<Article> articles) {
        return articles.stream().flatMap(article -> article.sequences().stream()).toList();
    }

    /** Each candidate's features, with whether the scorer would count its whole attribution, and its source, right. */
    private static List<ProposalRanker.Labelled> labelled(String text, List<Candidate> candidates, List<AttributionAgreement.Reading> truth) {
        List<AttributionAgreement.Reading> readings = candidates.stream()
                .map(candidate -> AttributionAgreement.Reading.of(text, candidate.attribution())).toList();
        boolean[] whole = new boolean[candidates.size()];
        boolean[] source = new boolean[candidates.size()];
        for (AttributionAgreement.Pair pair : AttributionAgreement.pairs(truth, readings, AttributionAgreement.Mode.LENIENT)) {
            whole[pair.predicted()] = pair.whole();
            source[pair.predicted()] = pair.source();
        }
        List<ProposalRanker.Labelled> labelled = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            labelled.add(new ProposalRanker.Labelled(candidates.get(i).features(), whole[i], source[i]));
        }
        return labelled;
    }

    /** One averaged perceptron over B/I/O tags: a weight per feature and tag, and one per pair of tags in a row. */
    private record Layer(float[] weights, float[] transitions) {

        static Layer train(List<Sequence> sequences, java.util.function.Function<Sequence, int[][]> featuresOf, int passes) {
            float[] w = new float[(MASK + 1) * TAGS];
            float[] u = new float[(MASK + 1) * TAGS];
            float[] tw = new float[(TAGS + 1) * TAGS];
            float[] tu = new float[(TAGS + 1) * TAGS];
            Layer learner = new Layer(w, tw);
            List<Sequence> order = new ArrayList<>(sequences);
            int step = 1;
            java.util.Random random = new java.util.Random(7);
            for (int pass = 0; pass < passes; pass++) {
                java.util.Collections.shuffle(order, random);
                for (Sequence sequence : order) {
                    int[][] features = featuresOf.apply(sequence);
                    int[] predicted = learner.viterbi(features);
                    int[] gold = sequence.gold;
                    for (int i = 0; i < gold.length; i++) {
                        int prevGold = i == 0 ? TAGS : gold[i - 1];
                        int prevPredicted = i == 0 ? TAGS : predicted[i - 1];
                        if (gold[i] != predicted[i] || prevGold != prevPredicted) {
                            for (int feature : features[i]) {
                                update(w, u, feature * TAGS + gold[i], 1, step);
                                update(w, u, feature * TAGS + predicted[i], -1, step);
                            }
                            update(tw, tu, prevGold * TAGS + gold[i], 1, step);
                            update(tw, tu, prevPredicted * TAGS + predicted[i], -1, step);
                        }
                    }
                    step++;
                }
            }
            for (int i = 0; i < w.length; i++) {
                w[i] -= u[i] / step;
            }
            for (int i = 0; i < tw.length; i++) {
                tw[i] -= tu[i] / step;
            }
            return learner;
        }

        /** Each token's score for each tag, from its features alone. */
        private float[][] emissions(int[][] features) {
            float[][] emission = new float[features.length][TAGS];
            for (int i = 0; i < features.length; i++) {
                for (int feature : features[i]) {
                    for (int t = 0; t < TAGS; t++) {
                        emission[i][t] += weights[feature * TAGS + t];
                    }
                }
            }
            return emission;
        }

        /** The best score of a reading up to each token that gives it each tag; with {@code back}, the tag before it. */
        private float[][] forward(float[][] emission, int[][] back) {
            int n = emission.length;
            float[][] score = new float[n][TAGS];
            for (int i = 0; i < n; i++) {
                for (int t = 0; t < TAGS; t++) {
                    if (i == 0) {
                        score[i][t] = emission[i][t] + transitions[TAGS * TAGS + t];
                        continue;
                    }
                    float best = Float.NEGATIVE_INFINITY;
                    int from = 0;
                    for (int p = 0; p < TAGS; p++) {
                        float s = score[i - 1][p] + transitions[p * TAGS + t];
                        if (s > best) {
                            best = s;
                            from = p;
                        }
                    }
                    score[i][t] = best + emission[i][t];
                    if (back != null) {
                        back[i][t] = from;
                    }
                }
            }
            return score;
        }

        int[] viterbi(int[][] features) {
            int n = features.length;
            int[][] back = new int[n][TAGS];
            float[][] score = forward(emissions(features), back);
            int[] tags = new int[n];
            float best = Float.NEGATIVE_INFINITY;
            for (int t = 0; t < TAGS; t++) {
                if (score[n - 1][t] > best) {
                    best = score[n - 1][t];
                    tags[n - 1] = t;
                }
            }
            for (int i = n - 1; i > 0; i--) {
                tags[i - 1] = back[i][tags[i]];
            }
            return tags;
        }

        /**
         * How far the best reading beats every other at each token: for each tag, the best score of a reading that gives
         * the token that tag (max-product forward and backward).
         */
        float[][] maxMarginals(int[][] features) {
            int n = features.length;
            float[][] emission = emissions(features);
            float[][] forward = forward(emission, null);
            float[][] backward = new float[n][TAGS];
            for (int i = n - 2; i >= 0; i--) {
                for (int t = 0; t < TAGS; t++) {
                    float best = Float.NEGATIVE_INFINITY;
                    for (int next = 0; next < TAGS; next++) {
                        best = Math.max(best, transitions[t * TAGS + next] + emission[i + 1][next] + backward[i + 1][next]);
                    }
                    backward[i][t] = best;
                }
            }
            for (int i = 0; i < n; i++) {
                for (int t = 0; t < TAGS; t++) {
                    forward[i][t] += backward[i][t];
                }
            }
            return forward;
        }

        void write(DataOutputStream data) throws IOException {
            writeSparse(data, weights);
            writeSparse(data, transitions);
        }

        static Layer read(DataInputStream data) throws IOException {
            return new Layer(readSparse(data, (MASK + 1) * TAGS), readSparse(data, (TAGS + 1) * TAGS));
        }
    }

    /** A paragraph's features, with what the first layer read around each word. */
    private static int[][] stacked(Sequence sequence, int[] firstTags) {
        int n = firstTags.length;
        int[][] stacked = new int[n][];
        List<String> names = new ArrayList<>(16);
        int[] sentence = new int[n];
        for (int i = 1; i < n; i++) {
            sentence[i] = sentence[i - 1] + (SENTENCE_ENDS.contains(sequence.tokens.get(i - 1).text()) ? 1 : 0);
        }
        for (int i = 0; i < n; i++) {
            names.clear();
            String t0 = tag(firstTags, i);
            names.add("t0=" + t0);
            names.add("t-1=" + tag(firstTags, i - 1));
            names.add("t+1=" + tag(firstTags, i + 1));
            names.add("t-2=" + tag(firstTags, i - 2));
            names.add("t+2=" + tag(firstTags, i + 2));
            names.add("t-1t0t+1=" + tag(firstTags, i - 1) + t0 + tag(firstTags, i + 1));
            names.add("t0w=" + t0 + "|" + sequence.tokens.get(i).lower());
            int left = 0;
            while (i - left - 1 >= 0 && left < 6 && KIND[firstTags[i - left - 1]] != 'C') {
                left++;
            }
            int right = 0;
            while (i + right + 1 < n && right < 6 && KIND[firstTags[i + right + 1]] != 'C') {
                right++;
            }
            names.add("tcl=" + left + "|" + t0);
            names.add("tcr=" + right + "|" + t0);
            // Where the first layer read the sentence's cue and source, however far: a content runs from its cue, a source sits by it.
            int cueBefore = nearest(firstTags, i, -1, 'C', sentence);
            int cueAfter = nearest(firstTags, i, 1, 'C', sentence);
            names.add("tkl=" + distanceBand(cueBefore) + "|" + t0);
            names.add("tkr=" + distanceBand(cueAfter) + "|" + t0);
            names.add("tk=" + distanceBand(cueBefore) + "|" + distanceBand(cueAfter) + "|" + KIND[firstTags[i]]);
            names.add("tsl=" + distanceBand(nearest(firstTags, i, -1, 'S', sentence)) + "|" + distanceBand(cueAfter) + "|" + t0);
            names.add("tsr=" + distanceBand(nearest(firstTags, i, 1, 'S', sentence)) + "|" + distanceBand(cueBefore) + "|" + t0);
            int[] row = java.util.Arrays.copyOf(sequence.features[i], sequence.features[i].length + names.size());
            for (int k = 0; k < names.size(); k++) {
                row[sequence.features[i].length + k] = mix(names.get(k).hashCode()) & MASK;
            }
            stacked[i] = row;
        }
        return stacked;
    }

    /** How many tokens away, going {@code step}, the first layer read a token of {@code kind} in the same sentence; -1 if nowhere. */
    private static int nearest(int[] tags, int i, int step, char kind, int[] sentence) {
        for (int j = i + step; j >= 0 && j < tags.length && sentence[j] == sentence[i]; j += step) {
            if (KIND[tags[j]] == kind) {
                return Math.abs(j - i);
            }
        }
        return -1;
    }

    /** A distance in tokens, in bands that widen with it. */
    private static String distanceBand(int distance) {
        return distance < 0 ? "-" : distance <= 3 ? String.valueOf(distance) : distance <= 6 ? "4-6" : distance <= 12 ? "7-12" : distance <= 25 ? "13-25" : "26+";
    }

    private static String tag(int[] tags, int i) {
        return i < 0 ? "<" : i >= tags.length ? ">" : String.valueOf(tags[i]);
    }

    private static void update(float[] w, float[] u, int index, float delta, int step) {
        w[index] += delta;
        u[index] += delta * step;
    }

    /**
     * The rules' attributions and the tagger's, joined, each with a confidence the {@link ProposalRanker} learned (the
     * measured effect of each step is in docs/benchmarks.md, "Seventh session" and "Eighth session").
     */
    public List<ProposedAttribution> find(String text) {
        List<ProposedAttribution> ruled = rules.find(text);
        TaggerReading tagged = new TaggerReading();
        for (Sequence sequence : sequences(text, ruled)) {
            tagged.read(text, sequence, stacked(sequence, first.viterbi(sequence.features)), second);
        }
        return join(text, ruled, tagged).stream()
                .map(candidate -> withConfidence(candidate.attribution(), ranker.confidence(candidate.features()))).toList();
    }

    /**
     * What the tagger read of an article: its attributions, and for each token how well each kind (source, cue, content
     * or none) scored at best, by which the ranker weighs what only the rules read.
     */
    private static final class TaggerReading {
        final List<Tagged> attributions = new ArrayList<>();
        final List<Token> tokens = new ArrayList<>();
        final List<float[]> kinds = new ArrayList<>();

        /** Reads a paragraph with the second layer, given its features with the first layer's reading. */
        void read(String text, Sequence sequence, int[][] stacked, Layer second) {
            int[] tags = second.viterbi(stacked);
            float[][] marginals = second.maxMarginals(stacked);
            attributions.addAll(attributions(text, sequence, tags, marginals));
            for (int i = 0; i < tags.length; i++) {
                float[] best = {Float.NEGATIVE_INFINITY, Float.NEGATIVE_INFINITY, Float.NEGATIVE_INFINITY, Float.NEGATIVE_INFINITY};
                for (int t = 0; t < TAGS; t++) {
                    best[(t + 1) / 2] = Math.max(best[(t + 1) / 2], marginals[i][t]);
                }
                tokens.add(sequence.tokens.get(i));
                kinds.add(best);
            }
        }

        /**
         * How far, on average over a span's tokens, the tagger's best reading as {@code kind} (1 source, 2 cue, 3
         * content) falls short of its best reading otherwise: 0 where it read the span so, negative where it did not.
         */
        double support(TextSpan span, int kind) {
            double sum = 0;
            int count = 0;
            int low = 0;
            int high = tokens.size();
            while (low < high) { // the first token at or after the span's start: tokens are in reading order
                int middle = (low + high) >>> 1;
                if (tokens.get(middle).start() < span.start()) {
                    low = middle + 1;
                } else {
                    high = middle;
                }
            }
            for (int i = low; i < tokens.size() && tokens.get(i).start() < span.end(); i++) {
                if (tokens.get(i).end() <= span.end()) {
                    float[] best = kinds.get(i);
                    float other = Float.NEGATIVE_INFINITY;
                    for (int k = 0; k < best.length; k++) {
                        other = k == kind ? other : Math.max(other, best[k]);
                    }
                    sum += Math.min(0, best[kind] - other);
                    count++;
                }
            }
            return count == 0 ? 0 : sum / count / 1000;
        }
    }

    /**
     * The two readers joined:
     * <ul>
     * <li>what both read alike keeps the rules' chain but takes the tagger's spans of cue, source and content, whose extent
     * follows the annotators' more often than the rules' does;</li>
     * <li>what only the rules read, or only the tagger, stays as it was read; a tagger-only "he" or "she" resolves as the
     * rules resolve it, to the last person who spoke before it.</li>
     * </ul>
     */
    private static List<Candidate> join(String text, List<ProposedAttribution> ruled, TaggerReading tagged) {
        List<Candidate> joined = new ArrayList<>();
        for (ProposedAttribution attribution : ruled) {
            Tagged twin = tagged.attributions.stream().filter(other -> readsAlike(attribution, other.attribution())).findFirst().orElse(null);
            if (twin == null) {
                double[] support = {tagged.support(attribution.cue(), 2), attribution.source() == null ? 0 : tagged.support(attribution.source(), 1),
                    tagged.support(attribution.content(), 3)};
                joined.add(new Candidate(attribution, features(text, attribution, Reader.RULES, attribution.confidence(), null, support)));
            } else {
                ProposedAttribution both = withSpansOf(attribution, twin.attribution());
                joined.add(new Candidate(both, features(text, both, Reader.BOTH, attribution.confidence(), twin, null)));
            }
        }
        for (Tagged reading : tagged.attributions) {
            ProposedAttribution attribution = reading.attribution();
            if (ruled.stream().noneMatch(other -> touches(other, attribution.cue()))) {
                ProposedAttribution proposal = byPronoun(attribution) ? resolved(text, attribution, ruled) : attribution;
                joined.add(new Candidate(proposal, features(text, proposal, Reader.TAGGER, 0, reading, null)));
            }
        }
        return joined;
    }

    /** Which reader read a proposal. */
    private enum Reader { BOTH, RULES, TAGGER }

    /**
     * What the ranker weighs ({@value #RANKED_FEATURES} features): who read the proposal, how sure the rules were, how far
     * the tagger's reading of its cue, source and content beat any other (margins, in thousands of the perceptron's
     * points), and the proposal's form: its source (none, a pronoun, a capitalized name), lengths, cue (which common verb,
     * how long) and quotation.
     * The margins and the source's form count apart for each reader, as they say more of what the tagger read alone; what
     * only the rules read is weighed by how far the tagger was from reading its cue, source and content so.
     */
    private static double[] features(String text, ProposedAttribution proposal, Reader reader, double ruleConfidence, Tagged tagged,
            double[] support) {
        String source = proposal.source() == null ? "" : proposal.source().text();
        String cue = proposal.cue().text().toLowerCase(java.util.Locale.ROOT);
        String[] cueWords = cue.split("\\s+");
        double cueMargin = tagged == null ? 0 : tagged.cueMargin() / 1000;
        double sourceMargin = tagged == null ? 0 : tagged.sourceMargin() / 1000;
        double contentMargin = tagged == null ? 0 : tagged.contentMargin() / 1000;
        double least = tagged == null ? 0 : tagged.leastMargin() / 1000;
        double both = reader == Reader.BOTH ? 1 : 0;
        double taggerAlone = reader == Reader.TAGGER ? 1 : 0;
        double noSource = proposal.source() == null ? 1 : 0;
        double pronoun = NounPhrases.PRONOUNS.contains(source.toLowerCase(java.util.Locale.ROOT)) ? 1 : 0;
        double capitalized = !source.isEmpty() && Character.isUpperCase(source.charAt(0)) ? 1 : 0;
        return new double[] {
            both,
            reader == Reader.RULES ? 1 : 0,
            taggerAlone * (byPronoun(proposal) || namedWithVerbOfSpeech(proposal) ? 1 : 0),
            ruleConfidence,
            cueMargin, sourceMargin, contentMargin, least, least * least,
            tagged == null ? 1 : 0,
            noSource, pronoun, capitalized,
            Math.log1p(proposal.source() == null ? 0 : AttributionAgreement.words(text, proposal.source().start(), proposal.source().end()).size()),
            Math.log1p(AttributionAgreement.Reading.of(text, proposal).content().size()),
            cue.startsWith("said") || cue.startsWith("says") || cue.equals("say") ? 1 : 0,
            cue.startsWith("according") ? 1 : 0,
            cueWords.length > 2 ? 1 : 0,
            CueLexicon.strength(cueWords[cueWords.length - 1]) == CueLexicon.Strength.STRONG ? 1 : 0,
            proposal.content().start() > 0 && "“\"'‘".indexOf(text.charAt(proposal.content().start() - 1)) >= 0
                    || "“\"".indexOf(text.charAt(proposal.content().start())) >= 0 ? 1 : 0,
            both * least,
            both * cueMargin, both * sourceMargin, both * contentMargin,
            reader == Reader.RULES ? ruleConfidence : 0,
            taggerAlone * cueMargin, taggerAlone * sourceMargin, taggerAlone * contentMargin, taggerAlone * least,
            taggerAlone * noSource, taggerAlone * pronoun, taggerAlone * capitalized,
            support == null ? 0 : support[0], support == null ? 0 : support[1], support == null ? 0 : support[2],
            // The rules' confidence names the pattern they read by, whose worth need not grow with it.
            band(ruleConfidence, 0.01, 0.3), band(ruleConfidence, 0.3, 0.5), band(ruleConfidence, 0.5, 0.6),
            band(ruleConfidence, 0.6, 0.75), band(ruleConfidence, 0.75, 0.85), band(ruleConfidence, 0.85, 1.01),
            cueIs(cueWords, 0), cueIs(cueWords, 1), cueIs(cueWords, 2), cueIs(cueWords, 3), cueIs(cueWords, 4), cueIs(cueWords, 5),
            cueIs(cueWords, 6), cueIs(cueWords, 7), cueIs(cueWords, 8), cueIs(cueWords, 9), cueIs(cueWords, 10), cueIs(cueWords, 11),
            cueIs(cueWords, 12), cueIs(cueWords, 13), cueIs(cueWords, 14), cueIs(cueWords, 15), cueIs(cueWords, 16), cueIs(cueWords, 17),
        };
    }

    /** Whether a cue holds the verb {@code COMMON_CUES[k]} in any form: annotators count some verbs more steadily than others. */
    private static double cueIs(String[] cueWords, int k) {
        for (String word : cueWords) {
            if (word.startsWith(COMMON_CUES[k])) {
                return 1;
            }
        }
        return 0;
    }

    private static double band(double value, double from, double to) {
        return value >= from - 1e-9 && value < to - 1e-9 ? 1 : 0;
    }

    /**
     * Whether two readings are the same attribution: their cues overlap and so do their sources, or neither has one. Where
     * the rules and the tagger agree, the rules' reading is right more often than where either reads alone.
     */
    private static boolean readsAlike(ProposedAttribution ruled, ProposedAttribution tagged) {
        boolean sameSource = ruled.source() == null ? tagged.source() == null
                : tagged.source() != null && overlap(ruled.source(), tagged.source());
        return overlap(ruled.cue(), tagged.cue()) && sameSource;
    }

    /** The rules' attribution with the tagger's spans; the origin's mention follows its source, keeping its name if resolved. */
    private static ProposedAttribution withSpansOf(ProposedAttribution ruled, ProposedAttribution twin) {
        TextSpan source = ruled.source() == null ? null : twin.source();
        List<Mention> chain = ruled.chain().stream().map(mention -> !mention.span().equals(ruled.source()) ? mention
                : new Mention(source, mention.resolved() ? mention.name() : source.text(), mention.resolved(), mention.role(), mention.verb()))
                .toList();
        return new ProposedAttribution(twin.cue(), ruled.kind(), source, twin.content(), twin.continuation(), chain, ruled.confidence());
    }

    private static boolean isPersonName(String text, TextSpan span) {
        List<Token> tokens = Token.of(text, span.start(), span.end());
        return NounPhrases.isPersonName(tokens, new NounPhrases.Range(0, tokens.size()));
    }

    /** "Maria Lopez … told": a source written with a capital before a verb the lexicon holds as one of speech. */
    private static boolean namedWithVerbOfSpeech(ProposedAttribution tagged) {
        String[] cue = tagged.cue().text().toLowerCase(java.util.Locale.ROOT).split("\\s+");
        return tagged.source() != null && Character.isUpperCase(tagged.source().text().charAt(0))
                && CueLexicon.strength(cue[cue.length - 1]) == CueLexicon.Strength.STRONG;
    }

    private static boolean byPronoun(ProposedAttribution tagged) {
        return tagged.source() != null && NounPhrases.PRONOUNS.contains(tagged.source().text().toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * A tagger-only attribution by a pronoun: "he" or "she" resolves as the rules resolve it, to the last person who spoke
     * before it in the rules' reading (named, or already resolved).
     */
    private static ProposedAttribution resolved(String text, ProposedAttribution tagged, List<ProposedAttribution> ruled) {
        Mention origin = tagged.origin();
        Mention speaker = null;
        if (Set.of("he", "she").contains(tagged.source().text().toLowerCase(java.util.Locale.ROOT))) {
            speaker = ruled.stream().filter(other -> other.cue().start() < tagged.cue().start() && other.source() != null
                    && (other.origin().resolved() || isPersonName(text, other.origin().span())))
                    .reduce((first, second) -> second).map(ProposedAttribution::origin).orElse(null);
        }
        Mention mention = speaker == null ? origin : new Mention(origin.span(), speaker.name(), true, origin.role(), origin.verb());
        return new ProposedAttribution(tagged.cue(), tagged.kind(), tagged.source(), tagged.content(), tagged.continuation(),
                List.of(mention), tagged.confidence());
    }

    private static boolean overlap(TextSpan a, TextSpan b) {
        return a.start() < b.end() && b.start() < a.end();
    }

    private static ProposedAttribution withConfidence(ProposedAttribution attribution, double confidence) {
        return new ProposedAttribution(attribution.cue(), attribution.kind(), attribution.source(), attribution.content(),
                attribution.continuation(), attribution.chain(), confidence);
    }

    /** Writes the weights, to be {@link #read} by the service. */
    public void write(OutputStream out) throws IOException {
        DataOutputStream data = new DataOutputStream(new BufferedOutputStream(out));
        data.writeInt(FORMAT);
        data.writeInt(BITS);
        first.write(data);
        second.write(data);
        ranker.write(data);
        data.flush();
    }

    /** Reads weights written by {@link #write}; a file of another format or size is refused. */
    public static AttributionTagger read(InputStream in) throws IOException {
        DataInputStream data = new DataInputStream(new BufferedInputStream(in));
        if (data.readInt() != FORMAT || data.readInt() != BITS) {
            throw new IOException("not an attribution tagger model of format " + FORMAT);
        }
        return new AttributionTagger(Layer.read(data), Layer.read(data), ProposalRanker.read(data, RANKED_FEATURES));
    }

    private static void writeSparse(DataOutputStream data, float[] values) throws IOException {
        int nonZero = 0;
        for (float value : values) {
            nonZero += value != 0 ? 1 : 0;
        }
        data.writeInt(values.length);
        data.writeInt(nonZero);
        for (int i = 0; i < values.length; i++) {
            if (values[i] != 0) {
                data.writeInt(i);
                data.writeFloat(values[i]);
            }
        }
    }

    private static float[] readSparse(DataInputStream data, int length) throws IOException {
        if (data.readInt() != length) {
            throw new IOException("a model's weights have the wrong size");
        }
        float[] values = new float[length];
        int nonZero = data.readInt();
        for (int k = 0; k < nonZero; k++) {
            int index = data.readInt();
            if (index < 0 || index >= length) {
                throw new IOException("a model's weight is out of range");
            }
            values[index] = data.readFloat();
        }
        return values;
    }

    private static boolean touches(ProposedAttribution attribution, TextSpan span) {
        List<TextSpan> spans = new ArrayList<>(attribution.continuation());
        spans.add(attribution.cue());
        spans.add(attribution.content());
        if (attribution.source() != null) {
            spans.add(attribution.source());
        }
        return spans.stream().anyMatch(other -> overlap(other, span));
    }

    /** How many tokens lie between a span and a cue (first and last token of each), whichever comes first. */
    private static int gap(int[] span, int[] cue) {
        return span[2] < cue[1] ? cue[1] - span[2] : span[1] - cue[2];
    }

    /**
     * Groups tagged spans: every cue gets the nearest source and the contents nearer to it than to any other cue. Each
     * comes with its margins: at the span's least sure token, how far the best reading beat the best that reads the token
     * otherwise.
     */
    private static List<Tagged> attributions(String text, Sequence sequence, int[] tags, float[][] marginals) {
        List<int[]> spans = new ArrayList<>(); // kind, first token, last token
        for (int i = 0; i < tags.length; i++) {
            if (tags[i] == O) {
                continue;
            }
            char kind = KIND[tags[i]];
            boolean begins = tags[i] % 2 == 1 || i == 0 || KIND[tags[i - 1]] != kind;
            if (begins) {
                spans.add(new int[] {kind, i, i});
            } else {
                spans.get(spans.size() - 1)[2] = i;
            }
        }
        List<int[]> cues = spans.stream().filter(s -> s[0] == 'C').toList();
        if (cues.isEmpty()) {
            return List.of();
        }
        List<List<int[]>> sources = new ArrayList<>();
        List<List<int[]>> contents = new ArrayList<>();
        for (int c = 0; c < cues.size(); c++) {
            sources.add(new ArrayList<>());
            contents.add(new ArrayList<>());
        }
        for (int[] span : spans) {
            if (span[0] == 'C') {
                continue;
            }
            int nearest = 0;
            int distance = Integer.MAX_VALUE;
            for (int c = 0; c < cues.size(); c++) {
                int gap = gap(span, cues.get(c));
                if (gap < distance) {
                    distance = gap;
                    nearest = c;
                }
            }
            (span[0] == 'S' ? sources : contents).get(nearest).add(span);
        }
        List<Tagged> found = new ArrayList<>();
        List<Token> tokens = sequence.tokens;
        for (int c = 0; c < cues.size(); c++) {
            if (contents.get(c).isEmpty()) {
                continue;
            }
            int[] cue = cues.get(c);
            TextSpan cueSpan = TextSpan.of(text, tokens.get(cue[1]).start(), tokens.get(cue[2]).end());
            TextSpan source = null;
            double sourceMargin = 0;
            int best = Integer.MAX_VALUE;
            for (int[] span : sources.get(c)) {
                int gap = gap(span, cue);
                if (gap < best) {
                    best = gap;
                    source = TextSpan.of(text, tokens.get(span[1]).start(), tokens.get(span[2]).end());
                    sourceMargin = margin(tags, marginals, span);
                }
            }
            List<TextSpan> passages = contents.get(c).stream()
                    .map(span -> TextSpan.of(text, tokens.get(span[1]).start(), tokens.get(span[2]).end())).toList();
            CueKind kind = cueSpan.text().toLowerCase(java.util.Locale.ROOT).startsWith("according") ? CueKind.ACCORDING_TO : CueKind.SAID;
            List<Mention> chain = source == null ? List.of()
                    : List.of(new Mention(source, source.text(), false, Role.ORIGIN, null));
            found.add(new Tagged(new ProposedAttribution(cueSpan, kind, source, passages.get(0), passages.subList(1, passages.size()), chain, 0),
                    margin(tags, marginals, cue), sourceMargin, margin(tags, marginals, contents.get(c).get(0))));
        }
        return found;
    }

    /** At a span's least sure token, how far the best reading beat the best reading that gives the token another kind. */
    private static double margin(int[] tags, float[][] marginals, int[] span) {
        double least = Double.POSITIVE_INFINITY;
        for (int i = span[1]; i <= span[2]; i++) {
            float other = Float.NEGATIVE_INFINITY;
            for (int t = 0; t < TAGS; t++) {
                if (KIND[t] != KIND[tags[i]]) {
                    other = Math.max(other, marginals[i][t]);
                }
            }
            least = Math.min(least, marginals[i][tags[i]] - other);
        }
        return least;
    }

    private static int[] goldTags(Sequence sequence, List<GoldSpan> spans) {
        int[] tags = new int[sequence.tokens.size()];
        int[] owner = new int[tags.length];
        for (int i = 0; i < tags.length; i++) {
            Token token = sequence.tokens.get(i);
            for (GoldSpan span : spans) {
                if (token.start() >= span.start() && token.end() <= span.end()) {
                    int base = switch (span.label()) {
                        case "Source" -> 1;
                        case "Cue" -> 3;
                        default -> 5;
                    };
                    boolean continues = i > 0 && tags[i - 1] != O && KIND[tags[i - 1]] == KIND[base] && owner[i - 1] == span.attribution();
                    tags[i] = continues ? base + 1 : base;
                    owner[i] = span.attribution();
                    break;
                }
            }
        }
        return tags;
    }

    /** A paragraph's tokens and their features. */
    private static final class Sequence {
        final List<Token> tokens;
        final int[][] features;
        int[] gold;
        /** In training only: the features with what a first layer not trained on this article read. */
        int[][] stacked;

        Sequence(List<Token> tokens, int[][] features) {
            this.tokens = tokens;
            this.features = features;
        }
    }

    /** The article's paragraphs: a quotation, its speaker and a nested relay seldom cross one. */
    private static List<Sequence> sequences(String text, List<ProposedAttribution> ruled) {
        char[] ruleTags = ruleTags(text, ruled);
        List<Sequence> sequences = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            List<Token> tokens = Token.of(text, start, end);
            if (!tokens.isEmpty()) {
                sequences.add(new Sequence(tokens, features(tokens, ruleTags)));
            }
            start = end + 1;
        }
        return sequences;
    }

    /** What the rules read of each character: source, cue, content (upper case when at the default threshold or above). */
    private static char[] ruleTags(String text, List<ProposedAttribution> ruled) {
        char[] tags = new char[text.length()];
        java.util.Arrays.fill(tags, 'o');
        for (ProposedAttribution attribution : ruled) {
            boolean sure = attribution.confidence() >= 0.5;
            mark(tags, attribution.content(), sure ? 'T' : 't');
            attribution.continuation().forEach(passage -> mark(tags, passage, sure ? 'T' : 't'));
            mark(tags, attribution.cue(), sure ? 'C' : 'c');
            if (attribution.source() != null) {
                mark(tags, attribution.source(), sure ? 'S' : 's');
            }
        }
        return tags;
    }

    private static void mark(char[] tags, TextSpan span, char tag) {
        java.util.Arrays.fill(tags, span.start(), span.end(), tag);
    }

    private static int[][] features(List<Token> tokens, char[] ruleTags) {
        int n = tokens.size();
        String[] lower = new String[n];
        String[] shape = new String[n];
        char[] rule = new char[n];
        String[] lexicon = new String[n];
        boolean[] quoted = new boolean[n];
        WordClasses.Classes[] classes = new WordClasses.Classes[n];
        boolean inside = false;
        int[] sinceSentence = new int[n];
        for (int i = 0; i < n; i++) {
            sinceSentence[i] = i == 0 || SENTENCE_ENDS.contains(tokens.get(i - 1).text()) ? 0 : sinceSentence[i - 1] + 1;
            Token token = tokens.get(i);
            lower[i] = token.lower();
            shape[i] = shape(token.text());
            rule[i] = ruleTags[token.start()];
            CueLexicon.Strength strength = CueLexicon.strength(token.text());
            lexicon[i] = strength == null ? "-" : strength.name();
            classes[i] = WordClasses.of(lower[i]);
            // Curly marks say which way they turn; a straight one turns the quotation on or off.
            if (token.text().equals("“") || token.text().equals("”") || token.text().equals("\"")) {
                inside = token.text().equals("“") || !token.text().equals("”") && !inside;
            }
            quoted[i] = inside;
        }
        int[][] features = new int[n][];
        List<String> names = new ArrayList<>(40);
        for (int i = 0; i < n; i++) {
            names.clear();
            String w = lower[i];
            String p1 = i > 0 ? lower[i - 1] : "<s>";
            String p2 = i > 1 ? lower[i - 2] : "<s>";
            String n1 = i + 1 < n ? lower[i + 1] : "</s>";
            String n2 = i + 2 < n ? lower[i + 2] : "</s>";
            char r = rule[i];
            names.add("b");
            names.add("w=" + w);
            names.add("p1=" + p1);
            names.add("p2=" + p2);
            names.add("n1=" + n1);
            names.add("n2=" + n2);
            names.add("p1w=" + p1 + "|" + w);
            names.add("wn1=" + w + "|" + n1);
            names.add("s3=" + (w.length() > 3 ? w.substring(w.length() - 3) : w));
            names.add("sh=" + shape[i]);
            names.add("shp=" + (i > 0 ? shape[i - 1] : "<s>") + "|" + shape[i]);
            names.add("shn=" + shape[i] + "|" + (i + 1 < n ? shape[i + 1] : "</s>"));
            names.add("lex=" + lexicon[i]);
            names.add("lexp=" + (i > 0 ? lexicon[i - 1] : "<s>"));
            names.add("lexn=" + (i + 1 < n ? lexicon[i + 1] : "</s>"));
            names.add("q=" + quoted[i]);
            names.add("r=" + r);
            names.add("rp=" + (i > 0 ? rule[i - 1] : '<'));
            names.add("rn=" + (i + 1 < n ? rule[i + 1] : '>'));
            names.add("rw=" + r + "|" + w);
            names.add("rq=" + r + "|" + quoted[i]);
            int left = -1;
            for (int j = i - 1; j >= Math.max(0, i - 8); j--) {
                if (!lexicon[j].equals("-")) {
                    left = i - j;
                    break;
                }
            }
            int right = -1;
            for (int j = i + 1; j < Math.min(n, i + 9); j++) {
                if (!lexicon[j].equals("-")) {
                    right = j - i;
                    break;
                }
            }
            names.add("clw=" + (left < 0 ? "-" : stem(lower[i - left])) + "|" + Math.min(left, 3));
            names.add("crw=" + (right < 0 ? "-" : stem(lower[i + right])) + "|" + Math.min(right, 3));
            names.add("rcl=" + r + "|" + left);
            names.add("rcr=" + r + "|" + right);
            names.add("cl=" + left);
            names.add("cr=" + right);
            names.add("pos=" + Math.min(i, 5));
            names.add("ss=" + Math.min(sinceSentence[i], 6));
            names.add("st=" + stem(w));
            names.add("p1n1=" + p1 + "|" + n1);
            names.add("wq=" + w + "|" + quoted[i]);
            names.add("lq=" + lexicon[i] + "|" + quoted[i] + "|" + r);
            names.add("stp=" + stem(p1) + "|" + shape[i]);
            names.add("stn=" + shape[i] + "|" + stem(n1));
            names.add("p2p1=" + p2 + "|" + p1);
            names.add("n1n2=" + n1 + "|" + n2);
            names.add("pre3=" + (w.length() > 3 ? w.substring(0, 3) : w));
            // WordNet's classes carry what was learned of one verb of speech or stance to the rare others.
            WordClasses.Classes c = classes[i];
            WordClasses.Classes before = i > 0 ? classes[i - 1] : WordClasses.Classes.NONE;
            WordClasses.Classes after = i + 1 < n ? classes[i + 1] : WordClasses.Classes.NONE;
            names.add("wv=" + c.verb());
            names.add("wn=" + c.noun());
            for (long bits = c.verbs(); bits != 0; bits &= bits - 1) {
                names.add("wva=" + Long.numberOfTrailingZeros(bits));
            }
            names.add("wvn1=" + c.verb() + "|" + n1);
            names.add("wvq=" + c.verb() + "|" + quoted[i] + "|" + r);
            names.add("wvp=" + before.verb() + "|" + before.noun());
            names.add("wvx=" + after.verb() + "|" + after.noun());
            names.add("wnv=" + before.noun() + "|" + c.verb());
            int[] hashed = new int[names.size()];
            for (int k = 0; k < hashed.length; k++) {
                hashed[k] = mix(names.get(k).hashCode()) & MASK;
            }
            features[i] = hashed;
        }
        return features;
    }

    private static String stem(String w) {
        if (w.length() > 5 && w.endsWith("ing")) {
            return w.substring(0, w.length() - 3);
        }
        if (w.length() > 4 && w.endsWith("ed")) {
            return w.substring(0, w.length() - 2);
        }
        if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss")) {
            return w.substring(0, w.length() - 1);
        }
        return w;
    }

    private static int mix(int h) {
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        return h;
    }

    private static String shape(String text) {
        char c = text.charAt(0);
        if (Character.isUpperCase(c)) {
            return text.length() > 1 && Character.isUpperCase(text.charAt(text.length() - 1)) ? "XX" : "Xx";
        }
        if (Character.isLowerCase(c)) {
            return "x";
        }
        if (Character.isDigit(c)) {
            return "d";
        }
        return text;
    }
}
