package io.corroborate.gateway.source;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("How the claims this source relayed (but did not originate) turned out.")
public record CarriedRecord(@NonNull int confirmed, @NonNull int refuted, @NonNull int misleading) {
}
