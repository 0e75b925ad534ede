package io.kpikit.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.kpikit.core.CurrencyMismatchException;
import io.kpikit.core.Money;
import io.kpikit.core.Ratio;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Boundaries of {@link Attribution#restore}: trailing zeros, the currency check first, the tolerance edge. */
class AttributionRestoreEdgeTest {

    private static ChannelCredit credit(String channel, double conversions, String value, double total) {
        return new ChannelCredit(channel, conversions, Money.parse(value), Ratio.of(conversions, total));
    }

    @Test
    void aValueWithTrailingZerosBeyondTheMinorUnitIsWhole() {
        // CNY 80.010 = 8,001 fen: whole minor units, kept at its scale; 80.010 + 300.00 = 380.010
        Attribution a = Attribution.restore("m", List.of(credit("Search", 1, "CNY 80.010", 4),
                credit("Email", 3, "CNY 300.00", 4)), 4, Money.parse("CNY 380.010"));
        assertEquals(Money.parse("CNY 80.010"), a.value("Search"));
    }

    @Test
    void aCreditInAnotherCurrencyIsAMismatchBeforeItsSignIsLookedAt() {
        CurrencyMismatchException e = assertThrows(CurrencyMismatchException.class,
                () -> Attribution.restore("m", List.of(credit("Search", 1, "USD -1.00", 1)), 1,
                        Money.parse("CNY 0.00")));
        assertEquals(true, e.getMessage().contains("USD"), e.getMessage());
    }

    @Test
    void theConversionsToleranceIsInclusive() {
        // tolerance 1e-9 × max(1, 1e9) = 1.0 in doubles; the credits sum to 1e9 + 1, one more
        // than the total: exactly at the tolerance, accepted
        assertEquals(1.0, StoredAttributions.CONVERSIONS_TOLERANCE * 1e9);
        double total = 1e9;
        Attribution a = Attribution.restore("m", List.of(credit("Search", 1e9 + 1, "CNY 5.00", total)), total,
                Money.parse("CNY 5.00"));
        assertEquals(1e9 + 1, a.conversions("Search"));
        // 2 more than the total is beyond it
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Attribution.restore("m", List.of(credit("Search", 1e9 + 2, "CNY 5.00", total)), total,
                        Money.parse("CNY 5.00")));
        assertEquals("totalConversions must be the sum of the credits' conversions, 1.000000002E9 (to within 1.0E-9"
                + " relative), was 1.0E9", e.getMessage());
    }
}
