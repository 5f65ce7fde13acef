package io.corroborate.gateway.corroboration;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("The claims contradicting a claim.")
public record Contradiction(
        @NonNull List<@NonNull Report> reports,
        @NonNull @Description("Their origin groups that are independent of every origin supporting the claim.") int independentOrigins) {
}
