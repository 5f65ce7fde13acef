package io.corroborate.claims.claim;

import java.math.BigDecimal;

import org.eclipse.microprofile.graphql.NonNull;

public record FigureInput(@NonNull String quantity, @NonNull BigDecimal value, @NonNull String unit) {
}
