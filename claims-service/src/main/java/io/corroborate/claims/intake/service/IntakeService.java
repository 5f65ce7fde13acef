package io.corroborate.claims.intake.service;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.corroborate.claims.article.ArticleUrls;
import io.corroborate.claims.claim.HopRole;
import io.corroborate.claims.claim.HopVerb;
import io.corroborate.claims.common.error.ApiException;
import io.corroborate.claims.common.error.ErrorCode;
import io.corroborate.claims.common.input.Inputs;
import io.corroborate.claims.intake.AttributionCue;
import io.corroborate.claims.intake.ClaimProposal;
import io.corroborate.claims.intake.IntakeFormat;
import io.corroborate.claims.intake.IntakeInput;
import io.corroborate.claims.intake.IntakeProposals;
import io.corroborate.claims.intake.ProposedHop;
import io.corroborate.claims.intake.SourceCandidate;
import io.corroborate.claims.intake.SourceKind;
import io.corroborate.claims.intake.SuggestedSource;
import io.corroborate.claims.intake.TextRange;
import io.corroborate.claims.intake.engine.ArticleText;
import io.corroborate.claims.intake.engine.ProposedAttribution;
import io.corroborate.claims.intake.engine.ProposedAttribution.Mention;
import io.corroborate.claims.intake.engine.TextSpan;
import io.corroborate.claims.source.client.MentionMatches;
import io.corroborate.claims.source.client.NamedSource;
import io.corroborate.claims.source.client.SourcesClient;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;

/**
 * Article intake: reads an article's attributions with the engine (off the event loop: it is CPU work), then asks
 * sources-service once which known sources the chains' mentions may name, among those the caller may see, and
 * proposes each attribution as a claim with its chain, the publisher last. Writes nothing.
 */
@ApplicationScoped
public class IntakeService {

    /** The longest article read, in characters: longer is LIMIT. */
    public static final int MAX_TEXT = 200_000;
    /** A known source is proposed as the match from this score on; below, as an alternative beside a suggested new source. */
    static final double MATCH_SCORE = 0.6;
    private static final int CANDIDATES_PER_MENTION = 3;
    private static final Logger LOG = Logger.getLogger(IntakeService.class);
    private static final Pattern QUOTED = Pattern.compile("[“\"]([^”\"]{3,})[”\"]");

    private final IntakeEngine engine;
    private final SourcesClient sources;

    public IntakeService(IntakeEngine engine, SourcesClient sources) {
        this.engine = engine;
        this.sources = sources;
    }

    public Uni<IntakeProposals> propose(IntakeInput input, String authorization) {
        if (input.text() == null || input.text().isBlank()) {
            throw ApiException.validation("input.text", "must not be empty");
        }
        if (input.text().length() > MAX_TEXT) {
            throw new ApiException(ErrorCode.LIMIT, "input.text: an article may hold at most " + MAX_TEXT + " characters", "input.text");
        }
        ArticleUrls.normalize("input.url", input.url());
        UUID publisherId = Inputs.optionalId("input.publisherSourceId", input.publisherSourceId());
        double threshold = input.threshold() == null ? 0.5 : input.threshold();
        if (threshold < 0 || threshold > 1) {
            throw ApiException.validation("input.threshold", "must be between 0 and 1");
        }
        String text = input.format() == IntakeFormat.HTML ? ArticleText.fromHtml(input.text()) : input.text();
        return Uni.createFrom().item(() -> engine.read(text)).runSubscriptionOn(Infrastructure.getDefaultWorkerPool())
                // A claim needs an origin: an attribution whose asker the text does not name proposes none.
                .map(found -> found.stream().filter(attribution -> attribution.confidence() >= threshold && !attribution.chain().isEmpty())
                        .toList())
                .chain(kept -> known(kept, publisherId, authorization)
                        .map(known -> new IntakeProposals(text, kept.stream().map(attribution -> proposal(attribution, known)).toList())));
    }

    /** What sources-service knows of the mentions and the publisher: one call each, made together. */
    private record Known(Map<String, MentionMatches> byMention, NamedSource publisher) {
    }

    private Uni<Known> known(List<ProposedAttribution> attributions, UUID publisherId, String authorization) {
        Set<String> names = new LinkedHashSet<>();
        attributions.forEach(attribution -> attribution.chain().forEach(mention -> names.add(mention.name())));
        Uni<List<MentionMatches>> matches = names.isEmpty() ? Uni.createFrom().item(List.of())
                : sources.matchSources(List.copyOf(names), CANDIDATES_PER_MENTION, authorization);
        Uni<List<NamedSource>> publisher = publisherId == null ? Uni.createFrom().item(List.of())
                : sources.namedSourcesByIds(List.of(publisherId.toString()), authorization);
        return Uni.combine().all().unis(matches, publisher).asTuple()
                .onFailure().transform(failure -> {
                    LOG.warnf("sources-service did not answer article intake: %s", failure.getMessage());
                    return new ApiException(ErrorCode.UNAVAILABLE, "sources-service cannot be reached to match the article's sources", null);
                })
                .map(answers -> {
                    Map<String, MentionMatches> byMention = new java.util.HashMap<>();
                    List<String> asked = List.copyOf(names);
                    for (int i = 0; i < asked.size() && i < answers.getItem1().size(); i++) {
                        byMention.put(asked.get(i), answers.getItem1().get(i));
                    }
                    NamedSource found = answers.getItem2().isEmpty() ? null : answers.getItem2().get(0);
                    if (publisherId != null && found == null) {
                        throw ApiException.validation("input.publisherSourceId", "no source " + publisherId);
                    }
                    return new Known(byMention, found);
                });
    }

    private static ClaimProposal proposal(ProposedAttribution attribution, Known known) {
        List<ProposedHop> chain = new ArrayList<>();
        for (Mention mention : attribution.chain()) {
            chain.add(hop(mention, known.byMention().get(mention.name())));
        }
        if (known.publisher() != null && chain.stream().noneMatch(hop -> hop.match() != null && hop.match().sourceId().equals(known.publisher().id()))) {
            SourceCandidate publisher = new SourceCandidate(known.publisher().id(), known.publisher().name(), 1.0);
            chain.add(new ProposedHop(HopRole.RELAY, HopVerb.REPORTED, null, known.publisher().name(), false, publisher, List.of(), null));
        }
        String content = attribution.said();
        List<String> quotes = new ArrayList<>();
        Matcher quoted = QUOTED.matcher(content);
        while (quoted.find()) {
            quotes.add(quoted.group(1).strip());
        }
        List<String> passages = new ArrayList<>(List.of(attribution.content().text()));
        attribution.continuation().forEach(passage -> passages.add(passage.text()));
        // Quoted passages joined as quotations are: with an ellipsis where the speaker's tag was left out.
        return new ClaimProposal(statement(passages), quotes.isEmpty() ? null : String.join(" … ", quotes), range(attribution.content()),
                attribution.continuation().stream().map(IntakeService::range).toList(),
                range(attribution.cue()), AttributionCue.valueOf(attribution.kind().name()),
                attribution.source() == null ? null : range(attribution.source()), Math.round(attribution.confidence() * 100) / 100.0,
                chain);
    }

    private static ProposedHop hop(Mention mention, MentionMatches matches) {
        List<SourceCandidate> candidates = matches == null || matches.matches() == null ? List.of()
                : matches.matches().stream().filter(candidate -> candidate.source() != null)
                        .map(candidate -> new SourceCandidate(candidate.source().id(), candidate.source().name(), candidate.score())).toList();
        SourceCandidate best = !candidates.isEmpty() && candidates.get(0).score() >= MATCH_SCORE ? candidates.get(0) : null;
        List<SourceCandidate> alternatives = best == null ? candidates : candidates.subList(1, candidates.size());
        SuggestedSource suggested = best == null ? new SuggestedSource(mention.name(), kindOf(mention.name())) : null;
        HopRole role = mention.role() == ProposedAttribution.Role.ORIGIN ? HopRole.ORIGIN : HopRole.RELAY;
        HopVerb verb = mention.verb() == null ? null : HopVerb.valueOf(mention.verb());
        return new ProposedHop(role, verb, mention.span().text(), mention.name(), mention.resolved(), best, alternatives, suggested);
    }

    /**
     * The passages of one quotation as one statement: "“The front is quiet,”" and "“Nobody has moved.”" become "The front
     * is quiet. Nobody has moved."; a passage that goes on mid-sentence ("“have been destroyed”") joins the one before.
     */
    static String statement(List<String> passages) {
        StringBuilder joined = new StringBuilder();
        for (String passage : passages) {
            String words = passage.replaceAll("[“”\"]", "").strip();
            if (joined.length() > 0 && !words.isEmpty()) {
                String before = joined.toString().replaceAll("[\\s,;:—–-]+$", "");
                joined.setLength(0);
                joined.append(before);
                joined.append(Character.isLowerCase(words.charAt(0)) || before.matches(".*[.!?]$") ? " " : ". ");
            }
            joined.append(words);
        }
        return statement(joined.toString());
    }

    /** "that they “refused the offer,”" becomes "They refused the offer." */
    static String statement(String content) {
        String text = content.replaceAll("\\s+", " ").strip();
        text = text.replaceFirst("^(?i)that\\s+", "");
        text = text.replaceAll("[“”\"]", "").replaceAll("^[‘'\\s]+|[’'\\s]+$", "");
        text = text.replaceAll("[\\s,;:—–-]+$", "");
        if (text.isEmpty()) {
            return content.strip();
        }
        text = Character.toUpperCase(text.charAt(0)) + text.substring(1);
        return text.matches(".*[.!?]$") ? text : text + ".";
    }

    /** A guess from the name's words; the analyst confirms it. */
    static SourceKind kindOf(String name) {
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        if (lower.matches(".*\\b(intelligence|security service)\\b.*")) {
            return SourceKind.INTELLIGENCE_AGENCY;
        }
        if (lower.matches(".*\\b(news|times|post|journal|gazeta|pravda|daily|tribune|herald|tv|radio|press|agency|reuters|bbc|cnn|interfax|tass|yonhap|newspaper|magazine|affairs)\\b.*")) {
            return SourceKind.OUTLET;
        }
        if (lower.matches(".*\\b(ministry|government|department|kremlin|white house|pentagon|army|military|police|embassy|parliament|council of|office)\\b.*")) {
            return SourceKind.GOVERNMENT_BODY;
        }
        if (lower.matches(".*\\b(institute|center|centre|foundation|think tank)\\b.*")) {
            return SourceKind.THINK_TANK;
        }
        if (lower.matches(".*\\b(university|college|professor)\\b.*")) {
            return SourceKind.ACADEMIC;
        }
        return name.matches("\\p{Lu}[\\p{L}.'’-]+( \\p{Lu}[\\p{L}.'’-]+){1,3}") ? SourceKind.PERSON : SourceKind.ORGANIZATION;
    }

    private static TextRange range(TextSpan span) {
        return new TextRange(span.start(), span.end(), span.text());
    }
}
