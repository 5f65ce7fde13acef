package io.corroborate.claims.claim;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.corroborate.claims.common.error.ApiException;

/** Topic tags are lower case, with words joined by hyphens, so "Casualty  Figures" and "casualty-figures" match. */
public final class Topics {

    private static final int MAX_TOPICS = 20;
    private static final int MAX_LENGTH = 50;

    private Topics() {
    }

    public static List<String> normalize(String field, List<String> raw) {
        if (raw.size() > MAX_TOPICS) {
            throw ApiException.validation(field, "at most " + MAX_TOPICS + " topics");
        }
        Set<String> topics = new LinkedHashSet<>();
        for (String topic : raw) {
            String normalized = topic == null ? "" : topic.trim().toLowerCase(Locale.ROOT).replaceAll("[\\s_]+", "-");
            if (normalized.isEmpty() || normalized.length() > MAX_LENGTH || !normalized.matches("[\\p{L}\\p{N}-]+")) {
                throw ApiException.validation(field, "a topic is 1 to " + MAX_LENGTH + " letters, digits or hyphens");
            }
            topics.add(normalized);
        }
        return List.copyOf(topics);
    }
}
