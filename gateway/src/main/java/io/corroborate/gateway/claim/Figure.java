package io.corroborate.gateway.claim;

import java.math.BigDecimal;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("A number stated by a claim, for example quantity \"killed\", value 1000, unit \"persons\".")
public record Figure(@NonNull String quantity, @NonNull BigDecimal value, @NonNull String unit) {
}
