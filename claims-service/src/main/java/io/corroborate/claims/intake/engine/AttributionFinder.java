package io.corroborate.claims.intake.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.corroborate.claims.intake.engine.NounPhrases.Range;
import io.corroborate.claims.intake.engine.ProposedAttribution.CueKind;
import io.corroborate.claims.intake.engine.ProposedAttribution.Mention;
import io.corroborate.claims.intake.engine.ProposedAttribution.Role;

/**
 * Reads the attributions of an article, sentence by sentence, with rules a reader of news would state:
 * <ul>
 * <li>"according to X(, who spoke to Y | , citing Y), C" and "C, according to X";</li>
 * <li>"Y quoted X as saying C" and "X was quoted (by Y) as saying C";</li>
 * <li>"X said (that) C", "X told Y (that) C", with any appositive between subject and verb skipped;</li>
 * <li>"C, X said." and "“C,” said X." (the speaker after the content);</li>
 * <li>"Y reported, citing X, that C": X is the origin and Y its relay;</li>
 * <li>"“C1,” she said. “C2.”": one attribution, its quotation going on in the next sentences ({@code continuation});</li>
 * <li>"X said C1, adding that C2": the participle is the same speaker's; "X endorsed Y": a verb of stance and its
 * object; "X is expected to C": held by no one named.</li>
 * </ul>
 * A cue inside quotation marks is the quoted speaker's own word, not a new attribution.
 * Pronouns and descriptions ("he", "the ambassador") resolve to the named person they refer to ({@link Speakers}).
 * Stateless and thread-safe; about 1 ms per article.
 */
public final class AttributionFinder {

    private static final Set<String> SPEECH_GERUNDS = Set.of("saying", "telling", "writing", "stating", "adding", "warning", "claiming");
    private static final Set<String> LEADING_LINKS = Set.of("but", "and", "yet", "so", "still", "however", ",", "also", "meanwhile", "now");
    private static final Set<String> OBJECT_OF_TELL = Set.of("told", "tell", "tells", "telling", "warned", "assured", "informed", "reminded");
    private static final Set<String> QUESTION_OPENERS = Set.of("about", "whether", "if", "what", "who", "why", "how", "when",
            "where", "which", "to");
    private static final Set<String> PREPOSITIONS = Set.of("in", "on", "at", "during", "via", "through", "over", "from", "after",
            "before", "last", "this", "earlier", "late", "early", "while", "when", "to", "with");
    private static final Set<String> NOT_PARTICIPLES = Set.of("during", "including", "according", "nothing", "something", "anything",
            "everything", "morning", "evening", "building", "funding", "spending", "polling", "meeting", "hearing", "ruling",
            "briefing", "bombing", "shooting", "warning", "thing", "things", "feeling", "wedding", "housing", "training");
    private static final Set<String> BE_FORMS = Set.of("is", "are", "was", "were", "be", "been");
    private static final Set<String> CLAUSE_ENDS = Set.of(",", ";", ":", "—", "–");
    private static final Set<String> COORDINATORS = Set.of("and", "but", "or");
    private static final Set<String> MEDIUM_PREPOSITIONS = Set.of("in", "on", "via", "during", "through");
    private static final Set<String> MEDIA = Set.of("statement", "interview", "email", "e-mail", "letter", "tweet", "post", "speech",
            "op-ed", "video", "message", "memo", "release", "call", "broadcast", "twitter", "facebook", "instagram", "blog", "radio",
            "television", "tv", "column", "editorial", "essay", "book", "filing", "report", "remarks", "podcast", "appearance", "briefing");
    /** After a comma, words that open a clause of the writer's, not the speaker's: "…, but should he win", "…, as was the case". */
    private static final Set<String> CLAUSE_AFTER_CONTENT = Set.of("but", "while", "whereas", "although", "though", "as", "after");
    /** Verbs that raise their subject out of what is expected or seems: "X is expected to …", "X seemed to …". */
    private static final Set<String> RAISING = Set.of("expected", "seem", "seems", "seemed", "appear", "appears", "appeared");
    /** Past forms that take a that-clause without ending in -ed: "he felt that", "she understood that". */
    private static final Set<String> IRREGULAR_PAST = Set.of("thought", "knew", "felt", "held", "meant", "understood", "saw", "heard",
            "swore", "forgot", "taught", "made", "wrote", "read", "foresaw", "bet", "dreamt", "dreamed");
    /** Words that end like verbs but are not, before a that-clause: "so", "is", "days that", "news that". */
    private static final Set<String> NOT_VERBS = Set.of("is", "was", "has", "does", "this", "less", "unless", "news", "days", "times",
            "years", "months", "weeks", "hours", "things", "ways", "reasons", "facts", "fears", "hopes", "odds", "signs", "claims",
            "reports", "perhaps", "always", "sometimes", "towards", "besides", "regardless", "nevertheless", "needed", "indeed",
            "proceeds", "ensured", "assured", "supposed", "designed", "based", "concerned", "pleased", "relieved", "surprised",
            "convinced", "aware", "worried", "scared", "allowed", "ruled");
    private static final Set<String> DETERMINERS_BEFORE_NOUN = Set.of("the", "a", "an", "his", "her", "its", "their", "our", "my",
            "your", "this", "these", "those", "such", "any", "no", "every", "each");
    /** Words that open a clause fronted before the subject: "When asked, …", "In June, …". */
    private static final Set<String> FRONTED = Set.of("as", "before", "after", "when", "while", "since", "although", "though", "if",
            "in", "on", "at", "during", "despite", "with", "without", "speaking", "asked", "for", "from", "following", "like", "unlike",
            "once", "until", "by", "earlier", "later", "last", "this", "then", "instead", "still", "yet", "meanwhile", "now");
    private static final Set<String> VERBS_TO_RELAY = Set.of("spoke", "talked", "told", "said");
    /** The forms of "be", with "being" and "get", before a participle: "has been attacked", "got praised". */
    private static final Set<String> PASSIVE_AUXILIARIES = java.util.stream.Stream.concat(BE_FORMS.stream(),
            java.util.stream.Stream.of("being", "get", "gets", "got")).collect(java.util.stream.Collectors.toUnmodifiableSet());
    private static final Set<String> ADVERBS_IN_PASSIVE = Set.of("also", "not", "never", "first", "often", "widely", "long", "since");
    private static final Set<String> PRONOUN_CONTRACTIONS = Set.of("he's", "she's", "it's", "that's", "who's", "there's", "what's",
            "where's", "here's", "let's");
    /** How many sentences without quotation marks a quotation left open may take before it is taken as unclosed. */
    private static final int MAX_OPEN_SENTENCES = 3;
    /** How long an aside between a cue and the rest of its quotation may be: "said in March, “…”". */
    private static final int MAX_ASIDE_TOKENS = 6;
    private static final Set<String> NEGATIONS = Set.of("not", "never");
    /** A record is rarely named, so add() takes 0.2 off as for an unnamed speaker; on the train split they were right about seven times in ten. */
    private static final double EVIDENCE_CONFIDENCE = 0.8;
    /**
     * A verb that is not one of saying, before a content not in quotation marks ("Cruz argued the plan fails"), was right
     * about half the time on the train split (a verb of saying there: two times in three; anything quoted: four in five).
     * Lowered by this, it stays above the default threshold only with a named speaker (train triple precision 68.0 →
     * 69.8 %, triple F1 47.1 → 45.3).
     */
    private static final double LESSER_CUE_UNQUOTED_PENALTY = 0.2;
    /** Verbs by which a record states something, and the records: "the poll found", "FEC filings show". */
    private static final Set<String> EVIDENCE_VERBS = Set.of("show", "shows", "showed", "found", "finds", "find");
    private static final Set<String> EVIDENCE = Set.of("poll", "polls", "polling", "survey", "surveys", "study", "studies", "report",
            "reports", "filings", "filing", "statistics", "records", "record", "data", "results", "files", "emails", "documents",
            "analysis", "research", "figures", "numbers", "video", "footage", "audit", "investigation", "review", "estimates",
            "census", "tally", "count", "returns", "disclosures", "transcripts", "memo");
    private static final Set<String> AUXILIARIES = Set.of("did", "does", "do", "would", "will", "could", "can", "has", "have", "had",
            "is", "are", "was", "were", "should", "may", "might");

    /** The attributions of the text, in reading order, each with its chain (origin first). */
    public List<ProposedAttribution> find(String text) {
        Speakers speakers = new Speakers();
        List<ProposedAttribution> found = new ArrayList<>();
        int quoting = -1; // the attribution whose quotation the next sentence may go on with, by its index in found
        int open = 0; // while that quotation is left open: how many more sentences without quotation marks it may take
        for (TextSpan sentence : Sentences.of(text)) {
            List<Token> tokens = Token.of(text, sentence.start(), sentence.end());
            speakers.read(tokens);
            List<ProposedAttribution> read = new SentenceReading(text, tokens, speakers).attributions();
            boolean unmarked = quoteMarks(tokens).isEmpty();
            boolean goesOn = isWholeQuotation(tokens) || opensLeftOpen(tokens) || open > 0 && (unmarked || closesAtEnd(tokens));
            if (quoting >= 0 && goesOn) {
                // "“C1,” Devine said. “C2. C3.”": the speaker's quotation goes on through every following sentence in
                // quotation marks, across paragraphs too (what is said inside it stays part of it). A quotation left
                // open takes a few sentences at most: an unclosed mark must not take the rest of the article.
                found.set(quoting, found.get(quoting).continuedIn(sentence));
                open = opensLeftOpen(tokens) ? MAX_OPEN_SENTENCES : open > 0 && unmarked ? open - 1 : 0;
                continue;
            }
            found.addAll(read);
            quoting = lastQuoting(read, found.size());
            open = 0;
        }
        return found;
    }

    /**
     * The index in found of the sentence's last attribution whose content is a quotation, or -1: "“C1,” Hughes said,
     * pointing out where the store used to be. “C2.”" goes on with Hughes's quotation, not with what she pointed out.
     */
    private static int lastQuoting(List<ProposedAttribution> read, int foundSize) {
        for (int i = read.size() - 1; i >= 0; i--) {
            if (quotes(read.get(i))) {
                return foundSize - read.size() + i;
            }
        }
        return -1;
    }

    /** A sentence that opens a quotation at its first word and does not close it: “C2. C3.” goes on in the next. */
    private static boolean opensLeftOpen(List<Token> tokens) {
        return tokens.size() >= 3 && !tokens.get(0).is("”") && quoteMarks(tokens).equals(List.of(0));
    }

    /** A sentence whose only quotation mark closes it: the end of a quotation opened sentences before. */
    private static boolean closesAtEnd(List<Token> tokens) {
        List<Integer> marks = quoteMarks(tokens);
        if (marks.size() != 1) {
            return false;
        }
        for (int i = marks.get(0) + 1; i < tokens.size(); i++) {
            if (tokens.get(i).isWord()) {
                return false;
            }
        }
        return true;
    }

    /**
     * Positions of the sentence's double quotation marks: “, ”, " and two straight single ones ('') as NYT
     * writes them. Single marks are left out: ’ is as often an apostrophe.
     */
    private static List<Integer> quoteMarks(List<Token> tokens) {
        List<Integer> marks = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (token.is("“") || token.is("”") || token.is("\"")) {
                marks.add(i);
            } else if (token.is("'") && i + 1 < tokens.size() && tokens.get(i + 1).is("'") && token.end() == tokens.get(i + 1).start()) {
                marks.add(i++);
            }
        }
        return marks;
    }

    /** A sentence in quotation marks from its first word to its last, with no speaker of its own. */
    private static boolean isWholeQuotation(List<Token> tokens) {
        if (tokens.size() < 3 || !tokens.get(0).isOpeningQuote() || tokens.get(0).text().equals("‘")) {
            return false;
        }
        int last = tokens.size() - 1;
        while (last > 0 && !tokens.get(last).isWord() && !tokens.get(last).isClosingQuote()) {
            last--;
        }
        if (!tokens.get(last).isClosingQuote()) {
            return false;
        }
        if (tokens.get(last).is("'") && tokens.get(last - 1).is("'")) {
            last--; // NYT's closing ''
        }
        for (int i = 1; i < last; i++) {
            Token token = tokens.get(i);
            boolean attached = tokens.get(i - 1).end() == token.start();
            boolean straightClosing = attached && (token.is("\"") || token.is("'") && tokens.get(i + 1).is("'"));
            if (token.is("”") || straightClosing) {
                return false; // a quotation closes and the sentence goes on: “C2,” he added, “C3.”
            }
        }
        return true;
    }

    /** Whether what was said is a quotation, which a following sentence in quotation marks may continue. */
    private static boolean quotes(ProposedAttribution attribution) {
        String content = attribution.content().text();
        return !content.isEmpty() && "“\"'".indexOf(content.charAt(0)) >= 0;
    }

    /** An attribution read in a sentence, with its token ranges, before the sentence's attributions are chosen. */
    private record Candidate(Range cue, Range source, Range content, ProposedAttribution attribution) {

        /** Whether the other's cue and source are inside this one's content: its speaker is this one's source's source. */
        boolean contains(Candidate other) {
            return content.from() <= other.cue.from() && other.cue.to() <= content.to() && other.source != null
                    && content.from() <= other.source.from() && other.source.to() <= content.to();
        }

        /** This attribution, with the nested one's speaker as the origin and this one's chain after it as relays. */
        Candidate relaying(Candidate inner) {
            List<Mention> chain = new ArrayList<>(inner.attribution.chain());
            for (Mention mention : attribution.chain()) {
                chain.add(new Mention(mention.span(), mention.name(), mention.resolved(), Role.RELAY,
                        mention.verb() != null ? mention.verb() : attribution.kind() == CueKind.ACCORDING_TO ? "CITED" : "REPORTED"));
            }
            ProposedAttribution relayed = new ProposedAttribution(inner.attribution.cue(), inner.attribution.kind(), inner.attribution.source(),
                    inner.attribution.content(), List.of(), List.copyOf(chain), inner.attribution.confidence());
            return new Candidate(inner.cue, inner.source, inner.content, relayed);
        }

        boolean conflictsWith(Candidate other) {
            return overlaps(cue, other.cue)
                    || overlaps(content, other.cue) && !contains(other)
                    || overlaps(content, other.source) && !contains(other) || overlaps(other.content, cue) || overlaps(other.content, source);
        }

        private static boolean overlaps(Range a, Range b) {
            return a != null && b != null && a.from() < b.to() && b.from() < a.to();
        }
    }

    /** One sentence's tokens and what has been read of them. */
    private static final class SentenceReading {

        private final String text;
        private final List<Token> tokens;
        private final Speakers speakers;
        private final boolean[] used;
        private final boolean[] quoted;
        private final List<Candidate> candidates = new ArrayList<>();

        SentenceReading(String text, List<Token> tokens, Speakers speakers) {
            this.text = text;
            this.tokens = tokens;
            this.speakers = speakers;
            this.used = new boolean[tokens.size()];
            this.quoted = quotedWords(tokens);
        }

        /** Which tokens stand inside quotation marks: the speaker's own words, where "I have said" is no new attribution. */
        private static boolean[] quotedWords(List<Token> tokens) {
            boolean[] inside = new boolean[tokens.size()];
            boolean open = false;
            for (int i = 0; i < tokens.size(); i++) {
                Token token = tokens.get(i);
                boolean attachedBefore = i > 0 && tokens.get(i - 1).end() == token.start();
                if (token.is("“") || token.is("\"") && !attachedBefore && !open) {
                    open = true;
                } else if (token.is("”") || token.is("\"") && open) {
                    open = false;
                } else {
                    inside[i] = open;
                }
            }
            return inside;
        }

        List<ProposedAttribution> attributions() {
            for (int i = 0; i + 1 < tokens.size(); i++) {
                if (tokens.get(i).is("according") && tokens.get(i + 1).is("to") && !used[i] && !quoted[i]) {
                    accordingTo(i);
                }
            }
            for (int i = 0; i < tokens.size(); i++) {
                if (tokens.get(i).is("quoted") && !used[i]) {
                    quotedAsSaying(i);
                }
            }
            for (int i = 0; i + 1 < tokens.size(); i++) {
                if (tokens.get(i).is("asked") && !used[i]) {
                    askedWithoutAsker(i);
                }
            }
            for (int i = 1; i + 2 < tokens.size(); i++) {
                if (RAISING.contains(tokens.get(i).lower()) && tokens.get(i + 1).is("to") && !used[i] && !quoted[i]) {
                    raising(i);
                }
            }
            // A cue inside quotation marks is the quoted speaker's own word ("“Everything that I have said,” the judge
            // exclaimed"), not a new attribution.
            for (int i = 0; i < tokens.size(); i++) {
                Token word = tokens.get(i);
                if (!used[i] && !quoted[i] && CueLexicon.strength(word.text()) != null && !word.is("citing") && !word.isCapitalized()
                        && !isPassive(i) && !afterPossessive(i)) {
                    if (word.lower().endsWith("ing") && i > 0 && tokens.get(i - 1).is(",")) {
                        gerund(i);
                    } else {
                        speechVerb(i);
                    }
                }
            }
            for (int i = 1; i + 3 < tokens.size(); i++) {
                if (EVIDENCE_VERBS.contains(tokens.get(i).lower()) && !used[i] && !quoted[i]) {
                    evidence(i);
                }
            }
            for (int i = 2; i + 3 < tokens.size(); i++) {
                if (tokens.get(i).is("that") && !used[i - 1] && !used[i] && !quoted[i]) {
                    thatClause(i - 1);
                }
            }
            return outermost();
        }

        // "A CNN/ORC poll showed Trump leading", "The FEC filings show that …": a record speaks for whoever made it.
        private void evidence(int at) {
            int end = at;
            while (end > 0 && (NounPhrases.isTime(tokens.get(end - 1)) || tokens.get(end - 1).is("this") || tokens.get(end - 1).is("last"))) {
                end--; // "A Quinnipiac poll this month found"
            }
            Range subject = end == at ? subjectBefore(at) : NounPhrases.endingAt(tokens, end, contentStart());
            if (subject == null || overlapsUsed(subject) || !namesEvidence(subject)) {
                return;
            }
            Range content = new Range(at + 1, endBeforeTrailingAttribution(at + 1));
            if (wordsIn(content) < 3) {
                return;
            }
            add(new Range(at, at + 1), CueKind.SAID, new Range(subject.from(), end), content, List.of(mention(subject, Role.ORIGIN, null)),
                    EVIDENCE_CONFIDENCE);
        }

        private boolean namesEvidence(Range subject) {
            for (int i = subject.from(); i < subject.to(); i++) {
                if (EVIDENCE.contains(tokens.get(i).lower())) {
                    return true;
                }
            }
            return false;
        }

        /** A cue of the lexicon that is not a verb of saying: "argued", "called", "believes". */
        private boolean isLesserCue(Range cue) {
            boolean lesser = false;
            for (int i = cue.from(); i < cue.to(); i++) {
                CueLexicon.Strength strength = CueLexicon.strength(tokens.get(i).text());
                if (strength == CueLexicon.Strength.STRONG) {
                    return false;
                }
                lesser |= strength != null;
            }
            return lesser;
        }

        /** "Rubio has been attacked", "All were confirmed": the subject is not who spoke. */
        private boolean isPassive(int cue) {
            int before = cue - 1;
            while (before >= 0 && (tokens.get(before).lower().endsWith("ly") || ADVERBS_IN_PASSIVE.contains(tokens.get(before).lower()))) {
                before--;
            }
            return before >= 0 && PASSIVE_AUXILIARIES.contains(tokens.get(before).lower()) && !tokens.get(cue).lower().endsWith("ing");
        }

        /** "Clinton's claim", "Mr. Hannity's show": after a possessive the word is a noun (but "he's said" is a verb). */
        private boolean afterPossessive(int cue) {
            if (cue == 0) {
                return false;
            }
            String before = tokens.get(cue - 1).lower();
            return (before.endsWith("'s") || before.endsWith("’s")) && !PRONOUN_CONTRACTIONS.contains(before.replace('’', '\''));
        }

        // "Obama insinuated that C": a verb the lexicon lacks, after a named speaker, before a that-clause.
        private void thatClause(int verb) {
            Token word = tokens.get(verb);
            String lower = word.lower();
            boolean verbLike = !word.isCapitalized() && word.isWord() && !NOT_VERBS.contains(lower)
                    && (lower.length() > 4 && (lower.endsWith("ed") || lower.endsWith("s") && !lower.endsWith("ss")) || IRREGULAR_PAST.contains(lower));
            String next = tokens.get(verb + 2).lower();
            boolean relative = next.endsWith("ed") || CueLexicon.BETWEEN_SUBJECT_AND_CUE.contains(next); // "forces that crossed"
            if (!verbLike || relative || CueLexicon.strength(lower) != null || DETERMINERS_BEFORE_NOUN.contains(tokens.get(verb - 1).lower())) {
                return;
            }
            Range subject = subjectBefore(verb);
            if (subject == null || overlapsUsed(subject) || !NounPhrases.isName(tokens, subject)
                    && !NounPhrases.PRONOUNS.contains(tokens.get(subject.from()).lower())) {
                return;
            }
            Range content = new Range(verb + 1, endBeforeTrailingAttribution(verb + 1));
            if (wordsIn(content) < 4) {
                return;
            }
            add(new Range(verb, verb + 1), CueKind.SAID, withAppositive(subject, verb), content, List.of(mention(subject, Role.ORIGIN, null)), 0.5);
        }

        /**
         * Each word belongs to at most one attribution: a cue inside another attribution's content ("Obama said he
         * expected that Americans will say no") is part of what was said, not a new attribution. The longest contents
         * are kept first.
         */
        private List<ProposedAttribution> outermost() {
            List<Candidate> kept = new ArrayList<>();
            candidates.stream()
                    .sorted(java.util.Comparator.comparingInt((Candidate candidate) -> candidate.content().length()).reversed())
                    .forEach(candidate -> {
                        Candidate relayed = candidate;
                        for (Candidate outer : kept) {
                            if (outer.contains(candidate) && candidate.source() != null) {
                                relayed = outer.relaying(relayed); // "C, the ambassador said, according to ISW"
                            } else if (outer.conflictsWith(candidate)) {
                                return;
                            }
                        }
                        kept.add(relayed);
                    });
            kept.sort(java.util.Comparator.comparingInt(candidate -> candidate.cue().from()));
            List<ProposedAttribution> attributions = new ArrayList<>();
            for (Candidate candidate : kept) {
                if (candidate.source() != null) {
                    speakers.spoke(candidate.attribution().origin(), tokens, candidate.source(), candidate.attribution().cue().text());
                }
                attributions.add(candidate.attribution());
            }
            return attributions;
        }

        // "according to X, C" / "C, according to X" / "according to X, who spoke to Y, C" / "according to X, citing Y, C"
        private void accordingTo(int at) {
            Range source = NounPhrases.startingAt(tokens, at + 2, tokens.size());
            if (source == null) {
                return;
            }
            List<Mention> chain = new ArrayList<>();
            chain.add(mention(source, Role.ORIGIN, null));
            int after = source.to();
            if (after + 2 < tokens.size() && tokens.get(after).is(",")) {
                int next = after + 1;
                if (tokens.get(next).is("who") && next + 1 < tokens.size() && VERBS_TO_RELAY.contains(tokens.get(next + 1).lower())) {
                    int objectAt = next + 2 < tokens.size() && tokens.get(next + 2).is("to") ? next + 3 : next + 2;
                    Range relay = NounPhrases.startingAt(tokens, objectAt, tokens.size());
                    if (relay != null && NounPhrases.isName(tokens, relay)) {
                        chain.add(mention(relay, Role.RELAY, "REPORTED"));
                        after = relay.to();
                    }
                } else if (tokens.get(next).is("citing")) {
                    Range origin = NounPhrases.startingAt(tokens, next + 1, tokens.size());
                    if (origin != null) {
                        chain.set(0, mention(source, Role.RELAY, "CITED"));
                        chain.add(0, mention(origin, Role.ORIGIN, null));
                        after = origin.to();
                    }
                }
            }
            Range written = source;
            if (after == source.to()) {
                // "according to early results of exit polls conducted for The Associated Press, …": the source as written
                // runs to the clause's end; its name (the chain's mention) is the phrase's head.
                written = new Range(source.from(), clauseEnd(source.to()));
                after = written.to();
            }
            Range content = leadingPosition(at) ? new Range(skipPunctuation(after), contentEnd())
                    : new Range(contentStart(), trimTrailingComma(at));
            add(new Range(at, at + 2), CueKind.ACCORDING_TO, written, content, chain, 0.85);
        }

        // "Y quoted X as saying C" / "X was quoted (by Y) as saying C"
        private void quotedAsSaying(int at) {
            int as = -1;
            for (int i = at + 1; i < Math.min(tokens.size() - 1, at + 30); i++) {
                if (tokens.get(i).is("as") && SPEECH_GERUNDS.contains(tokens.get(i + 1).lower())) {
                    as = i;
                    break;
                }
            }
            if (as < 0) {
                return;
            }
            List<Mention> chain = new ArrayList<>();
            Range origin;
            Range subject;
            boolean passive = at > 0 && BE_FORMS.contains(tokens.get(at - 1).lower());
            if (passive) {
                origin = subjectBefore(at - 1);
                if (origin == null) {
                    return;
                }
                subject = origin;
                chain.add(mention(origin, Role.ORIGIN, null));
                if (tokens.get(at + 1).is("by")) {
                    Range relay = NounPhrases.startingAt(tokens, at + 2, as);
                    if (relay != null) {
                        chain.add(mention(relay, Role.RELAY, "QUOTED"));
                    }
                }
            } else {
                Range relay = subjectBefore(at);
                origin = appositiveName(at + 1, as);
                if (origin == null) {
                    origin = NounPhrases.startingAt(tokens, at + 1, as);
                }
                if (origin == null) {
                    return;
                }
                subject = relay != null ? relay : origin;
                chain.add(mention(origin, Role.ORIGIN, null));
                if (relay != null) {
                    chain.add(mention(relay, Role.RELAY, "QUOTED"));
                }
            }
            int contentFrom = as + 2;
            if (passive && origin.from() > 0 && tokens.get(origin.from() - 1).is(",") && wordsIn(new Range(contentStart(), origin.from())) >= 3) {
                contentFrom = contentStart(); // "North Korea and Russia, he was quoted as saying, share …"
            }
            // The cue is "quoted … as saying" when short, else the verb alone (the words between are the speaker).
            Range cue = as - at <= 3 ? new Range(at, as + 2) : new Range(at, at + 1);
            add(cue, CueKind.QUOTED, passive ? origin : subject, new Range(skipPunctuation(contentFrom), contentEnd()), chain, 0.85);
        }

        // "X said (that) C", "X told Y (that) C", "C, X said", "“C,” said X"
        private void speechVerb(int at) {
            Token cue = tokens.get(at);
            CueLexicon.Strength strength = CueLexicon.strength(cue.text());
            if (at > 0 && Set.of("the", "a", "an", "his", "her", "its", "their", "this", "that").contains(tokens.get(at - 1).lower())) {
                return; // a noun: "the report", "a claim"
            }
            if (CueLexicon.needsInfinitive(cue.text()) && (at + 1 >= tokens.size() || !tokens.get(at + 1).is("to"))) {
                return; // "Pyongyang declined any payment": an act, not a statement
            }
            Range subject = subjectBefore(at);
            boolean inverted = false;
            if (subject == null && at > 1 && isContentEdge(at - 1)) {
                // "“C,” said X." / "C, said X, an adviser to …": the speaker, with what describes them, after the verb.
                subject = NounPhrases.startingAt(tokens, at + 1, tokens.size());
                inverted = subject != null && !tokens.get(subject.from()).is("that");
                if (inverted && subject.to() + 1 < tokens.size() && tokens.get(subject.to()).is(",")) {
                    subject = new Range(subject.from(), endOfDescription(subject.to()));
                }
                subject = inverted ? subject : null;
            }
            if (subject == null || overlapsUsed(subject)) {
                return;
            }
            if (CueLexicon.isMostlyNoun(cue.text()) && (inverted || !adjacent(subject.to(), at)
                    || !NounPhrases.isName(tokens, subject) && !NounPhrases.PRONOUNS.contains(tokens.get(subject.from()).lower()))) {
                return;
            }
            List<Mention> chain = new ArrayList<>();
            chain.add(mention(subject, Role.ORIGIN, null));
            int after = inverted ? subject.to() : medium(at + 1);
            while (after < tokens.size() && (CueLexicon.BETWEEN_SUBJECT_AND_CUE.contains(tokens.get(after).lower()) || NounPhrases.isTime(tokens.get(after)))) {
                after++;
            }
            if (OBJECT_OF_TELL.contains(cue.lower())) {
                Range object = NounPhrases.startingAt(tokens, after, tokens.size());
                if (object != null && !tokens.get(object.from()).is("that")) {
                    if (NounPhrases.isName(tokens, object)) {
                        chain.add(mention(object, Role.RELAY, "REPORTED"));
                    }
                    after = object.to();
                }
            }
            citing(chain, subject);
            Range content;
            // "“C,” Senate minority leader Harry Reid told reporters": the words between the quotation and the name describe him.
            Range written = inverted ? subject : describedAfterContent(subject);
            int beforeSubject = inverted ? at - 1 : written.from() - 1;
            boolean contentAfter = after < tokens.size() - 1 && !endsSentence(after);
            boolean contentBefore = beforeSubject >= 0 && isContentEdge(beforeSubject) && wordsIn(new Range(contentStart(), beforeSubject)) >= 3;
            boolean quotedAfter = contentAfter && tokens.get(skipPunctuation(after) < tokens.size() ? skipPunctuation(after) : after).isOpeningQuote();
            if (contentAfter && contentBefore && PREPOSITIONS.contains(tokens.get(after).lower())) {
                contentAfter = false; // "“C,” Zelensky said in a social media post."
            }
            boolean parenthetical = !inverted && contentBefore && contentAfter && tokens.get(after).is(",");
            boolean quotedBefore = contentBefore && tokens.get(contentStart()).isOpeningQuote() && tokens.get(beforeSubject).isClosingQuote();
            if (CueLexicon.needsQuotation(cue.text()) && !quotedBefore && !quotedAfter && !(after < tokens.size() && tokens.get(after).is(":"))) {
                return; // "continued to climb": no one speaks
            }
            Range continuation = null;
            if (quotedBefore) {
                // "“C1,” Trump said, referring to the debate" / "“C1,” he said, “C2.”": the quotation is what was said.
                content = new Range(contentStart(), beforeSubject + 1);
                int resumed = quotedAfter ? skipPunctuation(after) : quotationAfterAside(after);
                if (resumed >= 0) {
                    continuation = new Range(resumed, contentEnd());
                }
            } else if (parenthetical && !quotedAfter && wordsIn(new Range(skipPunctuation(after), contentEnd())) >= 3) {
                content = new Range(contentStart(), endBeforeTrailingAttribution(after)); // "So generous were they, the ambassador said, that …"
            } else if (contentBefore && (inverted || !contentAfter || !quotedAfter && tokens.get(after).is(","))) {
                content = new Range(contentStart(), beforeSubject + 1);
            } else if (contentAfter) {
                content = new Range(skipPunctuation(after), endBeforeTrailingAttribution(after));
            } else {
                return;
            }
            content = withoutCiting(content);
            boolean infinitive = tokens.get(content.from()).is("to") && content.from() == at + 1; // "declined to comment"
            boolean object = CueLexicon.isStance(cue.text()) && content.from() > at; // "endorsed Cruz"
            if (wordsIn(content) < (object ? 1 : infinitive ? 2 : 3)) {
                return;
            }
            double confidence = 0.55 + strength.weight;
            add(cueAsWritten(at, inverted, content), CueKind.SAID, inverted ? subject : withAppositive(written, at), content,
                    continuation, chain, confidence);
        }

        /**
         * The cue with the words that belong to it, as annotators mark it: a negation before it ("did not respond") and
         * the medium between it and what was said ("said in a statement that …"). A circumstance after a quotation's cue
         * ("“…,” Trump said at a rally in San Diego.") is left out: PolNeAR's annotators include it about half the time.
         */
        private Range cueAsWritten(int at, boolean inverted, Range content) {
            int from = at;
            if (at >= 2 && NEGATIONS.contains(tokens.get(at - 1).lower()) && AUXILIARIES.contains(tokens.get(at - 2).lower())) {
                from = at - 2;
            } else if (at >= 1 && tokens.get(at - 1).lower().endsWith("n't")) {
                from = at - 1;
            }
            int to = at + 1;
            if (!inverted && content.from() > at && medium(at + 1) > at + 1 && medium(at + 1) <= content.from()) {
                to = medium(at + 1);
            }
            return new Range(from, to);
        }

        // "the chief of Kyiv's Center for Countering Disinformation, Andrii Kovalenko, as saying": the name in commas.
        private Range appositiveName(int from, int to) {
            for (int comma = from; comma < to; comma++) {
                if (tokens.get(comma).is(",")) {
                    Range named = NounPhrases.startingAt(tokens, comma + 1, to);
                    if (named != null && NounPhrases.isName(tokens, named) && named.to() < to && tokens.get(named.to()).is(",")) {
                        Range described = new Range(from, comma);
                        speakers.describe(tokens, named, described);
                        return named;
                    }
                }
            }
            return null;
        }

        // "Trump is expected to win", "The senator seemed to waver": an expectation or impression with no one named
        // as holding it. What is held is the subject and the infinitive; the verb stands between them.
        private void raising(int at) {
            int auxiliary = at - 1; // "is expected", "is not expected", "is widely expected"
            while (auxiliary > 0 && (tokens.get(auxiliary).is("not") || tokens.get(auxiliary).lower().endsWith("ly") && tokens.get(auxiliary).lower().length() > 3)) {
                auxiliary--;
            }
            int cueFrom = auxiliary >= 0 && BE_FORMS.contains(tokens.get(auxiliary).lower()) ? auxiliary : at;
            if (tokens.get(at).lower().startsWith("expected") && cueFrom == at) {
                return; // "as expected to …" or "expected to" as a participle: no raising
            }
            Range subject = subjectBefore(cueFrom);
            if (subject == null || overlapsUsed(subject)) {
                return;
            }
            Range infinitive = new Range(at + 1, endBeforeTrailingAttribution(at + 1));
            if (wordsIn(infinitive) < 2) {
                return;
            }
            add(new Range(cueFrom, at + 1), CueKind.SAID, null, subject, infinitive, List.of(), 0.55);
        }

        // "Asked about the wall, he said …" / "…, when asked whether he would run": a question whose asker the text
        // does not name. The attribution has no source, and no chain.
        private void askedWithoutAsker(int at) {
            boolean opens = at == contentStart() || Set.of("when", "after", "before", "once", "if", ",").contains(tokens.get(at - 1).lower());
            if (!opens || !QUESTION_OPENERS.contains(tokens.get(at + 1).lower()) && !tokens.get(at + 1).is("on")) {
                return;
            }
            int end = at + 1;
            while (end < tokens.size() && !tokens.get(end).is(",") && !tokens.get(end).is(".") && !tokens.get(end).is("?")) {
                end++;
            }
            Range content = new Range(tokens.get(at + 1).is("about") ? at + 2 : at + 1, end);
            if (wordsIn(content) >= 2) {
                add(new Range(at, at + 1), CueKind.SAID, null, content, List.of(), 0.55);
            }
        }

        // "Trump hit back, saying (that) C": the sentence's subject says it.
        private void gerund(int at) {
            Candidate before = null;
            for (Candidate candidate : candidates) {
                if (candidate.cue().to() <= at && candidate.source() != null && candidate.attribution().source() != null) {
                    before = candidate;
                }
            }
            if (before != null) {
                // "“C1,” Anderson said, adding that C2": the same speaker goes on.
                Range content = new Range(skipPunctuation(at + 1), endBeforeTrailingAttribution(at + 1));
                if (wordsIn(content) >= 3) {
                    add(new Range(at, at + 1), CueKind.SAID, before.source(), content, before.attribution().chain(),
                            0.55 + CueLexicon.strength(tokens.get(at).text()).weight);
                }
                return;
            }
            int start = afterFrontedAdverbial(contentStart(), at);
            Range subject = NounPhrases.startingAt(tokens, start, at);
            if (subject == null || subject.from() != start || CueLexicon.strength(tokens.get(subject.from()).text()) != null
                    || NounPhrases.isTime(tokens.get(start))) {
                return;
            }
            subject = NounPhrases.nameAtStart(tokens, subject); // "Comey cannot …, saying": the name, not the verb after it
            Range content = new Range(skipPunctuation(at + 1), contentEnd());
            if (wordsIn(content) < 3) {
                return;
            }
            List<Mention> chain = new ArrayList<>();
            chain.add(mention(subject, Role.ORIGIN, null));
            add(new Range(at, at + 1), CueKind.SAID, subject, content, chain, 0.55 + CueLexicon.strength(tokens.get(at).text()).weight);
        }

        /** "Senate minority leader Harry Reid": a description, then a name of two words or more. */
        private boolean endsWithName(Range source) {
            int from = source.to();
            while (from > source.from() && tokens.get(from - 1).isCapitalized() && tokens.get(from - 1).isWord()) {
                from--;
            }
            return from > source.from() && source.to() - from >= 2 && !tokens.get(from - 1).isCapitalized();
        }

        /** The subject with the words before it back to the end of a content ("…,” Senate minority leader Harry Reid"). */
        private Range describedAfterContent(Range subject) {
            for (int from = subject.from() - 1; from > 0 && from >= subject.from() - 5; from--) {
                if (!tokens.get(from).isWord() || NOT_VERBS.contains(tokens.get(from).lower())) {
                    return from < subject.from() - 1 && isContentEdge(from) && tokens.get(from).isClosingQuote()
                            ? new Range(from + 1, subject.to()) : subject;
                }
            }
            return subject;
        }

        /** "While", "In June", "Tuesday", "this past week": words that open a clause or tell a time are nobody. */
        private boolean cannotSpeak(Range source) {
            Token first = tokens.get(source.from());
            return NounPhrases.isTime(first) && source.length() <= 2 || FRONTED.contains(first.lower()) && !first.is("this")
                    || first.is("there") || first.is("likewise") || source.length() <= 3 && tokens.get(source.to() - 1).is("week");
        }

        /** Where the clause that starts at {@code from} ends: at a comma, a semicolon, a colon, a dash or a quotation. */
        private int clauseEnd(int from) {
            int end = from;
            while (end < contentEnd() && end - from < 20 && !CLAUSE_ENDS.contains(tokens.get(end).text())
                    && !tokens.get(end).isOpeningQuote()) {
                end++;
            }
            return end - from < 20 ? end : from;
        }

        /** After "said in a statement", "wrote on Twitter", "said in a recent interview": the medium, which is not what was said. */
        private int medium(int from) {
            if (from >= tokens.size() || !MEDIUM_PREPOSITIONS.contains(tokens.get(from).lower())) {
                return from;
            }
            for (int i = from + 1; i < Math.min(tokens.size(), from + 5); i++) {
                if (MEDIA.contains(tokens.get(i).lower())) {
                    return i + 1;
                }
                if (!tokens.get(i).isWord()) {
                    break;
                }
            }
            return from;
        }

        /** "Before the convention, Williams …", "As reported by X, …": where the clause's subject may start. */
        private int afterFrontedAdverbial(int start, int before) {
            if (!FRONTED.contains(tokens.get(start).lower())) {
                return start;
            }
            for (int i = start + 1; i < before; i++) {
                if (tokens.get(i).is(",")) {
                    return i + 1;
                }
            }
            return start;
        }

        /** "David Autor, a professor of economics at M.I.T., said": the source as written runs up to the verb's comma. */
        private Range withAppositive(Range subject, int cue) {
            int end = cue;
            while (end > subject.to() && CueLexicon.BETWEEN_SUBJECT_AND_CUE.contains(tokens.get(end - 1).lower())) {
                end--;
            }
            int from = subject.from();
            if (from > 1 && tokens.get(from - 1).is(",") && subject.to() < end && tokens.get(subject.to()).is(",")) {
                // "One Republican presidential hopeful, Carly Fiorina, says": the description before the name too.
                Range described = NounPhrases.endingAt(tokens, from - 1, contentStart());
                from = described != null && described.from() == contentStart() ? described.from() : from;
            }
            int to = end - 1 > subject.to() && tokens.get(subject.to()).is(",") && tokens.get(end - 1).is(",") ? end - 1 : subject.to();
            return new Range(from, to);
        }

        // "Y reported, citing X, that C": X is the origin, Y relays it.
        private void citing(List<Mention> chain, Range subject) {
            for (int i = 0; i < tokens.size() - 1; i++) {
                if (tokens.get(i).is("citing") && !used[i]) {
                    Range origin = NounPhrases.startingAt(tokens, i + 1, tokens.size());
                    if (origin != null && !origin.equals(subject)) {
                        Mention relay = chain.remove(0);
                        chain.add(0, new Mention(relay.span(), relay.name(), relay.resolved(), Role.RELAY, "CITED"));
                        chain.add(0, mention(origin, Role.ORIGIN, null));
                        mark(new Range(i, origin.to()));
                        return;
                    }
                }
            }
        }

        /** The content without the citation clause ("citing X,"), at its start or its end. */
        private Range withoutCiting(Range content) {
            if (used[content.from()] && tokens.get(content.from()).is("citing")) {
                int after = content.from();
                while (after < content.to() && used[after]) {
                    after++;
                }
                return new Range(skipPunctuation(after), content.to());
            }
            for (int i = content.from(); i < content.to(); i++) {
                if (tokens.get(i).is("citing") && used[i]) {
                    return new Range(content.from(), trimTrailingComma(i));
                }
            }
            return content;
        }

        /** The subject that ends before the verb at {@code at}, past adverbs and auxiliaries and a comma-bounded appositive. */
        private Range subjectBefore(int at) {
            int end = at;
            while (end > 0 && CueLexicon.BETWEEN_SUBJECT_AND_CUE.contains(tokens.get(end - 1).lower())) {
                end--;
            }
            if (end > 0 && tokens.get(end - 1).is(")")) {
                // "Sen. Rand Paul (R-Ky.) said"
                int open = end - 2;
                while (open > 0 && !tokens.get(open).is("(") && end - open < 8) {
                    open--;
                }
                if (open >= 0 && tokens.get(open).is("(")) {
                    Range named = NounPhrases.endingAt(tokens, open, 0);
                    return named == null ? null : new Range(named.from(), end);
                }
            }
            if (end > 1 && (tokens.get(end - 1).is("and") || tokens.get(end - 1).is("but"))) {
                // "Ms. Conway rejected the idea and said that …": the sentence's subject.
                Range first = NounPhrases.startingAt(tokens, contentStart(), end - 1);
                return first != null && first.from() == contentStart() && CueLexicon.strength(tokens.get(first.from()).text()) == null
                        && (NounPhrases.isName(tokens, first) || NounPhrases.PRONOUNS.contains(tokens.get(first.from()).lower())) ? first : null;
            }
            if (end > 0 && tokens.get(end - 1).is("who")) {
                return new Range(end - 1, end); // ", Beck, who said": the relative pronoun, as annotators mark it
            }
            if (end > 0 && tokens.get(end - 1).is(",")) {
                // "Matsegora, Russia's ambassador to North Korea, said": the subject is before the appositive.
                for (int comma = end - 2; comma > 0 && comma >= end - 14; comma--) {
                    if (tokens.get(comma).is(",")) {
                        // "A Russian newspaper, Rossiyskaya Gazeta, reports": the appositive is the name.
                        Range named = NounPhrases.endingAt(tokens, end - 1, comma + 1);
                        if (named != null && named.from() == comma + 1 && NounPhrases.isName(tokens, named)) {
                            // "Russia's ambassador to North Korea, Alexander Matsegora, said": what comes before describes him.
                            speakers.describe(tokens, named, new Range(contentStart(), comma));
                            return named;
                        }
                        Range subject = NounPhrases.endingAt(tokens, comma, 0);
                        if (subject != null && NounPhrases.isName(tokens, subject)) {
                            speakers.describe(tokens, subject, new Range(comma + 1, end - 1));
                            return subject;
                        }
                        // "A Warren adviser, who spoke on condition of anonymity, said"
                        return subject != null && subject.from() == contentStart() ? subject : null;
                    }
                }
                return null;
            }
            Range subject = NounPhrases.endingAt(tokens, end, 0);
            return subject == null ? null : NounPhrases.withHeadBefore(tokens, subject);
        }

        private Mention mention(Range range, Role role, String verb) {
            TextSpan span = span(range);
            Speakers.Resolution resolution = speakers.resolve(tokens, range);
            return new Mention(span, resolution.name(), resolution.resolved(), role, verb);
        }

        private void add(Range cue, CueKind kind, Range source, Range content, List<Mention> chain, double base) {
            add(cue, kind, source, content, null, chain, base);
        }

        private void add(Range cue, CueKind kind, Range source, Range content, Range continuation, List<Mention> chain, double base) {
            if (content.length() <= 0 || overlapsUsed(cue) || source != null && cannotSpeak(source)) {
                return;
            }
            double confidence = base;
            if (source != null && (NounPhrases.isName(tokens, source) || endsWithName(source))) {
                confidence += 0.1;
            } else if (source != null && !chain.get(0).resolved()) {
                confidence -= 0.2; // "he" or "officials" that the text does not name
            }
            if (tokens.get(content.from()).isOpeningQuote()) {
                confidence += 0.05;
            } else if (kind == CueKind.SAID && isLesserCue(cue)) {
                confidence -= LESSER_CUE_UNQUOTED_PENALTY;
            }
            mark(cue);
            candidates.add(new Candidate(cue, source, content, new ProposedAttribution(span(cue), kind, source == null ? null : span(source), span(content),
                    continuation == null || continuation.length() <= 0 ? List.of() : List.of(span(continuation)), List.copyOf(chain), Math.max(0, Math.min(1, confidence)))));
        }

        /**
         * "…, said the report." or "…, according to ISW." at the end of a sentence attributes what precedes it: a content
         * ends before it.
         */
        private int endBeforeTrailingAttribution(int from) {
            for (int k = from + 2; k < tokens.size(); k++) {
                if (tokens.get(k - 1).is(",") && isParticipleClause(k) && k - 1 > from + 3) {
                    return k - 1; // "…, he said, adding that …": the participle's clause is another attribution or an aside
                }
                boolean dashAside = isDash(k) && !(k + 2 < tokens.size() && COORDINATORS.contains(tokens.get(k + 1).lower())
                        && tokens.get(k + 2).isOpeningQuote()); // "… frontlines” — and “their tactics …”" goes on
                if (k > from + 3 && (tokens.get(k).is(";") || dashAside || tokens.get(k - 1).is(",") && CLAUSE_AFTER_CONTENT.contains(tokens.get(k).lower()))) {
                    return trimTrailingComma(k); // "…; Mrs. Clinton aims …", "… – the ones Comey …", "…, but should he win …"
                }
                if (tokens.get(k - 1).is(",") && COORDINATORS.contains(tokens.get(k).lower()) && k > from + 3 && speaksNext(k + 1)) {
                    return k - 1; // "… is honest, and three-quarters said the same of Sanders": another speaker's clause
                }
                if ((tokens.get(k).is("and") || tokens.get(k).is("but")) && k > from + 3 && opensPredicate(k + 1)) {
                    return trimTrailingComma(k); // "he makes $41,000 a year and questioned how …": the subject's next act
                }
                CueLexicon.Strength strength = CueLexicon.strength(tokens.get(k).text());
                boolean accordingTo = tokens.get(k).is("according") && k + 1 < tokens.size() && tokens.get(k + 1).is("to");
                if ((strength == CueLexicon.Strength.STRONG || accordingTo) && isContentEdge(k - 1)) {
                    int last = k - 1;
                    while (last > from && (tokens.get(last).is(",") || tokens.get(last).isClosingQuote() && tokens.get(last - 1).is(","))) {
                        last--;
                    }
                    return last + 1;
                }
            }
            return contentEnd();
        }

        /** Whether a clause with a subject of a few words and a cue of its own starts here: "three-quarters said", "Trump vowed". */
        private boolean speaksNext(int from) {
            for (int j = from + 1; j < Math.min(tokens.size(), from + 5); j++) {
                Token token = tokens.get(j);
                if (!token.isWord()) {
                    return false;
                }
                if (!token.isCapitalized() && CueLexicon.strength(token.text()) != null) {
                    return true;
                }
            }
            return false;
        }

        /**
         * Where "said X, a pollster who advises Priorities" ends: before a new quotation or a participle's clause
         * (", citing …"), else at the sentence's end.
         */
        private int endOfDescription(int comma) {
            for (int k = comma + 1; k < contentEnd(); k++) {
                if (tokens.get(k).isOpeningQuote() && tokens.get(k - 1).end() < tokens.get(k).start()
                        || tokens.get(k - 1).is(",") && isParticipleClause(k)) {
                    return trimTrailingComma(k);
                }
            }
            return contentEnd();
        }

        private boolean isDash(int at) {
            Token token = tokens.get(at);
            return token.is("—") || token.is("–") || token.is("-") && at > 0 && tokens.get(at - 1).end() < token.start()
                    && at + 1 < tokens.size() && token.end() < tokens.get(at + 1).start();
        }

        /** "questioned …", "later fessed up …", "has only issued …": a second predicate of the same subject. */
        private boolean opensPredicate(int at) {
            int i = at;
            while (i < tokens.size() && (CueLexicon.BETWEEN_SUBJECT_AND_CUE.contains(tokens.get(i).lower()) || tokens.get(i).lower().endsWith("ly"))) {
                i++;
            }
            if (i >= tokens.size() || tokens.get(i).isCapitalized() || !tokens.get(i).isWord()) {
                return false;
            }
            String word = tokens.get(i).lower();
            return word.length() > 4 && word.endsWith("ed") && !NOT_VERBS.contains(word) || IRREGULAR_PAST.contains(word)
                    || CueLexicon.strength(word) != null && !word.endsWith("ing");
        }

        /** "adding", "referring to", "making air quotes": a participle opening a clause, not a noun ending in -ing. */
        private boolean isParticipleClause(int at) {
            String word = tokens.get(at).text();
            return word.length() >= 6 && word.endsWith("ing") && Character.isLowerCase(word.charAt(0)) && !NOT_PARTICIPLES.contains(word);
        }

        private boolean adjacent(int from, int to) {
            for (int i = from; i < to; i++) {
                if (!tokens.get(i).is(",") && !CueLexicon.BETWEEN_SUBJECT_AND_CUE.contains(tokens.get(i).lower())) {
                    return false;
                }
            }
            return true;
        }

        private boolean leadingPosition(int at) {
            for (int i = 0; i < at; i++) {
                if (!LEADING_LINKS.contains(tokens.get(i).lower()) && !tokens.get(i).isOpeningQuote()) {
                    return false;
                }
            }
            return true;
        }

        private boolean isContentEdge(int index) {
            int i = index;
            while (i > 0 && tokens.get(i).isClosingQuote()) {
                i--;
            }
            Token token = tokens.get(i);
            return token.is(",") || i < index && (token.is("?") || token.is("!") || token.is("—"));
        }

        private boolean endsSentence(int index) {
            for (int i = index; i < tokens.size(); i++) {
                Token token = tokens.get(i);
                if (token.isWord()) {
                    return false;
                }
            }
            return true;
        }

        private int contentStart() {
            int from = 0;
            while (from < tokens.size() && LEADING_LINKS.contains(tokens.get(from).lower()) && !tokens.get(from).is(",")) {
                from++;
            }
            return from;
        }

        private int contentEnd() {
            int to = tokens.size();
            while (to > 0 && !tokens.get(to - 1).isWord() && !tokens.get(to - 1).isClosingQuote()) {
                to--;
            }
            return to;
        }

        /**
         * Where a quotation resumes after a short aside that follows the cue ("“C1,” Trumka said in March, “C2.”"):
         * the opening mark after a comma within a few words, or -1.
         */
        private int quotationAfterAside(int from) {
            for (int i = from; i < Math.min(tokens.size() - 1, from + MAX_ASIDE_TOKENS); i++) {
                Token token = tokens.get(i);
                if (token.is(",")) {
                    return tokens.get(i + 1).isOpeningQuote() ? i + 1 : -1;
                }
                if (!token.isWord() && !token.is(".")) {
                    return -1;
                }
            }
            return -1;
        }

        private int skipPunctuation(int from) {
            int i = from;
            while (i < tokens.size() && (tokens.get(i).is(",") || tokens.get(i).is(":"))) {
                i++;
            }
            return i;
        }

        private int trimTrailingComma(int to) {
            int end = to;
            while (end > 0 && (tokens.get(end - 1).is(",") || tokens.get(end - 1).is("—"))) {
                end--;
            }
            return end;
        }

        private int wordsIn(Range range) {
            int words = 0;
            for (int i = range.from(); i < range.to(); i++) {
                words += tokens.get(i).isWord() ? 1 : 0;
            }
            return words;
        }

        private boolean overlapsUsed(Range range) {
            for (int i = range.from(); i < range.to(); i++) {
                if (used[i]) {
                    return true;
                }
            }
            return false;
        }

        private void mark(Range range) {
            for (int i = range.from(); i < range.to(); i++) {
                used[i] = true;
            }
        }

        private TextSpan span(Range range) {
            return TextSpan.of(text, tokens.get(range.from()).start(), tokens.get(range.to() - 1).end());
        }
    }
}
