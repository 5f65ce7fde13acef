package io.corroborate.claims.claim;

import java.math.BigDecimal;

import jakarta.persistence.Embeddable;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Embeddable
@Description("A number stated by a claim, for example quantity \"killed\", value 1000, unit \"persons\".")
public class Figure {

    @NonNull
    public String quantity;

    @NonNull
    public BigDecimal value;

    @NonNull
    public String unit;
}
