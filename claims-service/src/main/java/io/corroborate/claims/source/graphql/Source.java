package io.corroborate.claims.source.graphql;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

import io.smallrye.graphql.api.federation.Key;
import io.smallrye.graphql.api.federation.FieldSet;

/**
 * A source as claims-service knows it: only its id. sources-service owns the entity; this subgraph adds the
 * fields it owns ({@code claims}), as Apollo Federation allows.
 */
@Key(fields = @FieldSet("id"))
@Description("A source (person, outlet, organisation, agency), owned by sources-service.")
public record Source(@NonNull @Id String id) {
}
