package io.kpikit.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Currency;
import org.junit.jupiter.api.Test;

/** Boundaries and error paths of the shared primitives that the main examples do not reach. */
class CoreEdgeTest {

    private static final Currency USD = Currency.getInstance("USD");
    private static final Currency CNY = Currency.getInstance("CNY");

    @Test
    void subtractingAnotherCurrencyThrowsNamingBoth() {
        CurrencyMismatchException e = assertThrows(CurrencyMismatchException.class,
                () -> Money.of("10", "USD").minus(Money.of("3", "CNY")));
        assertEquals(USD, e.first());
        assertEquals(CNY, e.second());
        assertTrue(e.getMessage().contains("USD") && e.getMessage().contains("CNY"), e.getMessage());
    }

    @Test
    void amountsAtTheDigitLimitsAreAcceptedAndOneBeyondRejected() {
        // 40 digits before the point and 64 after are the limits
        String forty = "1" + "0".repeat(39);
        assertEquals(40, Money.of(forty, "USD").amount().precision());
        IllegalArgumentException tooLarge = assertThrows(IllegalArgumentException.class,
                () -> Money.of(forty + "0", "USD"));
        assertTrue(tooLarge.getMessage().startsWith("amount must have at most 40 digits before the decimal point, was "),
                tooLarge.getMessage());
        String sixtyFour = "0." + "0".repeat(63) + "1";
        assertEquals(64, Money.of(sixtyFour, "USD").amount().scale());
        IllegalArgumentException tooFine = assertThrows(IllegalArgumentException.class,
                () -> Money.of(sixtyFour + "0", "USD"));
        assertTrue(tooFine.getMessage().startsWith("amount must have at most 64 decimal places, was "),
                tooFine.getMessage());
    }

    @Test
    void theShortestParsableMoneyHasOneDigit() {
        assertEquals(Money.of("1", "USD"), Money.parse("USD 1"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Money.parse("USD "));
        assertEquals("money must be written as \"<ISO 4217 code> <amount>\" like \"CNY 9500000.00\", was \"USD \"",
                e.getMessage());
        IllegalArgumentException twoSpaces = assertThrows(IllegalArgumentException.class,
                () -> Money.parse("USD 1 000"));
        assertEquals("money must be written as \"<ISO 4217 code> <amount>\" like \"CNY 9500000.00\", was \"USD 1 000\"",
                twoSpaces.getMessage());
    }

    @Test
    void dividingByZeroNamesTheDividend() {
        ArithmeticException e = assertThrows(ArithmeticException.class,
                () -> Money.of("10.00", "USD").dividedBy(BigDecimal.ZERO, 2, Money.DEFAULT_ROUNDING));
        assertEquals("divisor must not be zero, dividing USD 10.00", e.getMessage());
    }

    @Test
    void aDefinedRatioIgnoresTheFallback() {
        assertEquals(0.25, Ratio.of(1, 4).orElse(-1));
        assertEquals(-1, Ratio.of(1, 0).orElse(-1));
    }

    @Test
    void anUndefinedRatioNeverHasTheSameValueAsADefinedOne() {
        // 0/0 is undefined; 0/5 is zero: cross-multiplying would wrongly call them equal (0·5 = 0·0)
        assertFalse(Ratio.of(0, 0).hasSameValueAs(Ratio.of(0, 5)));
        assertFalse(Ratio.of(0, 5).hasSameValueAs(Ratio.of(0, 0)));
        assertTrue(Ratio.of(1, 0).hasSameValueAs(Ratio.of(0, 0)));
    }

    @Test
    void anUnchangedRateIsZeroPointsWithoutASign() {
        assertEquals("1/4 = 0.25 → 25/100 = 0.25: 0 pts",
                PointChange.between(Ratio.of(1, 4), Ratio.of(25, 100)).toString());
    }

    @Test
    void emptyWeightsAreRejectedAsEmpty() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Allocation.largestRemainder(BigDecimal.TEN, 2, new BigDecimal[0]));
        assertEquals("weights must not be empty", e.getMessage());
    }

    @Test
    void zeroSplitsIntoZeros() {
        BigDecimal zero = new BigDecimal("0.00");
        assertArrayEquals(new BigDecimal[] {zero, zero},
                Allocation.largestRemainder(BigDecimal.ZERO, 2, BigDecimal.ONE, BigDecimal.ONE));
    }

    @Test
    void noChangeIsNotFavourableAndATieMeetsTheTarget() {
        for (Direction d : Direction.values()) {
            assertFalse(d.isFavourable(0.0), d.name());
            assertTrue(d.meetsOrBeats(5, 5), d.name());
        }
        assertTrue(Direction.HIGHER_IS_BETTER.meetsOrBeats(6, 5));
        assertFalse(Direction.HIGHER_IS_BETTER.meetsOrBeats(4, 5));
        assertTrue(Direction.LOWER_IS_BETTER.meetsOrBeats(4, 5));
        assertFalse(Direction.LOWER_IS_BETTER.meetsOrBeats(6, 5));
    }
}
