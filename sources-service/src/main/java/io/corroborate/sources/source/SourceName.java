package io.corroborate.sources.source;

import java.text.Normalizer;
import java.util.Locale;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** A name a source goes by (its primary name or an alias), unique across all sources once normalized. */
@Entity
public class SourceName {

    @Id
    public String normalized;

    public UUID sourceId;

    public String display;

    public boolean isPrimary;

    public static SourceName of(UUID sourceId, String display, boolean primary) {
        SourceName name = new SourceName();
        name.normalized = normalize(display);
        name.sourceId = sourceId;
        name.display = display;
        name.isPrimary = primary;
        return name;
    }

    /** Lower case, accents and punctuation removed, spaces collapsed, a leading "the" dropped. */
    public static String normalize(String name) {
        String stripped = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String words = stripped.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
        return words.startsWith("the ") ? words.substring(4) : words;
    }
}
