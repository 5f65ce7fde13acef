package io.corroborate.gateway.intake;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

import io.corroborate.gateway.claim.BundleInput;

@Input("AcceptProposalsInput")
@Description("Accepted proposals: the article with its claims and chains as a bundle, whose hops (and publisher) may name a"
        + " new source as \"new:<key>\", and those new sources.")
public record AcceptProposalsInput(@NonNull BundleInput bundle, List<@NonNull NewSourceInput> newSources) {
}
