package io.kpikit.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.kpikit.core.CurrencyMismatchException;
import io.kpikit.core.Money;
import java.time.Duration;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

class JourneyAccumulatorTest {

    private static final Currency CNY = Currency.getInstance("CNY");
    private static final Instant DAY0 = Instant.parse("2024-01-01T00:00:00Z");

    private static Instant day(int d) {
        return DAY0.plus(Duration.ofDays(d));
    }

    @Test
    void buildsOnePathPerConversionWithALookbackWindow() {
        JourneyAccumulator acc = new JourneyAccumulator(Duration.ofDays(30), CNY);
        // u4 converts twice: each conversion uses only the touches since the previous one
        acc.add(new Touchpoint("u4", "Email", day(1)));
        acc.add(new Conversion("u4", day(2), Money.parse("CNY 50.00")));
        acc.add(new Touchpoint("u4", "Search", day(3)));
        acc.add(new Conversion("u4", day(4), Money.parse("CNY 30.00")));
        // u1: Display at day 0 is more than 30 days before the conversion at day 40 → dropped;
        // Social after the conversion is a journey that did not convert → null path
        acc.add(new Touchpoint("u1", "Display", day(0)));
        acc.add(new Touchpoint("u1", "Email", day(35)));
        acc.add(new Touchpoint("u1", "Search", day(20)));
        acc.add(new Conversion("u1", day(40), Money.parse("CNY 100.00")));
        acc.add(new Touchpoint("u1", "Social", day(45)));
        // u2 never converts; u3 converts without any touch
        acc.add(new Touchpoint("u2", "Search", day(1)));
        acc.add(new Conversion("u3", day(5), Money.parse("CNY 7.00")));
        Journeys j = acc.result();
        PathSet p = j.paths();
        assertEquals(5, p.size());
        assertEquals(List.of("Search", "Email"), p.path(0));
        assertEquals(1, p.conversions(0));
        assertEquals(List.of("Social"), p.path(1));
        assertEquals(0, p.conversions(1));
        assertEquals(1, p.nulls(1));
        assertEquals(List.of("Search"), p.path(2));
        assertEquals(1, p.nulls(2));
        assertEquals(List.of("Email"), p.path(3));
        assertEquals(List.of("Search"), p.path(4));
        assertEquals(3, p.totalConversions());
        assertEquals(Money.parse("CNY 180.00"), p.totalValue());
        assertEquals(1, j.unattributedConversions());
        assertEquals(Money.parse("CNY 7.00"), j.unattributedValue());
        // touch ages: Search 20 days, Email 5 days before the conversion
        assertEquals(20 * 86400.0, p.ages()[0]);
        assertEquals(5 * 86400.0, p.ages()[1]);
    }

    @Test
    void aTouchAtTheConversionInstantAndAtTheWindowEdgeCount() {
        JourneyAccumulator acc = new JourneyAccumulator(Duration.ofDays(7), CNY);
        acc.add(new Touchpoint("u", "Edge", day(3)));
        acc.add(new Touchpoint("u", "Same", day(10)));
        acc.add(new Conversion("u", day(10), Money.parse("CNY 1.00")));
        assertEquals(List.of("Edge", "Same"), acc.result().paths().path(0));
    }

    @Test
    void conversionsAtTheSameInstantShareTheTouchWindow() {
        JourneyAccumulator acc = new JourneyAccumulator(Duration.ofDays(30), CNY);
        acc.add(new Touchpoint("u1", "Email", day(8)));
        acc.add(new Touchpoint("u1", "Social", day(10)));
        acc.add(new Conversion("u1", day(10), Money.parse("CNY 50.00")));
        acc.add(new Conversion("u1", day(10), Money.parse("CNY 20.00")));
        Journeys j = acc.result();
        PathSet p = j.paths();
        // one path per conversion, both with the touches of the shared window
        assertEquals(2, p.size());
        assertEquals(List.of("Email", "Social"), p.path(0));
        assertEquals(List.of("Email", "Social"), p.path(1));
        assertEquals(2, p.totalConversions());
        assertEquals(0, p.totalNulls());
        assertEquals(Money.parse("CNY 70.00"), p.totalValue());
        assertEquals(0, j.unattributedConversions());
        // ages: Email 2 days, Social 0 before the shared instant, for both paths
        assertEquals(List.of(2 * 86400.0, 0.0, 2 * 86400.0, 0.0),
                java.util.Arrays.stream(p.ages()).boxed().toList());
    }

    @Test
    void mergeRejectsADifferentSetup() {
        JourneyAccumulator a = new JourneyAccumulator(Duration.ofDays(7), CNY);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> a.merge(new JourneyAccumulator(Duration.ofDays(8), CNY)));
        assertEquals("other must have lookback PT168H and currency CNY, was PT192H and CNY", e.getMessage());
        assertThrows(CurrencyMismatchException.class,
                () -> a.add(new Conversion("u", DAY0, Money.parse("USD 1.00"))));
        assertEquals("lookback must be >= 0, was PT-24H", assertThrows(IllegalArgumentException.class,
                () -> new JourneyAccumulator(Duration.ofDays(-1), CNY)).getMessage());
        assertEquals("value must be >= 0, was CNY -1.00 (user \"u\")", assertThrows(IllegalArgumentException.class,
                () -> new Conversion("u", DAY0, Money.parse("CNY -1.00"))).getMessage());
        assertEquals("channel must not be blank, was \" \" (user \"u\")", assertThrows(IllegalArgumentException.class,
                () -> new Touchpoint("u", " ", DAY0)).getMessage());
    }
}
