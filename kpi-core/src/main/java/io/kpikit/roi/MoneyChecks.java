package io.kpikit.roi;

import io.kpikit.core.CurrencyMismatchException;
import io.kpikit.core.Money;
import java.util.Objects;

/**
 * Checks on money arguments shared by this package, with messages of the shape
 * {@code <field> must be <rule>, was <value>}. A candidate for {@code io.kpikit.core.Checks}.
 */
final class MoneyChecks {

    private MoneyChecks() {
    }

    /** Requires a non-null, non-negative amount. */
    static Money nonNegative(Money value, String field) {
        Objects.requireNonNull(value, field);
        if (value.isNegative()) {
            throw new IllegalArgumentException(field + " must be >= 0, was " + value);
        }
        return value;
    }

    /** Requires {@code value} to be non-null and in {@code expected}'s currency. */
    static Money sameCurrency(Money expected, Money value, String field) {
        Objects.requireNonNull(value, field);
        if (!expected.currency().equals(value.currency())) {
            throw new CurrencyMismatchException(expected.currency(), value.currency(), field);
        }
        return value;
    }
}
