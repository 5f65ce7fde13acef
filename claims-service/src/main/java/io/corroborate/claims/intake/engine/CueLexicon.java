package io.corroborate.claims.intake.engine;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The words that introduce what someone said, wrote or holds, with how sure a cue alone makes an attribution. Verbs of
 * speech ("said", "told") are strong; verbs of thought or wish ("believes", "hopes") attribute too, but less often to a
 * source worth recording.
 */
final class CueLexicon {

    /** How much a cue says about attribution by itself. */
    enum Strength {
        STRONG(0.2), ORDINARY(0.1), WEAK(-0.15);

        final double weight;

        Strength(double weight) {
            this.weight = weight;
        }
    }

    private static final Map<String, Strength> FORMS = new HashMap<>();
    private static final Set<String> STANCE = Set.of("defend", "endorse", "oppose", "condemn", "denounce", "reject", "decry",
            "mock", "celebrate", "discuss", "invoke", "tout", "attack", "applaud", "congratulate", "thank", "highlight", "reiterate",
            "compare", "identify", "favor", "favour", "hail", "welcome", "embrace", "rebuke", "downplay", "laud", "lament",
            "dispute", "refute", "deride", "ridicule", "champion", "advocate", "echo", "acknowledge", "recommend", "prefer");
    private static final Set<String> STANCE_FORMS = new java.util.HashSet<>();
    private static final Set<String> WITH_QUOTATION = Set.of("continue", "exclaim", "confess", "quip", "muse", "shout", "scream",
            "yell", "snap", "retort", "whisper", "mutter", "recount", "marvel", "laugh", "sigh", "gush", "chime", "interject", "tease");
    private static final Set<String> WITH_QUOTATION_FORMS = new java.util.HashSet<>();
    private static final Set<String> WITH_INFINITIVE = Set.of("decline", "declines", "declined", "declining", "refuse", "refuses",
            "refused", "refusing");

    static {
        add(Strength.STRONG, "say", "tell", "state", "report", "announce", "claim", "write", "declare", "quote", "tweet", "testify", "insist",
                "allege", "assert", "confirm", "deny", "add", "warn", "explain");
        add(Strength.ORDINARY, "note", "argue", "acknowledge", "admit", "suggest", "predict", "estimate", "post", "recall", "reveal",
                "indicate", "emphasize", "emphasise", "stress", "urge", "promise", "vow", "contend", "maintain", "observe", "remark",
                "reply", "respond", "ask", "complain", "boast", "concede", "conclude", "agree", "accuse", "criticize", "describe",
                "call", "charge", "signal", "question", "threaten", "demand", "caution", "counter", "point", "joke",
                "write", "publish", "show", "blame", "praise", "dismiss", "slam", "blast", "mention", "repeat", "cite",
                "disclose", "specify", "propose", "order", "instruct", "pledge", "decline", "refuse");
        // Verbs of manner, which attribute only next to a quotation ("“…,” the judge exclaimed"; "he continued: “…”").
        add(Strength.ORDINARY, WITH_QUOTATION.toArray(String[]::new));
        // Verbs of stance, whose object is what the source holds: "Cruz defended the plan", "Palin endorsed Trump".
        add(Strength.ORDINARY, STANCE.toArray(String[]::new));
        add(Strength.WEAK, "believe", "think", "feel", "hope", "fear", "expect", "want", "wish", "doubt", "worry", "know", "consider",
                "view", "prefer", "intend", "seek");
        irregular(Strength.STRONG, "say", "says", "said", "saying");
        irregular(Strength.STRONG, "tell", "tells", "told", "telling");
        irregular(Strength.STRONG, "write", "writes", "wrote", "written", "writing");
        irregular(Strength.STRONG, "deny", "denies", "denied", "denying");
        irregular(Strength.STRONG, "testify", "testifies", "testified", "testifying");
        irregular(Strength.ORDINARY, "reply", "replies", "replied", "replying");
        irregular(Strength.ORDINARY, "show", "shows", "showed", "shown", "showing");
        irregular(Strength.WEAK, "think", "thinks", "thought", "thinking");
        irregular(Strength.WEAK, "feel", "feels", "felt", "feeling");
        irregular(Strength.WEAK, "know", "knows", "knew", "known", "knowing");
        irregular(Strength.WEAK, "seek", "seeks", "sought", "seeking");
        irregular(Strength.WEAK, "worry", "worries", "worried", "worrying");
    }

    /** Words that may stand between a subject and its cue: "has also said", "was quickly denied". */
    static final Set<String> BETWEEN_SUBJECT_AND_CUE = Set.of("also", "later", "previously", "reportedly", "recently", "has", "have",
            "had", "was", "were", "is", "are", "will", "would", "could", "can", "may", "might", "once", "then", "further", "again",
            "publicly", "privately", "earlier", "repeatedly", "flatly", "did", "does", "do", "not", "n't", "never", "always", "often",
            "first", "still", "even", "simply", "already", "now", "just", "quickly", "separately", "similarly", "likewise", "bluntly",
            "openly", "firmly", "strongly", "been", "clearly", "allegedly", "officially");

    private CueLexicon() {
    }

    /** Forms that are far more often nouns or other words in news text ("the state", "reports", "remarks"). */
    private static final Set<String> RARELY_CUES = Set.of("state", "states", "report", "reports", "remark", "remarks", "note", "notes",
            "post", "posts", "order", "orders", "view", "views", "call", "calls", "show", "shows", "tweet", "tweets", "counter", "point",
            "points", "claim", "claims", "question", "questions", "charge", "charges", "respond", "signal", "signals", "demand",
            "demands", "caution", "pledge", "pledges", "promise", "promises", "estimate", "estimates", "find", "finds", "finding");

    /**
     * Forms that in news text almost never introduce what someone said (on PolNeAR's training split, each was wrong
     * several times for every time it was right): "the state", "remarks", "to tell", "was published".
     */
    private static final Set<String> NEVER_CUES = Set.of("state", "states", "remarks", "report", "note", "written", "reporting",
            "published", "tell", "call", "attack", "attacks", "sought", "want", "claiming", "shows", "showed");

    /** The cue's strength, or null when the word is no cue. */
    static Strength strength(String word) {
        String lower = word.toLowerCase(java.util.Locale.ROOT);
        return NEVER_CUES.contains(lower) ? null : FORMS.get(lower);
    }

    /** Whether the word is a cue only right after a name or a pronoun ("Rossiyskaya Gazeta reports"), being mostly a noun. */
    static boolean isMostlyNoun(String word) {
        return RARELY_CUES.contains(word.toLowerCase(java.util.Locale.ROOT));
    }

    private static void add(Strength strength, String... bases) {
        for (String base : bases) {
            for (String form : regularForms(base)) {
                FORMS.putIfAbsent(form, strength);
                if (STANCE.contains(base)) {
                    STANCE_FORMS.add(form);
                }
                if (WITH_QUOTATION.contains(base)) {
                    WITH_QUOTATION_FORMS.add(form);
                }
            }
        }
    }

    /** Whether the cue attributes only next to a quotation: "continued", "exclaimed", "quipped". */
    static boolean needsQuotation(String word) {
        return WITH_QUOTATION_FORMS.contains(word.toLowerCase(java.util.Locale.ROOT));
    }

    /** Whether the cue attributes only before an infinitive: "declined to comment", not "declined any payment". */
    static boolean needsInfinitive(String word) {
        return WITH_INFINITIVE.contains(word.toLowerCase(java.util.Locale.ROOT));
    }

    /** Whether the cue is a verb of stance, whose object, however short, is what was held ("endorsed Cruz"). */
    static boolean isStance(String word) {
        return STANCE_FORMS.contains(word.toLowerCase(java.util.Locale.ROOT));
    }

    private static void irregular(Strength strength, String... forms) {
        for (String form : forms) {
            FORMS.put(form, strength);
        }
    }

    private static List<String> regularForms(String base) {
        if (base.endsWith("e")) {
            return List.of(base, base + "s", base + "d", base.substring(0, base.length() - 1) + "ing");
        }
        if (base.endsWith("y") && !base.endsWith("ay") && !base.endsWith("ey") && !base.endsWith("oy")) {
            String stem = base.substring(0, base.length() - 1);
            return List.of(base, stem + "ies", stem + "ied", base + "ing");
        }
        if (base.endsWith("sh") || base.endsWith("ch") || base.endsWith("s")) {
            return List.of(base, base + "es", base + "ed", base + "ing");
        }
        if (base.equals("slam") || base.equals("admit") || base.equals("plan")) {
            String doubled = base + base.charAt(base.length() - 1);
            return List.of(base, base + "s", doubled + "ed", doubled + "ing");
        }
        return List.of(base, base + "s", base + "ed", base + "ing");
    }
}
