package io.kpikit.roi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kpikit.core.CurrencyMismatchException;
import io.kpikit.core.Money;
import io.kpikit.core.Ratio;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RoiTest {

    private static Money cny(String amount) {
        return Money.of(amount, "CNY");
    }

    @Test
    void roiAndRoasOfTheSameSpendAreDistinct() {
        // revenue 4.8M on cost 1M: ROAS 4.8, ROI (4.8M − 1M) / 1M = 3.8
        Roas roas = Roas.of(cny("4800000.00"), cny("1000000.00"));
        Roi roi = Roi.of(cny("4800000.00"), cny("1000000.00"));
        assertEquals(new BigDecimal("4.8"), roas.ratio().toBigDecimal(1, RoundingMode.UNNECESSARY));
        assertEquals(new BigDecimal("3.8"), roi.ratio().toBigDecimal(1, RoundingMode.UNNECESSARY));
        assertEquals(Ratio.of(new BigDecimal("3800000.00"), new BigDecimal("1000000.00")), roi.ratio());
        assertEquals(cny("3800000"), roi.netReturn());
        assertEquals(roi, roas.toRoi());
        assertEquals("380.0%", roi.ratio().toPercentString(1, RoundingMode.HALF_UP));
        assertEquals("ROAS CNY 4800000.00 / CNY 1000000.00 = 4.8", roas.toString());
        assertEquals("ROI (CNY 4800000.00 − CNY 1000000.00) / CNY 1000000.00 = 3.8", roi.toString());
    }

    @Test
    void lossGivesNegativeRoiAndZeroReturnIsMinusOne() {
        // return 600k on cost 1M: (600k − 1M) / 1M = −0.4
        assertEquals(-0.4, Roi.of(cny("600000"), cny("1000000")).ratio().doubleValue());
        assertEquals(-1.0, Roi.of(cny("0"), cny("1000000")).ratio().doubleValue());
        // gross loss of 200k: (−200k − 1M) / 1M = −1.2
        assertEquals(-1.2, Roi.ofGrossProfit(cny("-200000"), cny("1000000")).ratio().doubleValue());
    }

    @Test
    void grossProfitRoiFromMarginOrGivenProfit() {
        // 4.8M × 0.35 = 1.68M gross profit; (1.68M − 1M) / 1M = 0.68
        Roi byMargin = Roi.ofGrossMargin(cny("4800000.00"), new BigDecimal("0.35"), cny("1000000.00"));
        assertEquals(0.68, byMargin.ratio().doubleValue());
        assertEquals(cny("1680000"), byMargin.returnAmount());
        Roi byProfit = Roi.ofGrossProfit(cny("1680000.00"), cny("1000000.00"));
        assertEquals(byMargin, byProfit);
        assertTrue(byMargin.ratio().hasSameValueAs(byProfit.ratio()));
        // margin 0 and 1 are the limits
        assertEquals(-1.0, Roi.ofGrossMargin(cny("100"), BigDecimal.ZERO, cny("50")).ratio().doubleValue());
        assertEquals(1.0, Roi.ofGrossMargin(cny("100"), BigDecimal.ONE, cny("50")).ratio().doubleValue());
    }

    @Test
    void marginOutsideZeroOneIsRejectedNamingIt() {
        IllegalArgumentException high = assertThrows(IllegalArgumentException.class,
                () -> Roi.ofGrossMargin(cny("100"), new BigDecimal("1.2"), cny("50")));
        assertEquals("grossMargin must be in [0, 1], was 1.2", high.getMessage());
        IllegalArgumentException low = assertThrows(IllegalArgumentException.class,
                () -> Roi.ofGrossMargin(cny("100"), new BigDecimal("-0.1"), cny("50")));
        assertEquals("grossMargin must be in [0, 1], was -0.1", low.getMessage());
        IllegalArgumentException revenue = assertThrows(IllegalArgumentException.class,
                () -> Roi.ofGrossMargin(cny("-100"), new BigDecimal("0.5"), cny("50")));
        assertEquals("revenue must be >= 0, was CNY -100", revenue.getMessage());
    }

    @Test
    void zeroCostIsUndefinedWithAReason() {
        Roi roi = Roi.of(cny("500"), cny("0.00"));
        Roas roas = Roas.of(cny("500"), cny("0.00"));
        assertFalse(roi.isDefined());
        assertFalse(roas.isDefined());
        assertEquals(Optional.of("cost is 0"), roi.undefinedReason());
        assertEquals(Optional.of("cost is 0"), roas.undefinedReason());
        assertEquals("ROAS CNY 500 / CNY 0.00 undefined: cost is 0", roas.toString());
        IllegalStateException e = assertThrows(IllegalStateException.class, roas::toNotation);
        assertTrue(e.getMessage().contains("cost is 0"), e.getMessage());
        assertTrue(roi.ratio().toOptionalDouble().isEmpty());
    }

    @Test
    void negativeCostOrRevenueIsRejectedNamingTheField() {
        IllegalArgumentException cost = assertThrows(IllegalArgumentException.class,
                () -> Roi.of(cny("100"), cny("-5.00")));
        assertEquals("cost must be >= 0, was CNY -5.00", cost.getMessage());
        IllegalArgumentException roasCost = assertThrows(IllegalArgumentException.class,
                () -> Roas.of(cny("100"), cny("-5.00")));
        assertEquals("cost must be >= 0, was CNY -5.00", roasCost.getMessage());
        IllegalArgumentException revenue = assertThrows(IllegalArgumentException.class,
                () -> Roas.of(cny("-1"), cny("5.00")));
        assertEquals("revenue must be >= 0, was CNY -1", revenue.getMessage());
    }

    @Test
    void currenciesAreChecked() {
        CurrencyMismatchException e = assertThrows(CurrencyMismatchException.class,
                () -> Roas.of(Money.of("100", "USD"), cny("50")));
        assertEquals("currency mismatch: CNY and USD (ROAS revenue and cost)", e.getMessage());
        assertThrows(CurrencyMismatchException.class, () -> Roi.of(Money.of("100", "USD"), cny("50")));
    }

    @Test
    void nullsAreRejectedNamingTheParameter() {
        NullPointerException e = assertThrows(NullPointerException.class, () -> Roi.of(null, cny("1")));
        assertEquals("returnAmount", e.getMessage());
        assertEquals("cost", assertThrows(NullPointerException.class, () -> Roas.of(cny("1"), null)).getMessage());
    }

    @Test
    void equalityIsNumeric() {
        assertEquals(Roas.of(cny("4.8"), cny("1")), Roas.of(cny("4.80"), cny("1.00")));
        assertEquals(Roas.of(cny("4.8"), cny("1")).hashCode(), Roas.of(cny("4.80"), cny("1.00")).hashCode());
        assertFalse(Roas.of(cny("9.6"), cny("2")).equals(Roas.of(cny("4.8"), cny("1"))));
    }
}
