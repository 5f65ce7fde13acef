package io.corroborate.sources.source;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/** The sources a mention may name, best first. */
@Description("The known sources a mention may name, best first; empty when none resembles it.")
public record MentionMatches(@NonNull String mention, @NonNull List<@NonNull SourceMatch> matches) {
}
