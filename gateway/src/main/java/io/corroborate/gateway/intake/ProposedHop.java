package io.corroborate.gateway.intake;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import io.corroborate.gateway.claim.HopRole;
import io.corroborate.gateway.claim.HopVerb;

@Description("A hop of a proposed chain: the source as the text mentions it, what it resolves to, and the known sources it may be.")
public record ProposedHop(
        @NonNull HopRole role,
        HopVerb verb,
        @Description("The source as written (\"he\", \"the ambassador\", \"ISW\"); null for the publisher.") String mention,
        @NonNull @Description("The name it resolves to: the named speaker a pronoun or description refers to.") String name,
        @Description("Whether the name was resolved from a pronoun, a description or a surname.") boolean resolved,
        @Description("The best known source, when one matches well (score 0.6 or more).") SourceCandidate match,
        @NonNull @Description("Other known sources it may be, best first.") List<@NonNull SourceCandidate> alternatives,
        @Description("A new source to create, when no known source matches.") SuggestedSource suggestedSource) {
}
