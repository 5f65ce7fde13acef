package io.corroborate.gateway.intake;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("One attribution read in the article, as a claim to record: review it, correct its sources, accept it.")
public record ClaimProposal(
        @NonNull @Description("A statement for the claim, from the content.") String statement,
        @Description("The words in quotation marks, when the content quotes.") String quote,
        @NonNull @Description("What was said, verbatim.") TextRange content,
        @NonNull @Description("Further passages of the same quotation, after its speaker: “C1,” she said. “C2.”") List<@NonNull TextRange> continuation,
        @NonNull @Description("The words that attribute it (said, told, according to, quoted as saying, …).") TextRange cue,
        @NonNull AttributionCue cueKind,
        @Description("Who said it, as the text writes it.") TextRange source,
        @Description("How sure the engine is, from 0 to 1.") double confidence,
        @NonNull @Description("Origin first, then each relay the text names, then the publisher.") List<@NonNull ProposedHop> chain) {
}
