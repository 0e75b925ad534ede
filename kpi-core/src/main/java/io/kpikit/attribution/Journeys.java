package io.kpikit.attribution;

import io.kpikit.core.Money;
import java.util.Objects;

/**
 * Paths built from raw journeys, with the conversions that had no touch to attribute them to.
 *
 * <p>A conversion with no touch inside its lookback window (and after the user's previous
 * conversion) cannot be attributed to any channel; it is counted here instead of in
 * {@link #paths()}, so {@code paths().totalConversions() + unattributedConversions} is the
 * number of conversion events.
 *
 * <p>The constructor checks what {@link JourneyAccumulator#result()} guarantees, so a stored
 * result can be rebuilt with it: the unattributed value is {@code >= 0}, in the currency of
 * the paths, and zero when there are no unattributed conversions.
 *
 * <pre>{@code
 * Journeys j = new Journeys(paths, 2, Money.parse("CNY 150.00"));   // 2 conversions had no touch
 * }</pre>
 *
 * @param paths one path per attributed conversion plus one null path per non-converting
 *     journey, with touch ages
 * @param unattributedConversions conversions without a touch in their window
 * @param unattributedValue the value of those conversions
 */
public record Journeys(PathSet paths, long unattributedConversions, Money unattributedValue) {

    /**
     * Validates the record.
     *
     * @param paths one path per attributed conversion plus one null path per non-converting journey, with touch ages
     * @param unattributedConversions conversions without a touch in their window
     * @param unattributedValue the value of those conversions
     * @throws NullPointerException if a reference is null
     * @throws IllegalArgumentException if {@code unattributedConversions} or
     *     {@code unattributedValue} is negative, or the value is not zero without conversions
     * @throws io.kpikit.core.CurrencyMismatchException if {@code unattributedValue} is not in
     *     the currency of the paths
     */
    public Journeys {
        Objects.requireNonNull(paths, "paths");
        Objects.requireNonNull(unattributedValue, "unattributedValue");
        if (unattributedConversions < 0) {
            throw new IllegalArgumentException("unattributedConversions must be >= 0, was " + unattributedConversions);
        }
        paths.totalValue().checkSameCurrency(unattributedValue);
        if (unattributedValue.isNegative()) {
            throw new IllegalArgumentException("unattributedValue must be >= 0, was " + unattributedValue);
        }
        if (unattributedConversions == 0 && !unattributedValue.isZero()) {
            throw new IllegalArgumentException("unattributedValue must be zero when unattributedConversions is 0, was "
                    + unattributedValue);
        }
    }
}
