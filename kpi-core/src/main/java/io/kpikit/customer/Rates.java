package io.kpikit.customer;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Range checks for the decimal rates of this package (margin, churn, discount rate), with
 * messages of the shape {@code <field> must be in [0, 1], was <value>}. Package-private: a
 * candidate for {@code io.kpikit.core.Checks}.
 */
final class Rates {

    private Rates() {
    }

    /**
     * Requires {@code value} in {@code [0, 1]} and returns it without trailing zeros, so that
     * equal rates are equal objects.
     */
    static BigDecimal closed(BigDecimal value, String field) {
        Objects.requireNonNull(value, field);
        if (value.signum() < 0 || value.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException(field + " must be in [0, 1], was " + value.toPlainString());
        }
        return value.stripTrailingZeros();
    }

    /** Requires {@code value} in {@code [0, 1)} and returns it without trailing zeros. */
    static BigDecimal halfOpen(BigDecimal value, String field) {
        Objects.requireNonNull(value, field);
        if (value.signum() < 0 || value.compareTo(BigDecimal.ONE) >= 0) {
            throw new IllegalArgumentException(field + " must be in [0, 1), was " + value.toPlainString());
        }
        return value.stripTrailingZeros();
    }
}
