package io.corroborate.sources.source;

import java.util.Locale;

import io.corroborate.sources.common.error.ApiException;
import io.corroborate.sources.common.input.Inputs;

/** Field rules for sources, each failing with a VALIDATION error that names the field. */
public final class SourceInputs {

    private SourceInputs() {
    }

    public static String name(String field, String value) {
        String name = Inputs.text(field, value, 300);
        if (SourceName.normalize(name).isEmpty()) {
            throw ApiException.validation(field, "must contain a letter or digit");
        }
        return name;
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
