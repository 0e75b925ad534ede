package io.kpikit.growth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kpikit.core.CurrencyMismatchException;
import io.kpikit.core.Money;
import java.math.RoundingMode;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MoneyChangeTest {

    @Test
    void revenueGrowthKeepsTheDifferenceAsMoney() {
        // CNY 8,000,000 -> 9,200,000: +1,200,000, relative 1.2M / 8M = 15%
        MoneyChange c = MoneyChange.between(Money.parse("CNY 8000000.00"), Money.parse("CNY 9200000.00"))
                .withPeriod(ComparisonPeriod.YEAR_OVER_YEAR);
        assertEquals(Money.parse("CNY 1200000.00"), c.difference());
        assertEquals("15.0%", c.relative().toPercentString(1, RoundingMode.HALF_UP));
        assertEquals(ComparisonPeriod.YEAR_OVER_YEAR, c.period());
        assertEquals(Money.parse("CNY 8000000.00"), c.previous());
        assertEquals(Money.parse("CNY 9200000.00"), c.current());
        assertEquals(c.relative(), c.toChange().relative());
        assertEquals("YoY CNY 8000000.00 -> CNY 9200000.00: CNY 1200000.00 (1200000.00/8000000.00 = 0.15)",
                c.toString());
    }

    @Test
    void zeroAndNegativeBasesFollowTheChangeRules() {
        MoneyChange fromZero = MoneyChange.between(Money.parse("USD 0.00"), Money.parse("USD 50.00"));
        assertEquals(Optional.of("base is zero"), fromZero.relative().undefinedReason());
        assertEquals(Money.parse("USD 50.00"), fromZero.difference());
        // -200 -> -50: (-50 - -200) / 200 = +75%
        MoneyChange loss = MoneyChange.between(Money.parse("USD -200.00"), Money.parse("USD -50.00"));
        assertTrue(loss.isNegativeBase());
        assertEquals(0.75, loss.relative().doubleValue());
    }

    @Test
    void currenciesMustMatch() {
        CurrencyMismatchException e = assertThrows(CurrencyMismatchException.class,
                () -> MoneyChange.between(Money.parse("CNY 1.00"), Money.parse("USD 1.00")));
        assertTrue(e.getMessage().contains("CNY") && e.getMessage().contains("USD"), e.getMessage());
    }

    @Test
    void equalityIsNumeric() {
        assertEquals(MoneyChange.between(Money.parse("CNY 1.0"), Money.parse("CNY 2")),
                MoneyChange.between(Money.parse("CNY 1.00"), Money.parse("CNY 2.00")));
    }
}
