package io.corroborate.claims.claim;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import io.corroborate.claims.common.error.ApiException;
import io.corroborate.claims.common.input.Inputs;

/** Turns client input into claim parts, refusing anything that breaks a rule with a VALIDATION error. */
public final class ClaimInputs {

    private static final int MAX_HOPS = 20;
    private static final int MAX_FIGURES = 20;

    private ClaimInputs() {
    }

    public static String statement(String field, String value) {
        return Inputs.text(field, value, Claim.MAX_STATEMENT);
    }

    public static String quote(String field, String value) {
        return Inputs.optionalText(field, value, 4000);
    }

    /** A chain must start with its one origin, which says its channel; every relay says its verb. */
    public static List<AttributionHop> chain(String field, List<AttributionHopInput> hops) {
        if (hops == null || hops.isEmpty()) {
            throw ApiException.validation(field, "needs an ORIGIN hop");
        }
        if (hops.size() > MAX_HOPS) {
            throw ApiException.validation(field, "at most " + MAX_HOPS + " hops");
        }
        long origins = hops.stream().filter(hop -> hop.role() == HopRole.ORIGIN).count();
        if (origins != 1) {
            throw ApiException.validation(field, "needs exactly one ORIGIN hop, found " + origins);
        }
        if (hops.get(0).role() != HopRole.ORIGIN) {
            throw ApiException.validation(field + "[0].role", "the ORIGIN must be the first hop");
        }
        List<AttributionHop> chain = new ArrayList<>(hops.size());
        for (int position = 0; position < hops.size(); position++) {
            AttributionHopInput input = hops.get(position);
            String at = field + "[" + position + "]";
            AttributionHop hop = new AttributionHop();
            hop.position = position;
            hop.sourceId = Inputs.id(at + ".sourceId", input.sourceId());
            if (position == 0) {
                hop.channel = Inputs.required(at + ".channel", input.channel());
                if (input.verb() != null) {
                    throw ApiException.validation(at + ".verb", "the origin has a channel, not a verb");
                }
            } else {
                hop.verb = Inputs.required(at + ".verb", input.verb());
                if (input.channel() != null) {
                    throw ApiException.validation(at + ".channel", "a relay has a verb, not a channel");
                }
            }
            hop.excerpt = Inputs.optionalText(at + ".excerpt", input.excerpt(), 2000);
            hop.date = input.date();
            chain.add(hop);
        }
        requireNoSourceTwiceInARow(field, chain);
        return chain;
    }

    /**
     * A source cannot pass a claim on to itself: two consecutive hops with one source are refused, naming the second.
     * Checked on the ids as given and again once merged ids are resolved to their survivors.
     */
    public static void requireNoSourceTwiceInARow(String field, List<AttributionHop> chain) {
        for (int position = 1; position < chain.size(); position++) {
            if (chain.get(position).sourceId.equals(chain.get(position - 1).sourceId)) {
                throw ApiException.validation(field + "[" + position + "].sourceId",
                        "is the same source as the hop before it (a merged duplicate counts as its survivor)");
            }
        }
    }

    public static List<Figure> figures(String field, List<FigureInput> inputs) {
        if (inputs == null) {
            return new ArrayList<>();
        }
        if (inputs.size() > MAX_FIGURES) {
            throw ApiException.validation(field, "at most " + MAX_FIGURES + " figures");
        }
        List<Figure> figures = new ArrayList<>(inputs.size());
        for (int i = 0; i < inputs.size(); i++) {
            FigureInput input = inputs.get(i);
            String at = field + "[" + i + "]";
            Figure figure = new Figure();
            figure.quantity = Inputs.text(at + ".quantity", input.quantity(), 100).toLowerCase(java.util.Locale.ROOT);
            figure.value = Inputs.required(at + ".value", input.value());
            if (figure.value.abs().compareTo(new BigDecimal("1e15")) >= 0 || figure.value.scale() > 4) {
                throw ApiException.validation(at + ".value", "must be below 10^15 with at most 4 decimals");
            }
            figure.unit = Inputs.text(at + ".unit", input.unit(), 50).toLowerCase(java.util.Locale.ROOT);
            figures.add(figure);
        }
        return figures;
    }
}
