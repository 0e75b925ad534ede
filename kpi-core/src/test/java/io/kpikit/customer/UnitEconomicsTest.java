package io.kpikit.customer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.kpikit.core.CurrencyMismatchException;
import io.kpikit.core.Money;
import io.kpikit.core.Ratio;
import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class UnitEconomicsTest {

    private static final Cac CAC = Cac.blended(Money.parse("CNY 1200000"), 400); // CNY 3000.00

    @Test
    void ltvToCacKeepsBothAmounts() {
        // LTV = 500 × 0.6 / 0.05 = 6000; 6000 / 3000 = 2
        Ratio r = UnitEconomics.ltvToCac(Ltv.simple(Money.parse("CNY 500"), 0.6, 0.05), CAC);
        assertEquals(2.0, r.doubleValue());
        assertEquals(0, new BigDecimal("6000").compareTo(r.numerator()));
        assertEquals(0, new BigDecimal("3000").compareTo(r.denominator()));
    }

    @Test
    void ltvToCacIsUndefinedWhenAnInputIsUndefinedOrCacIsZero() {
        Ltv ltv = Ltv.simple(Money.parse("CNY 500"), 0.6, 0.05);
        assertEquals(Optional.of("LTV is undefined: churn is zero: lifetime is unbounded"),
                UnitEconomics.ltvToCac(Ltv.simple(Money.parse("CNY 500"), 0.6, 0), CAC).undefinedReason());
        assertEquals(Optional.of("CAC is undefined: new customers is zero: CAC of CNY 10 spend is undefined"),
                UnitEconomics.ltvToCac(ltv, Cac.paid(Money.parse("CNY 10"), 0)).undefinedReason());
        Ratio free = UnitEconomics.ltvToCac(ltv, Cac.blended(Money.parse("CNY 0"), 10));
        assertFalse(free.isDefined());
        assertEquals(Optional.of("CAC is zero: LTV:CAC is unbounded"), free.undefinedReason());
        assertThrows(CurrencyMismatchException.class,
                () -> UnitEconomics.ltvToCac(Ltv.simple(Money.parse("USD 500"), 0.6, 0.05), CAC));
    }

    @Test
    void paybackIsCacOverMonthlyMargin() {
        // 3000 / (500 × 0.6) = 10 months
        Ratio months = UnitEconomics.cacPayback(CAC, Money.parse("CNY 500"), 0.6);
        assertEquals(10.0, months.doubleValue());
        // 3000 / (400 × 0.3) = 3000 / 120 = 25 months
        assertEquals(25.0, UnitEconomics.cacPayback(CAC, Money.parse("CNY 400"), new BigDecimal("0.3")).doubleValue());
    }

    @Test
    void paybackWithoutMarginNeverHappens() {
        Ratio never = UnitEconomics.cacPayback(CAC, Money.parse("CNY 500"), 0);
        assertFalse(never.isDefined());
        assertEquals(Optional.of("margin per customer per period is zero: the CAC is never paid back"),
                never.undefinedReason());
        assertEquals(Optional.of("CAC is undefined: new customers is zero: CAC of CNY 10 spend is undefined"),
                UnitEconomics.cacPayback(Cac.paid(Money.parse("CNY 10"), 0), Money.parse("CNY 5"), 0.5)
                        .undefinedReason());
        assertEquals("arpuPerPeriod must be >= 0, was CNY -5", assertThrows(IllegalArgumentException.class,
                () -> UnitEconomics.cacPayback(CAC, Money.parse("CNY -5"), 0.5)).getMessage());
        assertEquals("grossMargin must be in [0, 1], was 2", assertThrows(IllegalArgumentException.class,
                () -> UnitEconomics.cacPayback(CAC, Money.parse("CNY 5"), new BigDecimal("2"))).getMessage());
        assertThrows(CurrencyMismatchException.class,
                () -> UnitEconomics.cacPayback(CAC, Money.parse("USD 5"), 0.5));
    }
}
