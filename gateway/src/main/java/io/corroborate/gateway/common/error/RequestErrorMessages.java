package io.corroborate.gateway.common.error;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * graphql-java's messages for requests refused before any resolver runs dump syntax trees
 * ({@code EnumValue{name='G'}}), echo whole inputs and name Java classes. These turn them into a sentence that names
 * the argument, the variable or the field and the rule, with nothing of the input or the implementation.
 */
final class RequestErrorMessages {

    private static final Pattern ARGUMENT = Pattern.compile("argument '([\\w.\\[\\]]+)'");
    private static final Pattern VARIABLE = Pattern.compile("[Vv]ariable '(\\w+)'");
    private static final Pattern FIELD = Pattern.compile("[Ff]ield '(\\w+)'");
    private static final Pattern EXPECTED = Pattern.compile("is not a valid '(?:Unknown Scalar Type \\[)?(?:[\\w$]+[.$])*(\\w+)\\]?'");
    private static final Pattern INTERNALS = Pattern.compile("\\w+Value\\{|io\\.corroborate|java\\.|Unknown Scalar Type|Exception");
    /** Messages that quote the value a client sent: the value is left out, the type it should have had is kept. */
    private static final Pattern ECHOES_A_VALUE = Pattern.compile("has an invalid value|No value found for name|with value '");
    private static final Pattern ENUM = Pattern.compile("for enum '(\\w+)'");
    private static final int LONGEST = 300;

    private RequestErrorMessages() {
    }

    /** The argument, variable or field the message is about, or null. */
    static String fieldOf(String message) {
        for (Pattern pattern : new Pattern[] { ARGUMENT, VARIABLE, FIELD }) {
            Matcher matcher = pattern.matcher(message == null ? "" : message);
            if (matcher.find()) {
                return matcher.group(1);
            }
        }
        return null;
    }

    /** The message as is when it is plain; otherwise a sentence built from the field and the expected type. */
    static String clean(String message) {
        if (message == null) {
            return "The request is not valid";
        }
        if (!INTERNALS.matcher(message).find() && !ECHOES_A_VALUE.matcher(message).find() && message.length() <= LONGEST) {
            return message;
        }
        String field = fieldOf(message);
        Matcher enumType = ENUM.matcher(message);
        if (enumType.find()) {
            return (field == null ? "A value" : "Variable '" + field + "'") + " holds a name that is not one of " + enumType.group(1)
                    + "'s values (the schema lists them)";
        }
        Matcher expected = EXPECTED.matcher(message);
        String what = field == null ? "A value in the request" : (message.contains("ariable '") ? "Variable '" : "Argument '") + field + "'";
        if (expected.find()) {
            return what + " is not a valid " + expected.group(1)
                    + " (check its type, and the format of every value inside it)";
        }
        return what + " has a value of the wrong type or format";
    }
}
