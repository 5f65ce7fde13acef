package io.corroborate.gateway.intake;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("The attributed claims proposed for an article; offsets refer to `text`.")
public record IntakeProposals(
        @NonNull @Description("The article's text as read: HTML reduced to text, otherwise as given.") String text,
        @NonNull List<@NonNull ClaimProposal> proposals) {
}
