package io.kpikit.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

class MoneyTest {

    private static final Currency CNY = Currency.getInstance("CNY");

    @Test
    void budgetMinusSpendIsExact() {
        Money budget = Money.parse("CNY 10000000.00");
        Money spent = Money.of(new BigDecimal("9500000.00"), "CNY");
        assertEquals(Money.parse("CNY 500000.00"), budget.minus(spent));
        assertEquals("CNY 500000.00", budget.minus(spent).toString());
    }

    @Test
    void equalityIsNumericButScaleIsKept() {
        Money a = Money.of("12.3", "CNY");
        Money b = Money.of("12.30", "CNY");
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertEquals("CNY 12.3", a.toString());
        assertEquals("CNY 12.30", b.toString());
        assertNotEquals(a, Money.of("12.3", "USD"));
    }

    @Test
    void parseReadsBackToString() {
        for (String s : new String[] {"CNY 9500000.00", "USD -12.5", "JPY 100", "CNY 0.001"}) {
            assertEquals(s, Money.parse(s).toString());
        }
    }

    @Test
    void parseRejectsMalformedTextQuotingIt() {
        for (String s : new String[] {"9500000 CNY", "CNY", "CNY  5", "CNY 1,000", "RMB 5", "CNY 5 6", ""}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Money.parse(s));
            assertTrue(e.getMessage().contains(s.isEmpty() ? "\"\"" : s), e.getMessage());
        }
    }

    @Test
    void mixingCurrenciesNamesBoth() {
        CurrencyMismatchException e = assertThrows(CurrencyMismatchException.class,
                () -> Money.parse("CNY 1").plus(Money.parse("USD 1")));
        assertEquals("currency mismatch: CNY and USD", e.getMessage());
        assertEquals(CNY, e.first());
        assertThrows(CurrencyMismatchException.class, () -> Money.parse("CNY 1").compareTo(Money.parse("USD 1")));
        assertThrows(CurrencyMismatchException.class,
                () -> Money.total(Money.parse("CNY 1"), Money.parse("CNY 2"), Money.parse("USD 3")));
    }

    @Test
    void divisionRoundsToMinorUnitHalfEvenByDefault() {
        // CAC: 1,200,000 CNY over 400 customers = 3,000 CNY
        assertEquals(Money.parse("CNY 3000.00"),
                Money.parse("CNY 1200000").dividedBy(400, Money.DEFAULT_ROUNDING));
        // 0.125 rounds half-even to 0.12, half-up to 0.13
        Money eighth = Money.parse("CNY 1.00");
        assertEquals("CNY 0.12", eighth.dividedBy(8, RoundingMode.HALF_EVEN).toString());
        assertEquals("CNY 0.13", eighth.dividedBy(8, RoundingMode.HALF_UP).toString());
        assertEquals("JPY 333", Money.parse("JPY 1000").dividedBy(3, RoundingMode.HALF_EVEN).toString());
        assertEquals("CNY 0.3333", eighth.dividedBy(new BigDecimal(3), 4, RoundingMode.HALF_EVEN).toString());
        assertThrows(ArithmeticException.class, () -> eighth.dividedBy(0, RoundingMode.HALF_EVEN));
    }

    @Test
    void multiplicationIsExactUnlessRounded() {
        Money revenue = Money.parse("CNY 100.10");
        assertEquals("CNY 35.0350", revenue.multipliedBy(new BigDecimal("0.35")).toString());
        assertEquals("CNY 35.04", revenue.multipliedBy(new BigDecimal("0.35"), RoundingMode.HALF_EVEN).toString());
        assertEquals("CNY 300.30", revenue.multipliedBy(3).toString());
    }

    @Test
    void signQueriesAndAbs() {
        Money m = Money.parse("CNY -5.00");
        assertTrue(m.isNegative());
        assertFalse(m.isPositive());
        assertFalse(m.isZero());
        assertEquals(Money.parse("CNY 5"), m.abs());
        assertEquals(Money.parse("CNY 5"), m.negated());
        assertTrue(Money.zero(CNY).isZero());
        assertEquals("CNY 0.00", Money.zero(CNY).toString());
        assertEquals("CNY 9500000.00", Money.ofMinor(950_000_000L, CNY).toString());
        assertTrue(Money.parse("CNY 2").isGreaterThan(Money.parse("CNY 1.99")));
        assertTrue(Money.parse("CNY 1.99").isLessThan(Money.parse("CNY 2")));
    }

    @Test
    void totals() {
        assertEquals(Money.parse("CNY 6"),
                Money.total(Money.parse("CNY 1"), Money.parse("CNY 2"), Money.parse("CNY 3")));
        assertEquals(Money.zero(CNY), Money.total(CNY, List.of()));
        assertEquals(Money.parse("CNY 3.5"), Money.total(List.of(Money.parse("CNY 1.5"), Money.parse("CNY 2"))));
        assertThrows(IllegalArgumentException.class, () -> Money.total(List.of()));
        assertThrows(CurrencyMismatchException.class, () -> Money.total(CNY, List.of(Money.parse("USD 1"))));
    }

    @Test
    void allocateSplitsToTheCentAndKeepsTheTotal() {
        List<Money> parts = Money.parse("CNY 100.00").allocate(1, 1, 1);
        assertEquals(List.of(Money.parse("CNY 33.34"), Money.parse("CNY 33.33"), Money.parse("CNY 33.33")), parts);
        // 80/20 of the 10M budget
        assertEquals(List.of(Money.parse("CNY 8000000"), Money.parse("CNY 2000000")),
                Money.parse("CNY 10000000").allocate(0.8, 0.2));
        List<Money> negative = Money.parse("CNY -100.00").allocate(1, 1, 1);
        assertEquals(List.of(Money.parse("CNY -33.34"), Money.parse("CNY -33.33"), Money.parse("CNY -33.33")), negative);
    }

    @Test
    void absurdAmountsAreRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Money.parse("CNY 1E+999999999"));
        assertTrue(e.getMessage().contains("digits before the decimal point"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Money.parse("CNY 1E-999"));
        assertThrows(IllegalArgumentException.class, () -> Money.of("1.0", "XYZ"));
        assertThrows(IllegalArgumentException.class, () -> Money.of("1.0", "XAU").dividedBy(3, RoundingMode.HALF_EVEN));
    }

    @Test
    void nullsNameTheParameter() {
        NullPointerException e = assertThrows(NullPointerException.class, () -> Money.of((BigDecimal) null, CNY));
        assertEquals("amount", e.getMessage());
    }

    @Test
    void toMinorUnitsIsExact() {
        // CNY 9,500,000.00 = 950,000,000 fen; trailing zeros do not count: CNY 1.500 = 150 fen
        assertEquals(950_000_000L, Money.parse("CNY 9500000.00").toMinorUnits());
        assertEquals(150L, Money.of("1.500", "CNY").toMinorUnits());
        assertEquals(-5L, Money.of("-0.05", "CNY").toMinorUnits());
        assertEquals(0L, Money.of("0.000", "CNY").toMinorUnits());
        // JPY has no decimals: JPY 1200 = 1200; scientific notation: CNY 1E+3 = 100,000 fen
        assertEquals(1200L, Money.of("1200", "JPY").toMinorUnits());
        assertEquals(100_000L, Money.of(new BigDecimal("1E+3"), CNY).toMinorUnits());
        // the long range is used in full: Long.MAX_VALUE fen converts back
        assertEquals(Long.MAX_VALUE, Money.ofMinor(Long.MAX_VALUE, CNY).toMinorUnits());
    }

    @Test
    void toMinorUnitsRefusesToRound() {
        assertEquals("amount must have at most 2 decimals, was CNY 0.005", assertThrows(ArithmeticException.class,
                () -> Money.of("0.005", "CNY").toMinorUnits()).getMessage());
        assertEquals("amount must have at most 0 decimals, was JPY 0.5", assertThrows(ArithmeticException.class,
                () -> Money.of("0.5", "JPY").toMinorUnits()).getMessage());
        // 1E+20 yuan is 1E+22 fen, beyond Long.MAX_VALUE (about 9.2E+18)
        assertEquals("amount must fit a long of minor units, was CNY 100000000000000000000",
                assertThrows(ArithmeticException.class,
                        () -> Money.of("100000000000000000000", "CNY").toMinorUnits()).getMessage());
        assertEquals("currency XAU has no minor unit; pass an explicit scale", assertThrows(
                IllegalArgumentException.class, () -> Money.of("1", "XAU").toMinorUnits()).getMessage());
    }
}
