package io.kpikit.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kpikit.core.Money;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Paths with touch ages, built by hand with the public builder and from journeys. */
class PathSetTouchAgesTest {

    private static String error(Class<? extends RuntimeException> type, Runnable r) {
        return assertThrows(type, r::run).getMessage();
    }

    @Test
    void agesComeBackPerPathInPathOrder() {
        // Search 2 days (172,800 s) before the conversion, Email 1 hour (3,600 s) before
        PathSet p = PathSet.builderWithTouchAges(RandomPaths.CNY)
                .add(List.of("Search", "Email"), List.of(172800.0, 3600.0), 1, new BigDecimal("99.00"), 0)
                .add(List.of("Email"), List.of(0.0), 0, BigDecimal.ZERO, 1)
                .build();
        assertTrue(p.hasTouchAges());
        assertEquals(List.of(172800.0, 3600.0), p.touchAges(0));
        assertEquals(List.of(0.0), p.touchAges(1));
        assertEquals(Money.parse("CNY 99.00"), p.value(0));
        assertEquals(p, PathSetTest.rebuild(p));
        assertThrows(IndexOutOfBoundsException.class, () -> p.touchAges(2));
        PathSet plain = PathSet.builder(RandomPaths.CNY).add(List.of("Search"), 1, BigDecimal.ONE, 0).build();
        assertFalse(plain.hasTouchAges());
        assertEquals("touch ages are not known: the paths were not built with touch ages",
                error(IllegalStateException.class, () -> plain.touchAges(0)));
    }

    @Test
    void journeysRebuiltFromTheirAccessorsAreEqualAndDecayAlike() {
        // u1: Search at 0 h, Email at 24 h, converts at 48 h for 120.00; u2: Email, never converts
        Instant t0 = Instant.parse("2024-03-01T00:00:00Z");
        JourneyAccumulator acc = new JourneyAccumulator(Duration.ofDays(7), RandomPaths.CNY);
        acc.add(new Touchpoint("u1", "Search", t0));
        acc.add(new Touchpoint("u1", "Email", t0.plus(Duration.ofHours(24))));
        acc.add(new Conversion("u1", t0.plus(Duration.ofHours(48)), Money.parse("CNY 120.00")));
        acc.add(new Touchpoint("u2", "Email", t0));
        PathSet paths = acc.result().paths();
        // ages 48 h = 172,800 s and 24 h = 86,400 s; the null path's touch has age 0
        assertEquals(List.of(172800.0, 86400.0), paths.touchAges(0));
        assertEquals(List.of(0.0), paths.touchAges(1));
        PathSet rebuilt = PathSetTest.rebuild(paths);
        assertEquals(paths, rebuilt);
        assertEquals(RuleBasedModel.timeDecay().attribute(paths), RuleBasedModel.timeDecay().attribute(rebuilt));
    }

    @Test
    void aBuilderTakesAgesForEveryPathOrForNone() {
        assertEquals("touch ages need a builder made by PathSet.builderWithTouchAges",
                error(IllegalStateException.class, () -> PathSet.builder(RandomPaths.CNY)
                        .add(List.of("A"), List.of(1.0), 1, BigDecimal.ONE, 0)));
        // a path added without ages is found by the next add with ages, or by build()
        PathSet.Builder mixed = PathSet.builderWithTouchAges(RandomPaths.CNY)
                .add(List.of("A"), List.of(1.0), 1, BigDecimal.ONE, 0)
                .add(List.of("B"), 1, BigDecimal.ONE, 0);
        String expected = "every path of a builder with touch ages must be added with its ages, was added without (path 1)";
        assertEquals(expected, error(IllegalStateException.class, mixed::build));
        assertEquals(expected, error(IllegalStateException.class,
                () -> mixed.add(List.of("C"), List.of(1.0), 1, BigDecimal.ONE, 0)));
    }

    @Test
    void invalidAgesAreRejectedNamingThePathAndTheTouch() {
        PathSet.Builder b = PathSet.builderWithTouchAges(RandomPaths.CNY)
                .add(List.of("A"), List.of(5.0), 1, BigDecimal.ONE, 0);
        assertEquals("touchAges must have one age per channel (2), was 1 ages (path 1)",
                error(IllegalArgumentException.class, () -> b.add(List.of("A", "B"), List.of(1.0), 1, BigDecimal.ONE, 0)));
        assertEquals("touchAges[1] must be a finite number >= 0, was -1.0 (path 1)",
                error(IllegalArgumentException.class,
                        () -> b.add(List.of("A", "B"), List.of(1.0, -1.0), 1, BigDecimal.ONE, 0)));
        assertEquals("touchAges[0] must be a finite number >= 0, was NaN (path 1)",
                error(IllegalArgumentException.class, () -> b.add(List.of("A"), List.of(Double.NaN), 1, BigDecimal.ONE, 0)));
        assertEquals("touchAges[0] must be a finite number >= 0, was Infinity (path 1)", error(
                IllegalArgumentException.class,
                () -> b.add(List.of("A"), List.of(Double.POSITIVE_INFINITY), 1, BigDecimal.ONE, 0)));
        assertEquals("channel must not be blank, was \" \" (path 1)",
                error(IllegalArgumentException.class, () -> b.add(List.of(" "), List.of(1.0), 1, BigDecimal.ONE, 0)));
        assertEquals("path must have at least one channel, was empty (path 1)",
                error(IllegalArgumentException.class, () -> b.add(List.of(), List.of(), 1, BigDecimal.ONE, 0)));
        assertEquals("value must be 0 on a path without conversions, was 1 (path 1)",
                error(IllegalArgumentException.class, () -> b.add(List.of("A"), List.of(1.0), 0, BigDecimal.ONE, 0)));
        assertThrows(NullPointerException.class, () -> b.add(List.of("A"), Arrays.asList((Double) null), 1,
                BigDecimal.ONE, 0));
        // the rejected paths left nothing behind
        assertEquals(1, b.build().size());
        assertEquals(List.of(5.0), b.build().touchAges(0));
    }
}
