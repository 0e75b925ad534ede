package io.kpikit.json.cli;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import io.kpikit.attribution.Attribution;
import io.kpikit.attribution.ChannelCredit;
import io.kpikit.attribution.PathSet;
import io.kpikit.attribution.RemovalEffect;
import io.kpikit.core.Money;
import io.kpikit.core.Ratio;
import io.kpikit.json.KpiJson;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The output of {@code kpi attribute}: one row per channel, sorted by channel name, and the
 * totals, printed as CSV or as JSON.
 *
 * <p>CSV: the header {@code channel,conversions,value} ({@code ,removal_effect} added for
 * Markov), then one line per channel, lines ending in {@code \n}. Conversions are printed with
 * {@link Double#toString(double)}, which reads back to the same double; values as plain
 * decimals at the currency's scale ({@code 25.00}), exactly as attributed, so they add up to
 * the total value; the removal effect as a double, empty when it is undefined (the paths never
 * convert). A channel name holding a comma, a double quote, CR or LF is quoted with its quotes
 * doubled (RFC 4180).
 *
 * <p>JSON, through {@link KpiJson#mapper()} (so money and ratios have the shapes of the
 * kpi-json README):
 * <pre>{@code
 * {"model": "linear_per_touch",
 *  "totals": {"conversions": 2.0, "nulls": 0.0, "value": {"amount": 30.00, "currency": "CNY"}},
 *  "channels": [{"channel": "A", "conversions": 0.5, "value": {"amount": 5.00, "currency": "CNY"},
 *                "share": {"value": 0.25, "numerator": 0.5, "denominator": 2.0}}, ...]}
 * }</pre>
 * Markov rows add {@code "removalEffect"} (a ratio). An undefined share or removal effect is
 * {@code null} with a reason, never NaN.
 *
 * <p>Channel order is {@link String#compareTo(String)} (UTF-16 code units), so the output does
 * not depend on the order of the input rows.
 *
 * @param model the model name as the core names it, such as {@code markov_order1}
 * @param totals the totals attributed
 * @param channels one row per channel, sorted by name
 * @param withRemovalEffects whether the rows carry removal effects (Markov), so that the CSV
 *     has the {@code removal_effect} column even without rows; not written to JSON
 */
record AttributionTable(String model, Totals totals, List<Row> channels, @JsonIgnore boolean withRemovalEffects) {

    /**
     * The totals of the paths.
     *
     * @param conversions the total conversions
     * @param nulls the total non-converting journeys
     * @param value the total conversion value
     */
    record Totals(double conversions, double nulls, Money value) {
    }

    /**
     * One channel's credit.
     *
     * @param channel the channel name
     * @param conversions the attributed conversions
     * @param value the attributed value, to the minor unit
     * @param share the channel's share of the total conversions
     * @param removalEffect the conversion removal effect (Markov), or null for other models
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Row(String channel, double conversions, Money value, Ratio share, Ratio removalEffect) {
    }

    /**
     * Validates the table.
     *
     * @param model the model name
     * @param totals the totals
     * @param channels the rows
     * @param withRemovalEffects whether the rows carry removal effects
     * @throws NullPointerException if an argument is null
     */
    AttributionTable {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(totals, "totals");
        channels = List.copyOf(channels);
    }

    /**
     * Builds the table from a core attribution.
     *
     * @param attribution the attribution
     * @param paths the paths it was computed from (for the total nulls)
     * @param removalEffects the Markov removal effects, or null for other models
     * @return the table, rows sorted by channel name
     * @throws DataException if a total is not finite (the sum of the input overflowed)
     */
    static AttributionTable of(Attribution attribution, PathSet paths, List<RemovalEffect> removalEffects) {
        Map<String, Ratio> effects = new HashMap<>();
        if (removalEffects != null) {
            removalEffects.forEach(e -> effects.put(e.channel(), e.conversions()));
        }
        List<Row> rows = new ArrayList<>();
        for (ChannelCredit c : attribution.credits()) {
            rows.add(new Row(c.channel(), c.conversions(), c.value(), c.share(),
                    removalEffects == null ? null : effects.get(c.channel())));
        }
        rows.sort(Comparator.comparing(Row::channel));
        finite(attribution.totalConversions(), "total conversions");
        finite(paths.totalNulls(), "total nulls");
        return new AttributionTable(attribution.model(),
                new Totals(attribution.totalConversions(), paths.totalNulls(), attribution.totalValue()), rows,
                removalEffects != null);
    }

    private static void finite(double d, String what) {
        if (!Double.isFinite(d)) {
            throw new DataException(what + " must be finite, was " + d + ": the input's sum overflowed a double", null);
        }
    }

    /**
     * Returns the CSV text.
     *
     * @return the header and one line per channel, each ending in {@code \n}
     */
    String toCsv() {
        boolean markov = withRemovalEffects;
        StringBuilder sb = new StringBuilder("channel,conversions,value");
        sb.append(markov ? ",removal_effect\n" : "\n");
        for (Row r : channels) {
            sb.append(field(r.channel())).append(',').append(r.conversions()).append(',')
                    .append(r.value().amount().toPlainString());
            if (markov) {
                sb.append(',');
                if (r.removalEffect().isDefined()) {
                    sb.append(r.removalEffect().doubleValue());
                }
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    /**
     * Writes the JSON document, indented by two spaces, followed by a line break.
     *
     * @param out where to write
     */
    void writeJson(PrintStream out) {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter pretty = new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                .withObjectIndenter(indenter)
                .withArrayIndenter(indenter);
        try {
            out.print(KpiJson.mapper().writer(pretty).writeValueAsString(this));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the attribution could not be written as JSON", e);
        }
        out.print('\n');
    }

    /** Quotes a CSV field as RFC 4180 says, when it needs it. */
    static String field(String text) {
        boolean quote = text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0
                || text.indexOf('\r') >= 0;
        return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }
}
