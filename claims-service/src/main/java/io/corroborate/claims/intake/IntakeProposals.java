package io.corroborate.claims.intake;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/** What the engine read in an article: the text its offsets refer to, and a proposal per attribution. */
@Description("The attributed claims proposed for an article; offsets refer to `text`.")
public record IntakeProposals(
        @NonNull @Description("The article's text as read: HTML reduced to text, otherwise as given.") String text,
        @NonNull List<@NonNull ClaimProposal> proposals) {
}
