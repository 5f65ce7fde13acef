package io.corroborate.claims.intake.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.corroborate.claims.intake.engine.NounPhrases.Range;
import io.corroborate.claims.intake.engine.ProposedAttribution.Mention;

/**
 * The people an article names, and what it calls them, so that "he" and "the ambassador" resolve to the named
 * speaker they refer to: a pronoun to the last person who spoke (or was named), a description to the person the
 * article described that way ("Alexander Matsegora, Russia's ambassador to North Korea", "spokesman Andrii Yusov"),
 * a surname alone to the full name it was first given with. One instance reads one article, in order.
 */
final class Speakers {

    record Resolution(String name, boolean resolved) {
    }

    private static final Set<String> PERSONAL_PRONOUNS = Set.of("he", "she", "him", "her");
    private static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "dr", "president", "ambassador", "gov", "governor", "sen",
            "senator", "rep", "gen", "general", "minister", "spokesman", "spokeswoman", "spokesperson", "secretary", "chancellor",
            "premier", "judge", "justice", "mayor", "prof", "professor", "adm", "admiral", "col", "colonel", "lt", "capt", "sgt",
            "chairman", "chairwoman", "director", "chief", "commander", "leader", "representative", "deputy", "envoy", "analyst");
    private static final Set<String> NOT_IN_A_PERSONS_NAME = Set.of("the", "a", "an", "but", "and", "in", "on", "at", "for", "as", "if",
            "when", "while", "after", "before", "north", "south", "east", "west", "united", "states", "kingdom", "new", "york", "white",
            "house", "korea", "russia", "ukraine", "america", "american", "russian", "ukrainian", "korean", "washington", "times",
            "news", "post", "journal", "gazeta", "party", "ministry", "department", "agency", "institute", "council", "committee",
            "congress", "senate", "republican", "republicans", "democrat", "democrats", "democratic", "national", "federal", "supreme",
            "court", "university", "street", "foreign", "affairs", "defense", "defence", "army", "forces", "military", "intelligence",
            "service", "government", "kremlin", "pentagon", "union", "european", "nations", "press", "daily", "weekly", "monday",
            "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "may", "june",
            "july", "august", "september", "october", "november", "december", "state", "city", "county", "war", "study", "of", "this",
            "that", "these", "those", "his", "her", "their", "its", "it", "he", "she", "they", "we", "i", "there", "here", "what",
            "why", "how", "who", "yes", "no", "not", "gop", "tv", "fbi", "cia", "nato", "un", "eu", "usa", "u.s", "isw");

    private final List<String> people = new ArrayList<>();
    private final Map<String, String> descriptions = new HashMap<>();
    private String lastPersonSpeaker;

    /** Notes the people a sentence names, and the titles and descriptions it gives them. */
    void read(List<Token> tokens) {
        int i = 0;
        while (i < tokens.size()) {
            int from = i;
            while (i < tokens.size() && tokens.get(i).isCapitalized() && tokens.get(i).isWord()) {
                i++;
            }
            if (i > from) {
                person(tokens, from, i);
            } else {
                i++;
            }
        }
    }

    private void person(List<Token> tokens, int from, int to) {
        int start = from;
        while (start < to && (TITLES.contains(tokens.get(start).lower().replace(".", "")) || NOT_IN_A_PERSONS_NAME.contains(tokens.get(start).lower()))) {
            start++;
        }
        if (to - start < 2 || to - start > 4) {
            return;
        }
        for (int k = start; k < to; k++) {
            if (NOT_IN_A_PERSONS_NAME.contains(tokens.get(k).lower())) {
                return;
            }
        }
        String name = join(tokens, start, to);
        people.add(name);
        // "Alexander Matsegora is Russia's ambassador": what a name is said to be describes it.
        if (to + 1 < tokens.size() && (tokens.get(to).is("is") || tokens.get(to).is("was"))) {
            for (int k = to + 1; k < Math.min(tokens.size(), to + 8) && !tokens.get(k).is(",") && !tokens.get(k).is("."); k++) {
                if (tokens.get(k).isWord() && !tokens.get(k).isCapitalized()) {
                    descriptions.put(singular(tokens.get(k).lower()), name);
                }
            }
        }
        // "Russian ambassador Alexander Matsegora", "Ambassador Alexander Matsegora": the words before the name describe it.
        for (int k = Math.max(0, start - 4); k < start; k++) {
            String word = tokens.get(k).lower().replace(".", "");
            if (TITLES.contains(word)) {
                descriptions.put(word, name);
            }
        }
    }

    /** "Alexander Matsegora, Russia's ambassador to North Korea,": the appositive's words describe the subject. */
    void describe(List<Token> tokens, Range subject, Range appositive) {
        String name = join(tokens, subject.from(), subject.to());
        for (int k = appositive.from(); k < appositive.to(); k++) {
            Token token = tokens.get(k);
            if (token.isWord() && !token.isCapitalized()) {
                descriptions.put(singular(token.lower()), name);
            }
        }
    }

    /**
     * Remembers who last spoke, for the pronouns that follow; and who last reported or wrote, for "the report" and
     * "the article" that follow ("Rossiyskaya Gazeta reports …; …, said the report").
     */
    void spoke(Mention origin, List<Token> tokens, Range source, String cue) {
        if (people.contains(origin.name()) || NounPhrases.isPersonName(tokens, source)) {
            lastPersonSpeaker = origin.name();
        }
        String lower = cue.toLowerCase(java.util.Locale.ROOT);
        if (NounPhrases.isName(tokens, source) && (lower.startsWith("report") || lower.startsWith("wr"))) {
            descriptions.put("report", origin.name());
            descriptions.put("article", origin.name());
        }
    }

    /** The name a mention refers to, and whether that took resolving. */
    Resolution resolve(List<Token> tokens, Range range) {
        String asWritten = join(tokens, range.from(), range.to());
        if (range.length() == 1 && PERSONAL_PRONOUNS.contains(tokens.get(range.from()).lower())) {
            String person = lastPersonSpeaker != null ? lastPersonSpeaker : people.isEmpty() ? null : people.get(people.size() - 1);
            return person == null ? new Resolution(asWritten, false) : new Resolution(person, true);
        }
        if (NounPhrases.isName(tokens, range)) {
            if (range.length() == 1) {
                // A surname alone: the full name the article gave first.
                for (String person : people) {
                    if (person.endsWith(" " + asWritten)) {
                        return new Resolution(person, true);
                    }
                }
            }
            return new Resolution(stripArticle(asWritten), false);
        }
        String head = singular(tokens.get(range.to() - 1).lower());
        String described = descriptions.get(head);
        return described == null ? new Resolution(asWritten, false) : new Resolution(described, true);
    }

    // "the Institute for the Study of War" is the Institute; "Gov. Chris Christie" is Chris Christie.
    private static String stripArticle(String name) {
        String stripped = name;
        boolean changed = true;
        while (changed) {
            changed = false;
            int space = stripped.indexOf(' ');
            if (space > 0) {
                String first = stripped.substring(0, space).toLowerCase(java.util.Locale.ROOT).replace(".", "");
                if (first.equals("the") || TITLES.contains(first)) {
                    stripped = stripped.substring(space + 1);
                    changed = true;
                }
            }
        }
        return stripped;
    }

    private static String singular(String word) {
        return word.endsWith("s") && word.length() > 4 && !word.endsWith("ss") ? word.substring(0, word.length() - 1) : word;
    }

    private static String join(List<Token> tokens, int from, int to) {
        StringBuilder name = new StringBuilder();
        for (int k = from; k < to; k++) {
            Token token = tokens.get(k);
            if (k > from && tokens.get(k - 1).end() < token.start()) {
                name.append(' ');
            }
            name.append(token.text());
        }
        return name.toString();
    }
}
