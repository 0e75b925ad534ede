package io.kpikit.core;

import java.util.Currency;
import java.util.Objects;

/**
 * Thrown when an operation combines amounts in two different currencies. kpikit never
 * converts currencies silently.
 *
 * <p>Example: {@code Money.parse("CNY 1.00").plus(Money.parse("USD 1.00"))} throws
 * {@code CurrencyMismatchException: currency mismatch: CNY and USD}.
 */
public final class CurrencyMismatchException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** The first currency. */
    private final Currency first;
    /** The second currency. */
    private final Currency second;

    /**
     * Creates the exception for two currencies.
     *
     * @param first the currency of the left-hand operand
     * @param second the currency of the right-hand operand
     */
    public CurrencyMismatchException(Currency first, Currency second) {
        super("currency mismatch: " + Objects.requireNonNull(first, "first").getCurrencyCode()
                + " and " + Objects.requireNonNull(second, "second").getCurrencyCode());
        this.first = first;
        this.second = second;
    }

    /**
     * Creates the exception for two currencies, naming what was being combined.
     *
     * @param first the currency of the left-hand operand
     * @param second the currency of the right-hand operand
     * @param context what was being combined, for example {@code "budget line digital/sem"}
     */
    public CurrencyMismatchException(Currency first, Currency second, String context) {
        super("currency mismatch: " + Objects.requireNonNull(first, "first").getCurrencyCode()
                + " and " + Objects.requireNonNull(second, "second").getCurrencyCode()
                + " (" + Objects.requireNonNull(context, "context") + ")");
        this.first = first;
        this.second = second;
    }

    /**
     * Returns the currency of the left-hand operand.
     *
     * @return the first currency
     */
    public Currency first() {
        return first;
    }

    /**
     * Returns the currency of the right-hand operand.
     *
     * @return the second currency
     */
    public Currency second() {
        return second;
    }
}
