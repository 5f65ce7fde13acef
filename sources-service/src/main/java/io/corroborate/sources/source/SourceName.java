package io.corroborate.sources.source;

import java.text.Normalizer;
import java.util.Locale;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import com.ibm.icu.text.SpoofChecker;

/** A name a source goes by (its primary name or an alias), unique across all sources once normalized. */
@Entity
public class SourceName {

    @Id
    public String normalized;

    public UUID sourceId;

    public String display;

    public boolean isPrimary;

    /**
     * The confusable skeleton of the normalized name (Unicode TR39): two names that display alike ("Alexander" with a
     * Cyrillic "А", "rn" for "m") share it, so a look-alike of a taken name is refused as taken.
     */
    public String skeleton;

    private static final SpoofChecker CONFUSABLES = new SpoofChecker.Builder().build();

    public static SourceName of(UUID sourceId, String display, boolean primary) {
        SourceName name = new SourceName();
        name.normalized = normalize(display);
        name.sourceId = sourceId;
        name.display = display;
        name.isPrimary = primary;
        name.skeleton = skeleton(name.normalized);
        return name;
    }

    /** The TR39 skeleton of an already normalized name. */
    public static String skeleton(String normalized) {
        return CONFUSABLES.getSkeleton(normalized);
    }

    /** Lower case, accents and punctuation removed, spaces collapsed, a leading "the" dropped. */
    public static String normalize(String name) {
        String stripped = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String words = stripped.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
        return words.startsWith("the ") ? words.substring(4) : words;
    }
}
