package io.corroborate.gateway.viewer;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("Who the bearer token says you are.")
public record Viewer(@NonNull String username, @NonNull List<@NonNull String> roles,
        @Description("The highest TLP marking you may see.") String clearance) {
}
