package io.kpikit.roi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.kpikit.core.CurrencyMismatchException;
import io.kpikit.core.Money;
import io.kpikit.core.Ratio;
import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class IncrementalReturnTest {

    private static Money cny(String amount) {
        return Money.of(amount, "CNY");
    }

    @Test
    void plainBaseline() {
        // treated 5M − baseline 3M = 2M incremental; iROAS 2M / 1M = 2; iROI (2M − 1M) / 1M = 1
        IncrementalReturn inc = IncrementalReturn.between(cny("3000000.00"), cny("5000000.00"), cny("1000000.00"));
        assertEquals(cny("2000000"), inc.incrementalReturn());
        assertEquals(Ratio.of(new BigDecimal("2000000.00"), new BigDecimal("1000000.00")), inc.incrementalRoas());
        assertEquals(Ratio.of(new BigDecimal("1000000.00"), new BigDecimal("1000000.00")), inc.incrementalRoi());
        assertEquals(2.0, inc.incrementalRoas().doubleValue());
        assertEquals(1.0, inc.incrementalRoi().doubleValue());
    }

    @Test
    void treatedBelowBaselineGivesNegativeIncrement() {
        // 2.5M − 3M = −0.5M; iROAS −0.5; iROI −1.5
        IncrementalReturn inc = IncrementalReturn.between(cny("3000000"), cny("2500000"), cny("1000000"));
        assertEquals(cny("-500000"), inc.incrementalReturn());
        assertEquals(-0.5, inc.incrementalRoas().doubleValue());
        assertEquals(-1.5, inc.incrementalRoi().doubleValue());
    }

    @Test
    void scaledHoldout() {
        // holdout: 10,000 users bought CNY 200,000 → 20 per user; treated 90,000 users → baseline 1.8M;
        // treated return 2.7M − 1.8M = 0.9M; cost 0.3M → iROAS 3, iROI 2
        IncrementalReturn inc = IncrementalReturn.ofHoldout(cny("200000.00"), 10_000, cny("2700000.00"), 90_000,
                cny("300000.00"));
        assertEquals(cny("1800000"), inc.baselineReturn());
        assertEquals(cny("900000"), inc.incrementalReturn());
        assertEquals(3.0, inc.incrementalRoas().doubleValue());
        assertEquals(2.0, inc.incrementalRoi().doubleValue());
    }

    @Test
    void scaledHoldoutBaselineIsRoundedHalfEvenOnce() {
        // 100.00 × 1 / 3 = 33.333… → 33.33; 0.05 × 1 / 2 = 0.025 → 0.02 (half even)
        assertEquals(cny("33.33"),
                IncrementalReturn.ofHoldout(cny("100.00"), 3, cny("50"), 1, cny("10")).baselineReturn());
        assertEquals(cny("0.02"),
                IncrementalReturn.ofHoldout(cny("0.05"), 2, cny("50"), 1, cny("10")).baselineReturn());
    }

    @Test
    void scaledHoldoutRatiosUseTheExactBaseline() {
        // baseline = 100.00 × 1 / 3 = 33.333… (shown 33.33); incremental = 40 − 33.333… = 6.666…
        // iROAS = (40 × 3 − 100 × 1) / (1 × 3) = 20 / 3 = 6.666… (not 6.67 / 1 = 6.67)
        // iROI = (20 − 1 × 3) / 3 = 17 / 3 = 5.666…
        IncrementalReturn inc = IncrementalReturn.ofHoldout(cny("100.00"), 3, cny("40.00"), 1, cny("1.00"));
        assertEquals(cny("33.33"), inc.baselineReturn());
        assertEquals(cny("6.67"), inc.incrementalReturn()); // 40.00 − 33.33, for display
        assertEquals(new BigDecimal("6.666666666666666666666666666666667"), inc.incrementalRoas().toBigDecimal());
        assertEquals(0, new BigDecimal("20").compareTo(inc.incrementalRoas().numerator()));
        assertEquals(0, new BigDecimal("3").compareTo(inc.incrementalRoas().denominator()));
        assertEquals(new BigDecimal("5.666666666666666666666666666666667"), inc.incrementalRoi().toBigDecimal());
        assertEquals(0, new BigDecimal("17").compareTo(inc.incrementalRoi().numerator()));
        // a zero cost stays undefined with the scaled numerator: (20) / (0 × 3)
        IncrementalReturn free = IncrementalReturn.ofHoldout(cny("100.00"), 3, cny("40.00"), 1, cny("0"));
        assertEquals(Optional.of("cost is 0"), free.incrementalRoas().undefinedReason());
        assertEquals(Optional.of("cost is 0"), free.incrementalRoi().undefinedReason());
    }

    @Test
    void zeroCostIsUndefined() {
        IncrementalReturn inc = IncrementalReturn.between(cny("1"), cny("2"), cny("0"));
        assertFalse(inc.incrementalRoas().isDefined());
        assertEquals(Optional.of("cost is 0"), inc.incrementalRoas().undefinedReason());
        assertEquals(Optional.of("cost is 0"), inc.incrementalRoi().undefinedReason());
    }

    @Test
    void invalidInputIsRejectedNamingTheField() {
        assertEquals("holdoutUnits must be > 0, was 0", assertThrows(IllegalArgumentException.class,
                () -> IncrementalReturn.ofHoldout(cny("1"), 0, cny("1"), 1, cny("1"))).getMessage());
        assertEquals("treatedUnits must be > 0, was -2", assertThrows(IllegalArgumentException.class,
                () -> IncrementalReturn.ofHoldout(cny("1"), 1, cny("1"), -2, cny("1"))).getMessage());
        assertEquals("cost must be >= 0, was CNY -1", assertThrows(IllegalArgumentException.class,
                () -> IncrementalReturn.between(cny("1"), cny("2"), cny("-1"))).getMessage());
        assertEquals("currency mismatch: CNY and USD (treatedReturn)", assertThrows(CurrencyMismatchException.class,
                () -> IncrementalReturn.between(cny("1"), Money.of("2", "USD"), cny("1"))).getMessage());
    }

    @Test
    void marginalRoiIsTheSlopeBetweenTwoSpendLevels() {
        // (5.4M − 4.2M) / (1.5M − 1M) = 1.2M / 0.5M = 2.4, in either order
        SpendLevel low = new SpendLevel(cny("1000000.00"), cny("4200000.00"));
        SpendLevel high = new SpendLevel(cny("1500000.00"), cny("5400000.00"));
        assertEquals(2.4, MarginalRoi.between(low, high).doubleValue());
        assertEquals(2.4, MarginalRoi.between(high, low).doubleValue());
        assertEquals(new BigDecimal("1200000.00"), MarginalRoi.between(low, high).numerator());
    }

    @Test
    void marginalRoiOfEqualCostsIsUndefined() {
        Ratio r = MarginalRoi.between(new SpendLevel(cny("100"), cny("300")), new SpendLevel(cny("100.00"), cny("400")));
        assertFalse(r.isDefined());
        assertEquals(Optional.of("marginal ROI needs two different costs, both were CNY 100.00"), r.undefinedReason());
    }

    @Test
    void spendLevelRejectsNegativeCost() {
        assertEquals("cost must be >= 0, was CNY -1", assertThrows(IllegalArgumentException.class,
                () -> new SpendLevel(cny("-1"), cny("3"))).getMessage());
        assertThrows(CurrencyMismatchException.class, () -> MarginalRoi.between(
                new SpendLevel(cny("1"), cny("3")), new SpendLevel(Money.of("2", "USD"), Money.of("3", "USD"))));
    }

    @Test
    void paybackInFractionalPeriods() {
        // 1,000,000 / 400,000 per month = 2.5 months
        assertEquals(2.5, Payback.periods(cny("1000000.00"), cny("400000.00")).doubleValue());
        assertEquals(0.0, Payback.periods(cny("0"), cny("400000.00")).doubleValue());
    }

    @Test
    void paybackIsUndefinedWhenProfitIsNotPositive() {
        Ratio zero = Payback.periods(cny("1000"), cny("0.00"));
        assertEquals(Optional.of("the cost is never paid back: gross profit per period must be > 0, was CNY 0.00"),
                zero.undefinedReason());
        Ratio negative = Payback.periods(cny("1000"), cny("-10"));
        assertEquals(Optional.of("the cost is never paid back: gross profit per period must be > 0, was CNY -10"),
                negative.undefinedReason());
        assertEquals("cost must be >= 0, was CNY -1", assertThrows(IllegalArgumentException.class,
                () -> Payback.periods(cny("-1"), cny("1"))).getMessage());
    }

    @Test
    void theExactBaselineRebuildsAnEqualValue() {
        // holdout 100.00 over 3 units, 2 treated units: baseline 200.00 / 3 = 66.666…, shown as 66.67
        IncrementalReturn r = IncrementalReturn.ofHoldout(Money.parse("CNY 100.00"), 3, Money.parse("CNY 80.00"), 2,
                Money.parse("CNY 1.00"));
        Ratio exact = r.exactBaselineReturn();
        assertEquals(0, new BigDecimal("200.00").compareTo(exact.numerator()));
        assertEquals(0, BigDecimal.valueOf(3).compareTo(exact.denominator()));
        assertEquals(Money.parse("CNY 66.67"), r.baselineReturn());
        IncrementalReturn back = IncrementalReturn.ofHoldout(Money.of(exact.numerator(), "CNY"),
                exact.denominator().longValueExact(), r.treatedReturn(), 1, r.cost());
        assertEquals(r, back);
        // iROAS (80 × 3 − 200) / (1 × 3) = 40 / 3, from the exact baseline, not 80 − 66.67 = 13.33
        assertEquals(r.incrementalRoas(), back.incrementalRoas());
        // a plain baseline is itself over 1, and between rebuilds it
        IncrementalReturn plain = IncrementalReturn.between(Money.parse("CNY 30.00"), Money.parse("CNY 50.00"),
                Money.parse("CNY 0.00"));
        assertEquals(Ratio.of(new BigDecimal("30.00"), BigDecimal.ONE), plain.exactBaselineReturn());
        assertEquals(plain, IncrementalReturn.between(Money.of(plain.exactBaselineReturn().numerator(), "CNY"),
                plain.treatedReturn(), plain.cost()));
    }
}
