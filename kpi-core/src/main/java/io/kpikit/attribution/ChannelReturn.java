package io.kpikit.attribution;

import io.kpikit.core.Money;
import io.kpikit.core.Ratio;
import java.util.Objects;
import java.util.Optional;

/**
 * What a channel's spend returned under one attribution model.
 *
 * <p>{@code roas = attributed value / spend} and
 * {@code costPerConversion = spend / attributed conversions}; each is an undefined
 * {@link Ratio} when its denominator is zero.
 *
 * <pre>{@code
 * // spend CNY 1000.00, attributed 25 conversions worth CNY 4800.00
 * roas.doubleValue();            // 4.8
 * costPerConversionMoney();      // Optional[CNY 40.00]
 * }</pre>
 *
 * @param channel the channel name
 * @param spend the channel's spend
 * @param conversions the attributed conversions
 * @param value the attributed value
 * @param roas attributed value divided by spend
 * @param costPerConversion spend divided by attributed conversions
 */
public record ChannelReturn(String channel, Money spend, double conversions, Money value,
                           Ratio roas, Ratio costPerConversion) {

    /**
     * Validates the return.
     *
     * @param channel the channel name
     * @param spend the channel's spend
     * @param conversions the attributed conversions
     * @param value the attributed value
     * @param roas attributed value divided by spend
     * @param costPerConversion spend divided by attributed conversions
     * @throws NullPointerException if a reference is null
     */
    public ChannelReturn {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(spend, "spend");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(roas, "roas");
        Objects.requireNonNull(costPerConversion, "costPerConversion");
    }

    /**
     * Returns the cost per attributed conversion as money rounded to the currency's minor unit
     * with {@link Money#DEFAULT_ROUNDING}, or empty when no conversion was attributed.
     *
     * @return the cost per attributed conversion, if defined
     */
    public Optional<Money> costPerConversionMoney() {
        if (!costPerConversion.isDefined()) {
            return Optional.empty();
        }
        return Optional.of(spend.dividedBy(costPerConversion.denominator(), Money.DEFAULT_ROUNDING));
    }
}
