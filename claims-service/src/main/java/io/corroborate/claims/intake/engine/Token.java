package io.corroborate.claims.intake.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A word (letters and digits, with inner apostrophes, dots and hyphens) or a single other non-space character. */
record Token(String text, int start, int end) {

    static final Pattern PATTERN = Pattern.compile("\\w+(?:['’.-]\\w+)*|\\S", Pattern.UNICODE_CHARACTER_CLASS);

    static List<Token> of(String text, int from, int to) {
        List<Token> tokens = new ArrayList<>();
        Matcher matcher = PATTERN.matcher(text).region(from, to);
        while (matcher.find()) {
            tokens.add(new Token(matcher.group(), matcher.start(), matcher.end()));
        }
        return tokens;
    }

    boolean isWord() {
        return Character.isLetterOrDigit(text.charAt(0));
    }

    boolean isCapitalized() {
        return Character.isUpperCase(text.charAt(0));
    }

    String lower() {
        return text.toLowerCase(java.util.Locale.ROOT);
    }

    boolean is(String word) {
        return text.equalsIgnoreCase(word);
    }

    boolean isOpeningQuote() {
        return text.equals("“") || text.equals("\"") || text.equals("‘") || text.equals("'");
    }

    boolean isClosingQuote() {
        return text.equals("”") || text.equals("\"") || text.equals("’") || text.equals("'");
    }
}
