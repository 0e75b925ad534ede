package io.kpikit.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.kpikit.core.Money;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Capacity edges of {@link JourneyAccumulator}, its event columns and {@link StringIds}. */
class JourneyLimitsTest {

    private static final Currency CNY = Currency.getInstance("CNY");
    private static final Instant DAY0 = Instant.parse("2024-01-01T00:00:00Z");

    @Test
    void aNullPathLongerThanTheFirstBufferKeepsEveryTouch() {
        // 40 touches after the last (here: no) conversion: one null path of 40 channels, in time order
        JourneyAccumulator acc = new JourneyAccumulator(Duration.ofDays(30), CNY);
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            String channel = "c" + (char) ('A' + i % 26) + i;
            expected.add(channel);
            acc.add(new Touchpoint("u", channel, DAY0.plusSeconds(i)));
        }
        PathSet p = acc.result().paths();
        assertEquals(1, p.size());
        assertEquals(expected, p.path(0));
        assertEquals(0.0, p.conversions(0));
        assertEquals(1.0, p.nulls(0));
    }

    @Test
    void theLargestValueIsAcceptedAndOneMinorUnitMoreIsRejected() {
        // Long.MAX_VALUE = 9223372036854775807 minor units = CNY 92233720368547758.07
        JourneyAccumulator acc = new JourneyAccumulator(Duration.ofDays(1), CNY);
        acc.add(new Conversion("u", DAY0, Money.parse("CNY 92233720368547758.07")));
        Journeys j = acc.result();
        assertEquals(1, j.unattributedConversions());
        assertEquals(Money.parse("CNY 92233720368547758.07"), j.unattributedValue());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> acc.add(new Conversion("v", DAY0, Money.parse("CNY 92233720368547758.08"))));
        assertEquals("value must be at most 92233720368547758.07 in CNY, was 92233720368547758.08 (user \"v\")",
                e.getMessage());
    }

    @Test
    void unattributedValuesBeyondALongAreSummedExactly() {
        // three conversions without touches of Long.MAX_VALUE minor units each:
        // 3 × 9223372036854775807 = 27670116110564327421 minor units = CNY 276701161105643274.21
        JourneyAccumulator acc = new JourneyAccumulator(Duration.ofDays(1), CNY);
        for (String user : List.of("a", "b", "c")) {
            acc.addConversion(user, DAY0.getEpochSecond(), 0, Long.MAX_VALUE);
        }
        Journeys j = acc.result();
        assertEquals(3, j.unattributedConversions());
        assertEquals(Money.parse("CNY 276701161105643274.21"), j.unattributedValue());
        assertEquals(0, j.paths().size());
    }

    @Test
    void conversionsBeyondSixteenBlocksAreAllKept() {
        // 70,000 conversions (more than 16 blocks of 4,096) of 1..70,000 minor units, no touches:
        // Σ i = 70000 × 70001 / 2 = 2,450,035,000 minor units = CNY 24,500,350.00
        JourneyAccumulator acc = new JourneyAccumulator(Duration.ofDays(1), CNY);
        long second = DAY0.getEpochSecond();
        for (int i = 1; i <= 70_000; i++) {
            acc.addConversion("u", second + i, 0, i);
        }
        Journeys j = acc.result();
        assertEquals(70_000, j.unattributedConversions());
        assertEquals(Money.parse("CNY 24500350.00"), j.unattributedValue());
    }

    @Test
    void conversionsJustPastOneBlockAreAllKept() {
        // 4,097 conversions of 1 minor unit, each with its own touch the second before:
        // 4,097 paths [Email], 4,097 conversions, CNY 40.97
        JourneyAccumulator acc = new JourneyAccumulator(Duration.ofDays(1), CNY);
        long second = DAY0.getEpochSecond();
        for (int i = 0; i < 4_097; i++) {
            acc.addTouch("u" + i, "Email", second, 0);
            acc.addConversion("u" + i, second + 1, 0, 1);
        }
        Journeys j = acc.result();
        assertEquals(0, j.unattributedConversions());
        assertEquals(4_097.0, j.paths().totalConversions());
        assertEquals(Money.parse("CNY 40.97"), j.paths().totalValue());
    }

    @Test
    void theEmptyStringIsFoundAfterTheFirstRehash() {
        // 9 strings make 2 × 9 > 16 slots: the table doubles; "" (hash code 0) is then new, id 9
        StringIds ids = new StringIds();
        for (int i = 0; i < 9; i++) {
            assertEquals(i, ids.intern("s" + i));
        }
        assertEquals(9, ids.intern(""));
        assertEquals(9, ids.intern(""));
        assertEquals(10, ids.size());
        assertEquals("", ids.name(9));
    }
}
