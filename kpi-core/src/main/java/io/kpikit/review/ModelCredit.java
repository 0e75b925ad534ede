package io.kpikit.review;

import io.kpikit.core.Figure;
import io.kpikit.core.Money;
import io.kpikit.core.Ratio;
import java.util.Objects;

/**
 * The credit one model gives one channel: attributed conversions (fractional), value (rounded to
 * the minor unit, parts summing to the total) and share of all conversions.
 *
 * <pre>{@code
 * // last_touch gives SEM 45 of 120 conversions: share 0.375
 * }</pre>
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param model the model name, such as "markov_order1"
 * @param conversions the attributed conversions
 * @param value the attributed value
 * @param share the channel's share of the conversions
 */
public record ModelCredit(String model, Figure conversions, Money value, Ratio share) {

    /**
     * Checks the components and copies the lists.
     *
     * @param model the model name, such as "markov_order1"
     * @param conversions the attributed conversions
     * @param value the attributed value
     * @param share the channel's share of the conversions
     * @throws NullPointerException if a required component is null
     */
    public ModelCredit {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(conversions, "conversions");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(share, "share");
    }
}
