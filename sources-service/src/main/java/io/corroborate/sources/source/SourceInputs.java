package io.corroborate.sources.source;

import java.text.Normalizer;
import java.util.Locale;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacterCategory;
import com.ibm.icu.lang.UProperty;

import io.corroborate.sources.common.error.ApiException;
import io.corroborate.sources.common.input.Inputs;

/** Field rules for sources, each failing with a VALIDATION error that names the field. */
public final class SourceInputs {

    private SourceInputs() {
    }

    /**
     * A source's name or alias, in Unicode normal form NFKC (full-width and compatibility forms folded). Invisible and
     * bidirectional control characters are refused: they make a name display like another one.
     */
    public static String name(String field, String value) {
        String name = Normalizer.normalize(Inputs.text(field, value, 300), Normalizer.Form.NFKC);
        if (name.codePoints().anyMatch(SourceInputs::isInvisible)) {
            throw ApiException.validation(field, "must not contain invisible or bidirectional control characters");
        }
        if (SourceName.normalize(name).isEmpty()) {
            throw ApiException.validation(field, "must contain a letter or digit");
        }
        return name;
    }

    private static boolean isInvisible(int codePoint) {
        return UCharacter.hasBinaryProperty(codePoint, UProperty.DEFAULT_IGNORABLE_CODE_POINT)
                || UCharacter.hasBinaryProperty(codePoint, UProperty.BIDI_CONTROL)
                || UCharacter.getType(codePoint) == UCharacterCategory.FORMAT;
    }

    public static String country(String field, String value) {
        String country = Inputs.optionalText(field, value, 2);
        if (country != null && !country.toUpperCase(Locale.ROOT).matches("[A-Z]{2}")) {
            throw ApiException.validation(field, "must be an ISO 3166-1 alpha-2 code such as \"KR\"");
        }
        return country == null ? null : country.toUpperCase(Locale.ROOT);
    }

    public static String homepage(String field, String value) {
        String homepage = Inputs.optionalText(field, value, 2000);
        if (homepage != null && !homepage.matches("(?i)https?://\\S+")) {
            throw ApiException.validation(field, "must be an http or https URL");
        }
        return homepage;
    }

    public static String wikidataId(String field, String value) {
        String id = Inputs.optionalText(field, value, 20);
        if (id != null && !id.matches("Q[0-9]+")) {
            throw ApiException.validation(field, "must be a Wikidata item id such as Q12345");
        }
        return id;
    }
}
