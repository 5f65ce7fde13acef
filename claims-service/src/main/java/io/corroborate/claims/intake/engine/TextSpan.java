package io.corroborate.claims.intake.engine;

/** A stretch of the article's text: character offsets (start inclusive, end exclusive) and the text itself. */
public record TextSpan(int start, int end, String text) {

    static TextSpan of(String text, int start, int end) {
        return new TextSpan(start, end, text.substring(start, end));
    }
}
