package io.kpikit.attainment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.kpikit.core.Money;
import java.util.List;
import org.junit.jupiter.api.Test;

class PhasingTest {

    @Test
    void equalQuartersAndMonthsReconcileToTheCent() {
        // 1,000,000.00 / 3 = 333,333.333...: the leftover cent goes to the first part
        assertEquals(List.of(Money.parse("CNY 333333.34"), Money.parse("CNY 333333.33"), Money.parse("CNY 333333.33")),
                Phasing.split(Money.parse("CNY 1000000.00"), Profile.equal(3)));
        // 1,000,000.01 / 4 = 250,000.0025: one leftover cent
        List<Money> q = Phasing.quarters(Money.parse("CNY 1000000.01"));
        assertEquals(Money.parse("CNY 250000.01"), q.get(0));
        assertEquals(Money.parse("CNY 250000.00"), q.get(3));
        assertEquals(Money.parse("CNY 1000000.01"), Money.total(q));
        // 100.00 / 12 = 8.333...: four months get 8.34, eight get 8.33: 4 * 8.34 + 8 * 8.33 = 100.00
        List<Money> m = Phasing.months(Money.parse("CNY 100.00"));
        assertEquals(Money.parse("CNY 8.34"), m.get(3));
        assertEquals(Money.parse("CNY 8.33"), m.get(4));
        assertEquals(Money.parse("CNY 100.00"), Money.total(m));
    }

    @Test
    void seasonalMonthlyProfile() {
        // weights sum to 1200; January gets 80/1200 of 12,000 = 800, December 130/1200 = 1,300
        Profile seasonal = Profile.monthly(80, 80, 90, 90, 100, 100, 100, 100, 100, 110, 120, 130);
        List<Money> parts = Phasing.split(Money.parse("USD 12000.00"), seasonal);
        assertEquals(Money.parse("USD 800.00"), parts.get(0));
        assertEquals(Money.parse("USD 1300.00"), parts.get(11));
        assertEquals(Money.parse("USD 12000.00"), Money.total(parts));
    }

    @Test
    void currencyWithoutMinorUnitsSplitsInWholeYen() {
        // JPY 1,000 by 1:1:1 -> 334, 333, 333
        assertEquals(List.of(Money.parse("JPY 334"), Money.parse("JPY 333"), Money.parse("JPY 333")),
                Phasing.split(Money.parse("JPY 1000"), Profile.equal(3)));
    }

    @Test
    void countsSplitIntoWholeParts() {
        // 1,000 customers by 1:1:1:2 -> 200, 200, 200, 400
        assertEquals(List.of(200L, 200L, 200L, 400L), Phasing.split(1_000, Profile.quarterly(1, 1, 1, 2)));
        // 10 by thirds -> 4, 3, 3
        assertEquals(List.of(4L, 3L, 3L), Phasing.split(10, Profile.equal(3)));
        assertEquals(List.of(0L, 0L), Phasing.split(0, Profile.equal(2)));
    }

    @Test
    void invalidInputs() {
        assertEquals("annual must be >= 0, was -5", assertThrows(IllegalArgumentException.class,
                () -> Phasing.split(-5, Profile.equal(2))).getMessage());
        assertEquals("total must have at most 2 decimal places, was 10.005", assertThrows(
                IllegalArgumentException.class, () -> Phasing.quarters(Money.parse("CNY 10.005"))).getMessage());
        assertEquals("profile", assertThrows(NullPointerException.class,
                () -> Phasing.split(Money.parse("CNY 1.00"), null)).getMessage());
    }
}
