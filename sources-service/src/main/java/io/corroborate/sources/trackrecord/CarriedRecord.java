package io.corroborate.sources.trackrecord;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("How the claims this source relayed (but did not originate) turned out. Relaying never changes the"
        + " origin's record; this is shown separately.")
public record CarriedRecord(@NonNull int confirmed, @NonNull int refuted, @NonNull int misleading) {
}
