package io.kpikit.customer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.kpikit.core.CurrencyMismatchException;
import io.kpikit.core.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class LtvTest {

    private static final Money ARPU = Money.parse("CNY 100");

    @Test
    void simpleIsArpuTimesMarginOverChurn() {
        // 100 × 0.5 / 0.2 = 250
        Ltv ltv = Ltv.simple(ARPU, 0.5, 0.2);
        assertEquals(Money.parse("CNY 250.00"), ltv.value());
        assertEquals(Ltv.Method.SIMPLE, ltv.method());
        assertEquals(Optional.of(ARPU), ltv.arpu());
        assertEquals(Optional.of(new BigDecimal("0.5")), ltv.grossMargin());
        assertEquals(Optional.of(new BigDecimal("0.2")), ltv.churnRate());
        assertEquals(BigDecimal.ZERO, ltv.discountRate());
        assertEquals(OptionalLong.empty(), ltv.cohortSize());
        // 100 × 0.35 / 0.03 = 1166.666... -> 1166.67 (one rounding, at the end)
        assertEquals(Money.parse("CNY 1166.67"), Ltv.simple(ARPU, 0.35, 0.03).value());
        assertEquals(Money.parse("CNY 1166.66"),
                Ltv.simple(ARPU, new BigDecimal("0.35"), new BigDecimal("0.03"), RoundingMode.DOWN).value());
    }

    @Test
    void zeroChurnIsUnbounded() {
        Ltv ltv = Ltv.simple(ARPU, 0.5, 0);
        assertFalse(ltv.isDefined());
        assertEquals(Optional.of("churn is zero: lifetime is unbounded"), ltv.undefinedReason());
        IllegalStateException e = assertThrows(IllegalStateException.class, ltv::value);
        assertEquals("SIMPLE LTV is undefined: churn is zero: lifetime is unbounded", e.getMessage());
        assertEquals(Optional.empty(), ltv.toOptional());
        assertEquals(Money.parse("CNY 0"), ltv.orElse(Money.parse("CNY 0")));
    }

    @Test
    void discountedExcludesTheFirstPeriodAndMatchesItsSeries() {
        // 100 × 0.5 × 0.8 / (1 + 0.1 − 0.8) = 40 / 0.3 = 133.33
        Ltv ltv = Ltv.discounted(ARPU, 0.5, 0.2, 0.1);
        assertEquals(Money.parse("CNY 133.33"), ltv.value());
        assertEquals(Ltv.Method.DISCOUNTED, ltv.method());
        assertEquals(new BigDecimal("0.1"), ltv.discountRate());
        // The series it closes: Σ_{t=1..∞} 50 × 0.8^t / 1.1^t (end of each period, t from 1)
        double series = 0;
        for (int t = 1; t <= 2000; t++) {
            series += 50 * Math.pow(0.8 / 1.1, t);
        }
        assertEquals(133.33, series, 0.005);
    }

    @Test
    void discountedWithoutDiscountIsRetentionTimesSimple() {
        // d = 0: 50 × 0.8 / 0.2 = 200 = 0.8 × 250 (the first period is excluded)
        assertEquals(Money.parse("CNY 200"), Ltv.discounted(ARPU, 0.5, 0.2, 0).value());
        // the two methods differ by the first period's timing: discounted(d = 0) = r × simple,
        // 200 = 0.8 × 250, so the difference 50 is one period's margin (100 × 0.5)
        Money simple = Ltv.simple(ARPU, 0.5, 0.2).value();
        assertEquals(Money.parse("CNY 250.00"), simple);
        assertEquals(simple.multipliedBy(new BigDecimal("0.8")), Ltv.discounted(ARPU, 0.5, 0.2, 0).value());
        assertEquals(ARPU.multipliedBy(new BigDecimal("0.5")),
                simple.minus(Ltv.discounted(ARPU, 0.5, 0.2, 0).value()));
        // churn 0 with a discount rate is a perpetuity: 50 × 1 / 0.1 = 500
        assertEquals(Money.parse("CNY 500"), Ltv.discounted(ARPU, 0.5, 0, 0.1).value());
        // churn 1: nobody is retained to the end of the first period
        assertEquals(Money.parse("CNY 0"), Ltv.discounted(ARPU, 0.5, 1, 0.1).value());
        Ltv unbounded = Ltv.discounted(ARPU, 0.5, 0, 0);
        assertEquals(Optional.of("churn and discount rate are both zero: lifetime value is unbounded"),
                unbounded.undefinedReason());
    }

    @Test
    void cohortSumsMarginsOverSize() {
        List<Money> margins = List.of(Money.parse("CNY 3000"), Money.parse("CNY 2000"), Money.parse("CNY 1000"));
        // (3000 + 2000 + 1000) / 100 = 60
        Ltv ltv = Ltv.cohort(margins, 100);
        assertEquals(Money.parse("CNY 60"), ltv.value());
        assertEquals(Ltv.Method.COHORT, ltv.method());
        assertEquals(margins, ltv.cohortMargins());
        assertEquals(OptionalLong.of(100), ltv.cohortSize());
        assertEquals(Optional.empty(), ltv.arpu());
        // discounted, t from 1: 3000/1.1 + 2000/1.21 + 1000/1.331
        //   = 2727.2727 + 1652.8926 + 751.3148 = 5131.4801; / 100 = 51.31
        assertEquals(Money.parse("CNY 51.31"), Ltv.cohort(margins, 100, 0.1).value());
        // a period of refunds lowers it: (3000 − 500) / 10 = 250
        assertEquals(Money.parse("CNY 250"),
                Ltv.cohort(List.of(Money.parse("CNY 3000"), Money.parse("CNY -500")), 10).value());
    }

    @Test
    void emptyCohortIsUndefinedAndBadCohortsAreRejected() {
        Ltv empty = Ltv.cohort(List.of(Money.parse("CNY 0")), 0);
        assertEquals(Optional.of("cohort size is zero: no customer to divide the margin by"), empty.undefinedReason());
        IllegalArgumentException none = assertThrows(IllegalArgumentException.class, () -> Ltv.cohort(List.of(), 5));
        assertEquals("marginPerPeriod must have at least one period, was []", none.getMessage());
        IllegalArgumentException size = assertThrows(IllegalArgumentException.class,
                () -> Ltv.cohort(List.of(Money.parse("CNY 1")), -1));
        assertEquals("cohortSize must be >= 0, was -1", size.getMessage());
        assertThrows(CurrencyMismatchException.class,
                () -> Ltv.cohort(List.of(Money.parse("CNY 1"), Money.parse("USD 1")), 1));
    }

    @Test
    void validatesRatesNamingTheField() {
        assertEquals("grossMargin must be in [0, 1], was 1.2",
                assertThrows(IllegalArgumentException.class, () -> Ltv.simple(ARPU, 1.2, 0.1)).getMessage());
        assertEquals("churnRate must be in [0, 1], was -0.1",
                assertThrows(IllegalArgumentException.class, () -> Ltv.simple(ARPU, 0.5, -0.1)).getMessage());
        assertEquals("discountRate must be in [0, 1), was 1.0",
                assertThrows(IllegalArgumentException.class, () -> Ltv.discounted(ARPU, 0.5, 0.1, 1.0)).getMessage());
        assertEquals("discountRate must be in [0, 1), was -0.01",
                assertThrows(IllegalArgumentException.class,
                        () -> Ltv.cohort(List.of(ARPU), 1, -0.01)).getMessage());
        assertEquals("churnRate must be a finite number, was NaN",
                assertThrows(IllegalArgumentException.class, () -> Ltv.simple(ARPU, 0.5, Double.NaN)).getMessage());
        assertEquals("arpu must be >= 0, was CNY -1",
                assertThrows(IllegalArgumentException.class,
                        () -> Ltv.simple(Money.parse("CNY -1"), 0.5, 0.1)).getMessage());
    }

    @Test
    void equalRatesGiveEqualLtvs() {
        assertEquals(Ltv.simple(ARPU, 0.5, 0.2),
                Ltv.simple(ARPU, new BigDecimal("0.50"), new BigDecimal("0.200"), RoundingMode.HALF_EVEN));
        assertEquals("SIMPLE LTV CNY 250.00", Ltv.simple(ARPU, 0.5, 0.2).toString());
    }

    @Test
    void keepsTheRoundingModeSoItCanBeRebuilt() {
        // 100 × 0.5 / 0.3 = 166.666…: CEILING gives 166.67, DOWN 166.66
        Ltv down = Ltv.simple(Money.parse("CNY 100"), new BigDecimal("0.5"), new BigDecimal("0.3"), RoundingMode.DOWN);
        assertEquals(Money.parse("CNY 166.66"), down.value());
        assertEquals(RoundingMode.DOWN, down.roundingMode());
        assertEquals(down, Ltv.simple(down.arpu().orElseThrow(), down.grossMargin().orElseThrow(),
                down.churnRate().orElseThrow(), down.roundingMode()));
        assertEquals(RoundingMode.HALF_EVEN, Ltv.simple(Money.parse("CNY 100"), 0.5, 0.3).roundingMode());
        Ltv cohort = Ltv.cohort(List.of(Money.parse("CNY 10"), Money.parse("CNY 10")), 3, BigDecimal.ZERO,
                RoundingMode.CEILING);
        // 20 / 3 = 6.666… → 6.67
        assertEquals(Money.parse("CNY 6.67"), cohort.value());
        assertEquals(RoundingMode.CEILING, cohort.roundingMode());
    }
}
