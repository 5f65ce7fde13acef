package io.corroborate.claims.intake.engine;

import java.util.List;
import java.util.Set;

/**
 * The few noun phrases attribution needs, found from the words around a cue: a name ("the Institute for the Study of
 * War", "Alexander Matsegora"), a pronoun, or a description ("Russia's ambassador", "a Pentagon spokesman"). Returns
 * token index ranges, end exclusive, or null.
 */
final class NounPhrases {

    record Range(int from, int to) {
        int length() {
            return to - from;
        }
    }

    static final Set<String> PRONOUNS = Set.of("he", "she", "they", "we", "i", "it", "you");
    private static final Set<String> NAME_JOINERS = Set.of("of", "for", "the", "and", "de", "al", "bin", "von", "van", "der", "on", "&", "-", ".", "'s", "’s");
    /** Words that describe the person or body a name follows: "columnist", "presidential nominee". */
    private static final Set<String> DESCRIPTORS = Set.of("columnist", "nominee", "candidate", "president", "presidential",
            "spokesman", "spokeswoman", "spokesperson", "secretary", "senator", "governor", "analyst", "correspondent", "reporter",
            "editor", "host", "anchor", "chairman", "chairwoman", "chief", "director", "leader", "minister", "ambassador", "adviser",
            "advisor", "aide", "official", "strategist", "pollster", "professor", "economist", "expert", "commentator", "author",
            "writer", "front-runner", "frontrunner", "hopeful", "rival", "opponent", "challenger", "executive", "founder", "head",
            "manager", "lawmaker", "congressman", "congresswoman", "representative", "delegate", "general", "commander", "deputy",
            "former", "then", "mogul", "billionaire", "businessman", "surrogate", "campaign", "chair", "attorney",
            "lawyer", "judge", "mayor", "speaker", "whip", "republican", "democratic", "democrat", "independent",
            "senior", "top", "white", "house", "press", "state", "foreign", "defense", "national", "security");

    private static final Set<String> SHARES = Set.of("in", "of", "than", "more", "less", "fewer", "about", "nearly", "almost",
            "roughly", "some", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "percent", "half",
            "third", "quarter", "majority", "the", "a");

    /** Prepositions that join a phrase to the noun before it: "the head of", "an official familiar with". */
    private static final Set<String> POSTMODIFYING = Set.of("of", "to", "for", "in", "at", "with", "from", "on", "among");

    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "this",
            "that", "these", "those", "one", "two", "three", "several", "some", "many", "other", "another", "both", "most", "few",
            "senior", "top");
    private static final Set<String> NOT_A_HEAD = Set.of("that", "which", "who", "what", "when", "where", "while", "because", "if",
            "and", "or", "but", "as", "than", "so", "to", "in", "on", "at", "by", "for", "with", "from", "of", "about", "after", "before",
            "is", "was", "are", "were", "be", "been", "has", "have", "had", "not", "also", "there", "here", "this", "it");

    /** Days, months and other words of time, which never say anything: "responded Tuesday", "told Thursday". */
    private static final Set<String> TIMES = Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "today", "yesterday", "tonight", "tomorrow", "january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december", "jan.", "feb.", "aug.", "sept.", "oct.", "nov.", "dec.", "earlier", "later", "recently");

    private NounPhrases() {
    }

    static boolean isTime(Token token) {
        return TIMES.contains(token.lower());
    }

    /** A phrase that opens with a name, cut to that name: "Comey cannot" becomes "Comey". */
    static Range nameAtStart(List<Token> tokens, Range phrase) {
        if (!tokens.get(phrase.from()).isCapitalized() || DETERMINERS.contains(tokens.get(phrase.from()).lower())) {
            return phrase;
        }
        int to = phrase.from() + 1;
        while (to < phrase.to() && (tokens.get(to).isCapitalized() || NAME_JOINERS.contains(tokens.get(to).lower()))) {
            to++;
        }
        return trimJoiners(tokens, new Range(phrase.from(), to));
    }

    /** The phrase that ends just before token {@code end} (a subject before its verb), or null. */
    static Range endingAt(List<Token> tokens, int end, int floor) {
        int last = end - 1;
        if (last < floor) {
            return null;
        }
        Token word = tokens.get(last);
        if (PRONOUNS.contains(word.lower())) {
            return new Range(last, end);
        }
        if (word.isCapitalized() && word.isWord()) {
            int from = last;
            while (from - 1 >= floor && (tokens.get(from - 1).isCapitalized() && tokens.get(from - 1).isWord()
                    || NAME_JOINERS.contains(tokens.get(from - 1).lower()) && from - 2 >= floor && tokens.get(from - 2).isCapitalized())) {
                from--;
            }
            // "Officials in Seoul", "a spokesman for the Pentagon": a description before a place or body.
            if (from - 2 >= floor && Set.of("in", "of", "at", "from", "for").contains(tokens.get(from - 1).lower())) {
                Token head = tokens.get(from - 2);
                if (DESCRIPTORS.contains(head.lower()) || head.isWord() && head.lower().endsWith("s") && head.text().length() > 3
                        && !NOT_A_HEAD.contains(head.lower())) {
                    from -= 2;
                }
            }
            // "New York Times columnist David Brooks", "Republican presidential nominee Donald Trump"
            while (from - 1 >= floor && (DESCRIPTORS.contains(tokens.get(from - 1).lower())
                    || tokens.get(from - 1).isCapitalized() && tokens.get(from - 1).isWord() && from - 2 >= floor
                    && DESCRIPTORS.contains(tokens.get(from).lower()))) {
                from--;
            }
            if (from - 1 >= floor && tokens.get(from - 1).is("the")) {
                from--;
            }
            Range name = trimJoiners(tokens, new Range(from, end));
            return name.length() > 0 ? name : null;
        }
        if (word.isWord() && Character.isDigit(word.text().charAt(0)) || Set.of("percent", "half", "third", "quarter").contains(word.lower())) {
            // "43 said", "more than 4 in 10 said", "About three in 10 said": a share of the people asked.
            int from = last;
            while (from - 1 >= floor && (Character.isDigit(tokens.get(from - 1).text().charAt(0)) || SHARES.contains(tokens.get(from - 1).lower()))) {
                from--;
            }
            return new Range(from, end);
        }
        if (!word.isWord() || NOT_A_HEAD.contains(word.lower()) || !Character.isLetter(word.text().charAt(0))) {
            return null;
        }
        // A description: up to five words back to a determiner, a possessive or a capitalized modifier.
        int from = last;
        for (int i = last - 1; i >= Math.max(floor, last - 7); i--) {
            Token before = tokens.get(i);
            String lower = before.lower();
            if (DETERMINERS.contains(lower) || before.text().endsWith("'s") || before.text().endsWith("’s")) {
                from = i;
                while (from - 1 >= floor && tokens.get(from - 1).isCapitalized() && tokens.get(from).text().matches(".*['’]s")) {
                    from--;
                }
                return new Range(from, end);
            }
            boolean linking = (lower.equals("of") || lower.equals("for")) && i > floor;
            if (!linking && (!before.isWord() || NOT_A_HEAD.contains(lower) || CueLexicon.strength(lower) != null && !before.isCapitalized())) {
                break;
            }
            from = i;
        }
        // Without a determiner, only a plural or capitalized-modified group ("Russian officials", "analysts"), or a
        // share of people ("22 percent", "nearly half").
        boolean plural = word.lower().endsWith("s") && word.text().length() > 3 || Set.of("percent", "half", "majority", "third").contains(word.lower());
        return plural && from >= floor ? new Range(from, end) : null;
    }

    /**
     * A subject found from its last words, with the noun those words complete: "the deputy head of China's delegation to
     * the forum said" is said by the deputy head, not the forum; "an official familiar with the investigation", "bundlers
     * in both parties" likewise.
     */
    static Range withHeadBefore(List<Token> tokens, Range subject) {
        Range whole = subject;
        while (whole.from() >= 2 && POSTMODIFYING.contains(tokens.get(whole.from() - 1).lower())) {
            Range head = endingAt(tokens, whole.from() - 1, 0);
            if (head == null || head.to() != whole.from() - 1 || PRONOUNS.contains(tokens.get(head.from()).lower())) {
                break;
            }
            whole = new Range(head.from(), whole.to());
        }
        return whole;
    }

    /** The phrase that starts at token {@code start} (after "according to", "citing", a verb's object), or null. */
    static Range startingAt(List<Token> tokens, int start, int ceiling) {
        if (start >= ceiling || isTime(tokens.get(start))) {
            return null;
        }
        Token word = tokens.get(start);
        if (PRONOUNS.contains(word.lower()) || Set.of("him", "her", "them", "us", "me").contains(word.lower())) {
            return new Range(start, start + 1);
        }
        int to = start;
        if (DETERMINERS.contains(word.lower()) || word.text().endsWith("'s") || word.text().endsWith("’s")) {
            to = start + 1;
        }
        int words = 0;
        while (to < ceiling && words < 8) {
            Token next = tokens.get(to);
            String lower = next.lower();
            if (next.isCapitalized() && next.isWord()) {
                to++;
            } else if (NAME_JOINERS.contains(lower) && to > start && joinsAName(tokens, to, ceiling)) {
                to++;
            } else if (next.isWord() && Character.isLetter(next.text().charAt(0)) && !NOT_A_HEAD.contains(lower)
                    && (CueLexicon.strength(lower) == null || DETERMINERS.contains(tokens.get(to - 1).lower()) && to > start) && words < 5) {
                to++;
            } else if ((next.text().endsWith("'s") || next.text().endsWith("’s")) && next.isWord()) {
                to++;
            } else {
                break;
            }
            words++;
        }
        Range range = trimJoiners(tokens, new Range(start, to));
        return range.length() == 0 || range.length() == 1 && DETERMINERS.contains(tokens.get(start).lower()) ? null : range;
    }

    // "Institute for the Study of War": joiners, then a capitalized word, continue a name.
    private static boolean joinsAName(List<Token> tokens, int at, int ceiling) {
        int next = at;
        while (next < ceiling && NAME_JOINERS.contains(tokens.get(next).lower())) {
            next++;
        }
        return next < ceiling && next - at <= 2 && tokens.get(next).isCapitalized() && tokens.get(next).isWord()
                && tokens.get(at - 1).isCapitalized();
    }

    /** Whether the phrase names someone ("Alexander Matsegora", "NK News"), rather than describing them. */
    static boolean isName(List<Token> tokens, Range range) {
        if (range.length() == 1 && PRONOUNS.contains(tokens.get(range.from()).lower())) {
            return false;
        }
        for (int i = range.from(); i < range.to(); i++) {
            Token token = tokens.get(i);
            if (token.isWord() && !token.isCapitalized() && !NAME_JOINERS.contains(token.lower())) {
                return false;
            }
        }
        return tokens.get(range.to() - 1).isCapitalized();
    }

    /** A person's name: two to four capitalized words, no article, no joiner. */
    static boolean isPersonName(List<Token> tokens, Range range) {
        if (range.length() < 2 || range.length() > 4) {
            return false;
        }
        for (int i = range.from(); i < range.to(); i++) {
            Token token = tokens.get(i);
            if (!token.isCapitalized() || !token.isWord() || token.text().length() < 2 && i < range.to() - 1 && !token.text().endsWith(".")) {
                return false;
            }
        }
        return true;
    }

    private static Range trimJoiners(List<Token> tokens, Range range) {
        int from = range.from();
        int to = range.to();
        while (to > from && NAME_JOINERS.contains(tokens.get(to - 1).lower())) {
            to--;
        }
        while (from < to && NAME_JOINERS.contains(tokens.get(from).lower()) && !tokens.get(from).is("the")) {
            from++;
        }
        return new Range(from, to);
    }
}
