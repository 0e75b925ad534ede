package io.kpikit.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.kpikit.core.CurrencyMismatchException;
import io.kpikit.core.Money;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Random;
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

    private static String message(Runnable r) {
        return assertThrows(IllegalArgumentException.class, r::run).getMessage();
    }

    @Test
    void thePrimitiveAddsBuildTheSamePathsAsTheRecords() {
        long d0 = DAY0.getEpochSecond();
        JourneyAccumulator acc = new JourneyAccumulator(Duration.ofDays(30), CNY);
        // the class example: Search on day 1, Email on day 3, CNY 99.00 on day 4 (9,900 fen)
        acc.addTouch("u1", "Search", d0 + 86_400, 0);
        acc.addTouch("u1", "Email", d0 + 3 * 86_400, 250_000_000);
        acc.addConversion("u1", d0 + 4 * 86_400, 0, 9_900);
        // u2 converts without a touch: unattributed, CNY 0.05
        acc.addConversion("u2", d0, 0, 5);
        Journeys j = acc.result();
        assertEquals(List.of("Search", "Email"), j.paths().path(0));
        assertEquals(Money.parse("CNY 99.00"), j.paths().totalValue());
        // ages: Search 3 days = 259,200 s; Email 1 day minus 0.25 s = 86,399.75 s
        assertEquals(259_200.0, j.paths().ages()[0]);
        assertEquals(86_399.75, j.paths().ages()[1]);
        assertEquals(1, j.unattributedConversions());
        assertEquals("CNY 0.05", j.unattributedValue().toString());

        JourneyAccumulator records = new JourneyAccumulator(Duration.ofDays(30), CNY);
        records.add(new Touchpoint("u1", "Search", day(1)));
        records.add(new Touchpoint("u1", "Email", day(3).plusMillis(250)));
        records.add(new Conversion("u1", day(4), Money.parse("CNY 99.00")));
        records.add(new Conversion("u2", DAY0, Money.parse("CNY 0.05")));
        assertEquals(j, records.result());
    }

    @Test
    void thePrimitiveAddsRejectBadFieldsNamingFieldValueAndUser() {
        JourneyAccumulator acc = new JourneyAccumulator(Duration.ofDays(30), CNY);
        long s = DAY0.getEpochSecond();
        assertEquals("user", assertThrows(NullPointerException.class, () -> acc.addTouch(null, "Email", s, 0))
                .getMessage());
        assertEquals("channel", assertThrows(NullPointerException.class, () -> acc.addTouch("u", null, s, 0))
                .getMessage());
        assertEquals("user", assertThrows(NullPointerException.class, () -> acc.addConversion(null, s, 0, 1))
                .getMessage());
        assertEquals("channel must not be blank, was \" \" (user \"u\")", message(() -> acc.addTouch("u", " ", s, 0)));
        // String.trim() would leave "" of a control character, which no path can hold
        assertEquals("channel must not be blank, was \"\u0000\" (user \"u\")",
                message(() -> acc.addTouch("u", "\u0000", s, 0)));
        assertEquals("channel must not be blank, was \"\u0000\" (user \"u\")",
                message(() -> acc.add(new Touchpoint("u", "\u0000", DAY0))));
        assertEquals("nanos must be in [0, 999999999], was -1 (user \"u\")", message(() -> acc.addTouch("u", "Email", s, -1)));
        assertEquals("nanos must be in [0, 999999999], was 1000000000 (user \"u\")",
                message(() -> acc.addConversion("u", s, 1_000_000_000, 1)));
        assertEquals("epochSecond must be in [-31557014167219200, 31556889864403199], was 31556889864403200 (user \"u\")",
                message(() -> acc.addTouch("u", "Email", Instant.MAX.getEpochSecond() + 1, 0)));
        assertEquals("epochSecond must be in [-31557014167219200, 31556889864403199], was -31557014167219201 (user \"u\")",
                message(() -> acc.addConversion("u", Instant.MIN.getEpochSecond() - 1, 0, 1)));
        assertEquals("valueMinorUnits must be >= 0, was -1 (user \"u\")", message(() -> acc.addConversion("u", s, 0, -1)));
        // nothing was recorded, not even the user
        Journeys j = acc.result();
        assertEquals(0, j.paths().size());
        assertEquals(0, j.unattributedConversions());
        assertEquals("CNY 0", j.unattributedValue().toString());
    }

    @Test
    void aValueFinerThanTheMinorUnitFailsWhenAdded() {
        JourneyAccumulator acc = new JourneyAccumulator(Duration.ofDays(30), CNY);
        // before, CNY 0.001 failed only in result() when its conversion had touches, and was summed when it had none
        assertEquals("value must have at most 2 decimal places in CNY, was 0.001 (user \"u\")",
                message(() -> acc.add(new Conversion("u", DAY0, Money.parse("CNY 0.001")))));
        JourneyAccumulator yen = new JourneyAccumulator(Duration.ofDays(30), Currency.getInstance("JPY"));
        assertEquals("value must have at most 0 decimal places in JPY, was 0.5 (user \"u\")",
                message(() -> yen.add(new Conversion("u", DAY0, Money.parse("JPY 0.5")))));
        // 10^20 CNY is 10^22 fen, more than a long holds (9,223,372,036,854,775,807 fen)
        assertEquals("value must be at most 92233720368547758.07 in CNY, was 100000000000000000000 (user \"u\")",
                message(() -> acc.add(new Conversion("u", DAY0, Money.of(BigDecimal.TEN.pow(20), CNY)))));
        assertEquals("currency must have a minor unit, was XAU",
                message(() -> new JourneyAccumulator(Duration.ofDays(1), Currency.getInstance("XAU"))));
        assertEquals(0, acc.result().unattributedConversions());
    }

    @Test
    void trailingZerosAreAcceptedAndTheirScaleKept() {
        JourneyAccumulator acc = new JourneyAccumulator(Duration.ofDays(30), CNY);
        // CNY 7.000 is 700 fen; unattributed, its scale 3 is kept: 7.000 + 1.5 = 8.500
        acc.add(new Conversion("u", day(1), Money.parse("CNY 7.000")));
        acc.add(new Conversion("v", day(1), Money.parse("CNY 1.5")));
        // attributed, it is a path value like any other: 2.10 + 3 = 5.10 on the paths
        acc.add(new Touchpoint("w", "Email", day(1)));
        acc.add(new Conversion("w", day(2), Money.parse("CNY 2.1000")));
        acc.add(new Conversion("w", day(2), Money.parse("CNY 3")));
        Journeys j = acc.result();
        assertEquals(new BigDecimal("8.500"), j.unattributedValue().amount());
        assertEquals(2, j.unattributedConversions());
        assertEquals(new BigDecimal("5.10"), j.paths().totalValue().amount());
        // conversions at the same instant by value: 2.10 before 3
        assertEquals(2.1, j.paths().valuesArray()[0]);
        assertEquals(3.0, j.paths().valuesArray()[1]);
    }

    @Test
    void theWholeRangeOfInstantsAndLookbacksWorks() {
        // before, result() computed conversion time − lookback as an Instant and threw beyond Instant.MIN
        JourneyAccumulator acc = new JourneyAccumulator(Duration.ofSeconds(Long.MAX_VALUE, 999_999_999), CNY);
        acc.add(new Touchpoint("u", "Old", Instant.MIN));
        acc.add(new Conversion("u", Instant.MAX, Money.parse("CNY 1.00")));
        PathSet p = acc.result().paths();
        assertEquals(List.of("Old"), p.path(0));
        // age: MAX − MIN = 31556889864403199.999999999 − (−31557014167219200) s
        double age = (31_556_889_864_403_199L + 31_557_014_167_219_200L) + 999_999_999 / 1e9;
        assertEquals(age, p.ages()[0]);
    }

    @Test
    void mergingIntoItselfCountsEveryEventTwice() {
        JourneyAccumulator acc = new JourneyAccumulator(Duration.ofDays(30), CNY);
        acc.add(new Touchpoint("u", "Email", day(1)));
        acc.add(new Conversion("u", day(2), Money.parse("CNY 10.00")));
        acc.add(new Conversion("v", day(2), Money.parse("CNY 1.00")));
        acc.merge(acc);
        Journeys j = acc.result();
        // two conversions of u at day 2 share the window of two Email touches
        assertEquals(2, j.paths().size());
        assertEquals(List.of("Email", "Email"), j.paths().path(1));
        assertEquals(Money.parse("CNY 20.00"), j.paths().totalValue());
        assertEquals(2, j.unattributedConversions());
        assertEquals(Money.parse("CNY 2.00"), j.unattributedValue());
    }

    @Test
    void aSerialisedAccumulatorGivesTheSameResultAndKeepsAccumulating() throws Exception {
        JourneyAccumulator acc = manyEvents(new Random(7), 5_000);
        JourneyAccumulator copy = roundTrip(acc);
        assertEquals(acc.result(), copy.result());
        acc.add(new Touchpoint("new user", "Email", day(1)));
        copy.add(new Touchpoint("new user", "Email", day(1)));
        acc.merge(manyEvents(new Random(8), 100));
        copy.merge(roundTrip(manyEvents(new Random(8), 100)));
        assertEquals(acc.result(), copy.result());
        assertEquals(new JourneyAccumulator(Duration.ofDays(30), CNY).result(),
                roundTrip(new JourneyAccumulator(Duration.ofDays(30), CNY)).result());
    }

    @Test
    void largeInputsAcrossBlocksAndLongUserHistoriesMatchTheReference() {
        // 3 heavy users (thousands of events each: the merge sort, not the insertion sort) and
        // 500 light ones; 12,000 events span three 4,096-event blocks
        Random r = new Random(11);
        List<Object> events = new ArrayList<>();
        for (int i = 0; i < 12_000; i++) {
            String user = i % 4 == 0 ? "light" + r.nextInt(500) : "heavy" + r.nextInt(3);
            Instant at = DAY0.plusSeconds(3_600L * r.nextInt(2_000)).plusNanos(r.nextInt(3));
            events.add(r.nextInt(6) == 0 ? new Conversion(user, at, Money.ofMinor(r.nextInt(100), CNY))
                    : new Touchpoint(user, "c" + r.nextInt(12), at));
        }
        JourneyAccumulator acc = new JourneyAccumulator(Duration.ofDays(2), CNY);
        events.forEach(e -> {
            if (e instanceof Touchpoint) {
                acc.add((Touchpoint) e);
            } else {
                acc.add((Conversion) e);
            }
        });
        Journeys expected = JourneyReference.of(events, Duration.ofDays(2), CNY);
        Journeys actual = acc.result();
        assertEquals(expected.paths(), actual.paths());
        assertEquals(expected.unattributedConversions(), actual.unattributedConversions());
        assertEquals(expected.unattributedValue().amount(), actual.unattributedValue().amount());
    }

    private static JourneyAccumulator manyEvents(Random r, int n) {
        JourneyAccumulator acc = new JourneyAccumulator(Duration.ofDays(30), CNY);
        for (int i = 0; i < n; i++) {
            String user = "u" + r.nextInt(n / 4 + 1);
            long second = DAY0.getEpochSecond() + r.nextInt(90 * 86_400);
            if (r.nextInt(7) == 0) {
                acc.addConversion(user, second, 0, r.nextInt(50_000));
            } else {
                acc.addTouch(user, "c" + r.nextInt(8), second, r.nextInt(1_000_000_000));
            }
        }
        return acc;
    }

    private static JourneyAccumulator roundTrip(JourneyAccumulator acc) throws IOException, ClassNotFoundException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(acc);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (JourneyAccumulator) in.readObject();
        }
    }
}
