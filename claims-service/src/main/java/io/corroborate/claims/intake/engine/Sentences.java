package io.corroborate.claims.intake.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Sentence boundaries for news text: a full stop, question or exclamation mark (with any closing quotes or brackets)
 * followed by a space and a capital, a digit or an opening quote, unless the word before the stop is a title or
 * other abbreviation ("Gov.", "Mrs.", "U.S.") or an initial, or a quotation is open; and always at a line's end.
 */
final class Sentences {

    private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "gov", "sen", "rep", "gen", "lt", "col",
            "sgt", "capt", "cmdr", "adm", "maj", "st", "jr", "sr", "prof", "rev", "hon", "pres", "inc", "corp", "ltd", "co", "no",
            "vs", "etc", "jan", "feb", "mar", "apr", "aug", "sept", "sep", "oct", "nov", "dec", "u.s", "u.k", "u.n", "e.g", "i.e",
            "a.m", "p.m", "ft", "mt", "ave", "blvd", "dept", "univ", "assn", "bros", "messrs", "sens", "reps", "govs", "gens");

    private static final java.util.regex.Pattern WORD = java.util.regex.Pattern.compile("\\p{L}[\\p{L}'’-]*");
    /** How far after a quoted question its speaker's verb may come: "… ?” the Wisconsin Republican asked." */
    private static final int MAX_WORDS_TO_SPEAKER = 6;

    private Sentences() {
    }

    static List<TextSpan> of(String text) {
        List<TextSpan> sentences = new ArrayList<>();
        int start = skipSpaces(text, 0);
        int i = start;
        int quoteOpenedAt = -1;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\n') { // a paragraph: news text puts one on a line
                add(text, sentences, start, i);
                start = skipSpaces(text, i);
                i = start;
                quoteOpenedAt = -1;
                continue;
            }
            if (c == '“') {
                quoteOpenedAt = i;
            } else if (c == '”') {
                quoteOpenedAt = -1;
            } else if (c == '"' || c == '\'' && i + 1 < text.length() && text.charAt(i + 1) == '\'') {
                // A straight quotation mark (or two apostrophes) opens after a space and before a word; else it closes.
                int after = i + (c == '\'' ? 2 : 1);
                boolean opening = (i == 0 || isSpace(text.charAt(i - 1)) || "([—".indexOf(text.charAt(i - 1)) >= 0)
                        && after < text.length() && !isSpace(text.charAt(after));
                quoteOpenedAt = opening ? i : -1;
                i = after - 1;
            }
            // Inside a quotation the reader keeps going: its sentences are one content (within reason).
            boolean quoting = quoteOpenedAt >= 0 && i - quoteOpenedAt < 800;
            // A stop right before the closing quotation mark ends the quotation, and maybe the sentence: "… is “simply not true.” Cruz has …"
            boolean closing = i + 1 < text.length() && (text.charAt(i + 1) == '”' || text.charAt(i + 1) == '"'
                    || text.charAt(i + 1) == '\'' && i + 2 < text.length() && text.charAt(i + 2) == '\'');
            if ((c == '.' || c == '?' || c == '!') && (!quoting || closing) && endsHere(text, i)) {
                int end = i + 1;
                while (end < text.length() && "”\"’')]".indexOf(text.charAt(end)) >= 0) {
                    end++;
                }
                add(text, sentences, start, end);
                start = skipSpaces(text, end);
                i = start;
                quoteOpenedAt = -1;
                continue;
            }
            i++;
        }
        add(text, sentences, start, text.length());
        return sentences;
    }

    private static boolean endsHere(String text, int stop) {
        int next = stop + 1;
        while (next < text.length() && "”\"’')]".indexOf(text.charAt(next)) >= 0) {
            next++;
        }
        if (next >= text.length()) {
            return true;
        }
        if (!isSpace(text.charAt(next))) {
            return false;
        }
        int following = skipSpaces(text, next);
        if (following >= text.length()) {
            return true;
        }
        char first = text.charAt(following);
        if (!(Character.isUpperCase(first) || Character.isDigit(first) || "“\"‘('".indexOf(first) >= 0)) {
            return false;
        }
        if (text.charAt(stop) != '.') {
            // "“Can she stay?” Trump asked the crowd.": a quoted question or exclamation whose speaker follows.
            return next == stop + 1 || !speakerFollows(text, following);
        }
        int wordStart = stop;
        while (wordStart > 0 && (Character.isLetter(text.charAt(wordStart - 1)) || text.charAt(wordStart - 1) == '.')) {
            wordStart--;
        }
        String word = text.substring(wordStart, stop).toLowerCase(java.util.Locale.ROOT);
        return !(ABBREVIATIONS.contains(word) || word.length() == 1 && Character.isUpperCase(text.charAt(wordStart)));
    }

    /** Whether a cue verb follows within a few words, before the next stop or quotation mark. */
    private static boolean speakerFollows(String text, int from) {
        java.util.regex.Matcher word = WORD.matcher(text).region(from, Math.min(text.length(), from + 120));
        int checked = from;
        for (int words = 0; words < MAX_WORDS_TO_SPEAKER && word.find(); words++) {
            String between = text.substring(checked, word.start());
            if (between.chars().anyMatch(c -> ".?!“\"".indexOf(c) >= 0)) {
                return false;
            }
            if (Character.isLowerCase(word.group().charAt(0)) && CueLexicon.strength(word.group()) != null) {
                return true;
            }
            checked = word.end();
        }
        return false;
    }

    /** Any space, the no-break space that pasted news text is full of included. */
    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private static int skipSpaces(String text, int from) {
        int i = from;
        while (i < text.length() && isSpace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static void add(String text, List<TextSpan> sentences, int start, int end) {
        int trimmedEnd = end;
        while (trimmedEnd > start && isSpace(text.charAt(trimmedEnd - 1))) {
            trimmedEnd--;
        }
        if (trimmedEnd > start) {
            sentences.add(TextSpan.of(text, start, trimmedEnd));
        }
    }
}
