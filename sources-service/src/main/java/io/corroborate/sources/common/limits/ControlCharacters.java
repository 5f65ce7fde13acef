package io.corroborate.sources.common.limits;

import java.util.List;
import java.util.Map;

/**
 * Text a client may send: no control characters but tab, line feed and carriage return, and no lone surrogates.
 * PostgreSQL refuses NUL in text, and the others corrupt what terminals, logs and exports show.
 */
public final class ControlCharacters {

    static final String RULE = "must not contain control characters (only tab and line breaks are allowed)";

    private ControlCharacters() {
    }

    /** The path of the first string in the value (nested lists and input objects included) that breaks the rule, or null. */
    public static String findIn(String path, Object value) {
        if (value instanceof String text) {
            return isClean(text) ? null : path;
        }
        if (value instanceof Map<?, ?> object) {
            for (Map.Entry<?, ?> entry : object.entrySet()) {
                String found = findIn(path + "." + entry.getKey(), entry.getValue());
                if (found != null) {
                    return found;
                }
            }
        }
        if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                String found = findIn(path + "[" + i + "]", list.get(i));
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    static boolean isClean(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
                return false;
            }
            if (Character.isHighSurrogate(c) && (i + 1 == text.length() || !Character.isLowSurrogate(text.charAt(i + 1)))) {
                return false;
            }
            if (Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(text.charAt(i - 1)))) {
                return false;
            }
        }
        return true;
    }
}
