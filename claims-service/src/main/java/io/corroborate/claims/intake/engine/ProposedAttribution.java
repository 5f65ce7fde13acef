package io.corroborate.claims.intake.engine;

import java.util.List;

/**
 * One attribution the engine read: what was said (content), the words that say it was said (cue), who said it as the
 * text puts it (source, absent when the text names no one), the chain from the origin through each relay the
 * sentence names, and how sure the engine is, from 0 to 1. A quotation that goes on after its speaker ("“C1,” she
 * said. “C2.”") has its further passages in {@code continuation}, in reading order.
 */
public record ProposedAttribution(TextSpan cue, CueKind kind, TextSpan source, TextSpan content, List<TextSpan> continuation,
        List<Mention> chain, double confidence) {

    /** How the text attributes: a verb of speech or thought, "according to", or a quotation by a relay ("citing" makes a chain). */
    public enum CueKind {
        SAID, ACCORDING_TO, QUOTED
    }

    /** The hop's role in the chain, as the claims API has it. */
    public enum Role {
        ORIGIN, RELAY
    }

    /**
     * A source as the text mentions it, and the name it resolves to: "he" or "the ambassador" resolves to the named
     * speaker it refers to ({@code resolved} true), a name stays itself.
     */
    public record Mention(TextSpan span, String name, boolean resolved, Role role, String verb) {
    }

    /** What was said, as one text: the content, then each passage of its continuation. */
    public String said() {
        StringBuilder said = new StringBuilder(content.text());
        continuation.forEach(passage -> said.append(' ').append(passage.text()));
        return said.toString();
    }

    /** The same attribution, its quotation going on in {@code passage}. */
    ProposedAttribution continuedIn(TextSpan passage) {
        List<TextSpan> passages = new java.util.ArrayList<>(continuation);
        passages.add(passage);
        return new ProposedAttribution(cue, kind, source, content, List.copyOf(passages), chain, confidence);
    }

    /** The origin's mention: the first hop of the chain (an attribution without a source has no chain). */
    public Mention origin() {
        return chain.get(0);
    }
}
