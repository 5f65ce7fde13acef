package io.corroborate.gateway.claim;

import java.math.BigDecimal;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Description("A number a claim states, with what it counts and its unit.")
@Input("FigureInput")
public record FigureInput(@NonNull String quantity, @NonNull BigDecimal value, @NonNull String unit) {
}
