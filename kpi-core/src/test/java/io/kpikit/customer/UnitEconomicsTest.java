package io.kpikit.customer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.kpikit.core.CurrencyMismatchException;
import io.kpikit.core.Money;
import io.kpikit.core.Ratio;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class UnitEconomicsTest {

    private static final Cac CAC = Cac.blended(Money.parse("CNY 1200000"), 400); // CNY 3000.00

    @Test
    void ltvToCacKeepsTheLifetimeValueOfTheNewCustomersAndTheSpend() {
        // LTV = 500 × 0.6 / 0.05 = 6000; 6000 × 400 new customers = 2,400,000 over 1,200,000 spend = 2
        Ratio r = UnitEconomics.ltvToCac(Ltv.simple(Money.parse("CNY 500"), 0.6, 0.05), CAC);
        assertEquals(2.0, r.doubleValue());
        assertEquals(0, new BigDecimal("2400000").compareTo(r.numerator()));
        assertEquals(0, new BigDecimal("1200000").compareTo(r.denominator()));
    }

    @Test
    void ratiosUseTheExactCacNotTheRoundedOneInJpy() {
        // JPY has no minor unit: CAC = 1000 / 3 = 333.33… is shown as JPY 333
        Cac cac = Cac.blended(Money.parse("JPY 1000"), 3);
        assertEquals(Money.parse("JPY 333"), cac.value());
        // LTV = 3000 / 3 = 1000; LTV:CAC = 1000 × 3 / 1000 = 3 exactly (not 1000 / 333 = 3.003003)
        Ratio ltvToCac = UnitEconomics.ltvToCac(Ltv.cohort(List.of(Money.parse("JPY 3000")), 3), cac);
        assertEquals(0, new BigDecimal("3").compareTo(ltvToCac.toBigDecimal()));
        // payback = 1000 / (3 × 100 × 1) = 3.333… months (not 333 / 100 = 3.33)
        Ratio payback = UnitEconomics.cacPayback(cac, Money.parse("JPY 100"), BigDecimal.ONE);
        assertEquals(new BigDecimal("3.333333333333333333333333333333333"), payback.toBigDecimal());
        assertEquals(0, new BigDecimal("1000").compareTo(payback.numerator()));
        assertEquals(0, new BigDecimal("300").compareTo(payback.denominator()));
    }

    @Test
    void ratiosUseTheExactCacAndLtvWhenTheyDoNotTerminate() {
        // CAC = CNY 100 / 3 = 33.333… shown as CNY 33.33; LTV = 50 × 1 / 0.5 = CNY 100
        Cac cac = Cac.blended(Money.parse("CNY 100"), 3);
        assertEquals(Money.parse("CNY 33.33"), cac.value());
        // LTV:CAC = 100 × 3 / 100 = 3 exactly (not 100 / 33.33 = 3.0003)
        Ratio ltvToCac = UnitEconomics.ltvToCac(Ltv.simple(Money.parse("CNY 50"), 1, 0.5), cac);
        assertEquals(0, new BigDecimal("3").compareTo(ltvToCac.toBigDecimal()));
        // payback = 100 / (3 × 10 × 0.5) = 100 / 15 = 6.666… (not 33.33 / 5 = 6.666)
        Ratio payback = UnitEconomics.cacPayback(cac, Money.parse("CNY 10"), 0.5);
        assertEquals(new BigDecimal("6.666666666666666666666666666666667"), payback.toBigDecimal());
        // LTV = 100 × 1 / 0.03 = 3333.33… (shown CNY 3333.33); CAC = 1000 / 3 = 333.33…;
        // LTV:CAC = (100 / 0.03) × 3 / 1000 = 300 / 30 = 10 exactly (not 3333.33 / 333.33 = 10.00009)
        Ltv ltv = Ltv.simple(Money.parse("CNY 100"), 1, 0.03);
        assertEquals(Money.parse("CNY 3333.33"), ltv.value());
        Ratio ten = UnitEconomics.ltvToCac(ltv, Cac.blended(Money.parse("CNY 1000"), 3));
        assertEquals(0, new BigDecimal("10").compareTo(ten.toBigDecimal()));
        assertEquals(0, new BigDecimal("300").compareTo(ten.numerator()));
        assertEquals(0, new BigDecimal("30").compareTo(ten.denominator()));
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
