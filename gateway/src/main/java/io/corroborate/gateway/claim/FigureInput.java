package io.corroborate.gateway.claim;

import java.math.BigDecimal;

import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("FigureInput")
public record FigureInput(@NonNull String quantity, @NonNull BigDecimal value, @NonNull String unit) {
}
