package io.kpikit.budget;

import io.kpikit.core.Checks;
import io.kpikit.core.Money;
import java.util.Objects;

/**
 * One ledger posting against a budget line: the line id, the period it falls in (0-based, such
 * as 0 for January) and the amount, which may be negative for a refund or credit note.
 *
 * @param lineId the budget line the posting is charged to
 * @param period the 0-based period index
 * @param amount the amount; its scale must fit the currency's minor unit when accumulated
 */
public record Posting(String lineId, int period, Money amount) {

    /**
     * Validates the components.
     *
     * @param lineId the budget line the posting is charged to
     * @param period the 0-based period index
     * @param amount the amount; its scale must fit the currency's minor unit when accumulated
     * @throws IllegalArgumentException if {@code period} is negative
     * @throws NullPointerException if {@code lineId} or {@code amount} is null
     */
    public Posting {
        Objects.requireNonNull(lineId, "lineId");
        Objects.requireNonNull(amount, "amount");
        Checks.nonNegative(period, "period");
    }
}
