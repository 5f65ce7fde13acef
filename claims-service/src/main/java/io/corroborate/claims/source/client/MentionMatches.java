package io.corroborate.claims.source.client;

import java.util.List;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** sources-service's candidates for one mention of a source in an article, best first. */
@RegisterForReflection
public record MentionMatches(String mention, List<Candidate> matches) {

    /** A known source the mention may name, and how closely (1 for its exact name or an alias). */
    @RegisterForReflection
    public record Candidate(double score, NamedSource source) {
    }
}
