package io.kpikit.roi;

import io.kpikit.core.CurrencyMismatchException;
import io.kpikit.core.Money;
import java.util.Objects;

/**
 * The currency check on money arguments shared by this package, naming the argument in the
 * {@link CurrencyMismatchException}; non-negative amounts are checked with
 * {@link io.kpikit.core.Checks#nonNegative(Money, String)}.
 */
final class MoneyChecks {

    private MoneyChecks() {
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
