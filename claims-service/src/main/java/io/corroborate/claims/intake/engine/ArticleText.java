package io.corroborate.claims.intake.engine;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An article's text as the engine reads it. HTML is reduced to its text: scripts, styles and comments are dropped,
 * block elements end lines, other tags vanish and character references are decoded. Nothing of it is ever rendered,
 * so no markup survives to be interpreted anywhere.
 */
public final class ArticleText {

    private static final Pattern INVISIBLE = Pattern.compile("(?is)<(script|style|noscript|template)\\b.*?</\\1\\s*>|<!--.*?-->");
    private static final Pattern BLOCK = Pattern.compile("(?i)</?(p|div|br|li|ul|ol|h[1-6]|blockquote|section|article|header|footer|tr|table|figure|figcaption)\\b[^>]*>");
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern REFERENCE = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});");
    private static final Map<String, String> NAMED = Map.ofEntries(Map.entry("amp", "&"), Map.entry("lt", "<"), Map.entry("gt", ">"),
            Map.entry("quot", "\""), Map.entry("apos", "'"), Map.entry("nbsp", " "), Map.entry("rsquo", "’"), Map.entry("lsquo", "‘"),
            Map.entry("rdquo", "”"), Map.entry("ldquo", "“"), Map.entry("mdash", "—"), Map.entry("ndash", "–"), Map.entry("hellip", "…"));

    private ArticleText() {
    }

    /** The text of an HTML document or fragment, paragraphs separated by blank lines. */
    public static String fromHtml(String html) {
        String text = INVISIBLE.matcher(html).replaceAll(" ");
        text = BLOCK.matcher(text).replaceAll("\n\n");
        text = TAG.matcher(text).replaceAll("");
        text = decode(text);
        return text.replaceAll("[ \\t\\x0B\\f\\r]+", " ").replaceAll(" ?\\n ?", "\n").replaceAll("\\n{3,}", "\n\n").strip();
    }

    private static String decode(String text) {
        Matcher matcher = REFERENCE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String name = matcher.group(1);
            String replacement;
            if (name.startsWith("#x") || name.startsWith("#X")) {
                replacement = codePoint(Integer.parseInt(name.substring(2), 16));
            } else if (name.startsWith("#")) {
                replacement = codePoint(Integer.parseInt(name.substring(1)));
            } else {
                replacement = NAMED.getOrDefault(name, matcher.group());
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    // A reference to a control character or an invalid code point becomes a space: the text stays printable.
    private static String codePoint(int value) {
        return Character.isValidCodePoint(value) && !Character.isISOControl(value) ? new String(Character.toChars(value)) : " ";
    }
}
