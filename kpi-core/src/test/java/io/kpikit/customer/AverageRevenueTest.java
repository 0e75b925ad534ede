package io.kpikit.customer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.kpikit.core.Money;
import java.math.RoundingMode;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AverageRevenueTest {

    @Test
    void aovIsRevenueOverOrders() {
        // 1,000,000 / 8,000 = 125
        AverageRevenue aov = AverageRevenue.aov(Money.parse("CNY 1000000"), 8000);
        assertEquals(Money.parse("CNY 125.00"), aov.value());
        assertEquals(AverageRevenue.Kind.AOV, aov.kind());
        assertEquals(8000, aov.count());
        assertEquals(Money.parse("CNY 1000000"), aov.revenue());
        assertEquals("AOV CNY 125.00 = CNY 1000000 / 8000 orders", aov.toString());
    }

    @Test
    void arpuIsRevenueOverCustomersRoundedToTheMinorUnit() {
        // 1,000,000 / 3,000 = 333.333... -> 333.33 (HALF_EVEN), 333.34 (UP)
        assertEquals(Money.parse("CNY 333.33"), AverageRevenue.arpu(Money.parse("CNY 1000000"), 3000).value());
        assertEquals(Money.parse("CNY 333.34"),
                AverageRevenue.arpu(Money.parse("CNY 1000000"), 3000, RoundingMode.UP).value());
        // JPY has no minor unit: 1000 / 3 = 333
        assertEquals(Money.parse("JPY 333"), AverageRevenue.aov(Money.parse("JPY 1000"), 3, RoundingMode.HALF_EVEN).value());
    }

    @Test
    void zeroCountIsUndefined() {
        AverageRevenue none = AverageRevenue.aov(Money.parse("CNY 10"), 0);
        assertFalse(none.isDefined());
        assertEquals(Optional.of("orders is zero: AOV of CNY 10 is undefined"), none.undefinedReason());
        assertEquals("orders is zero: AOV of CNY 10 is undefined",
                assertThrows(IllegalStateException.class, none::value).getMessage());
        assertEquals(Optional.empty(), none.toOptional());
        assertEquals(Money.parse("CNY 0"), none.orElse(Money.parse("CNY 0")));
        assertEquals("customers must be >= 0, was -4", assertThrows(IllegalArgumentException.class,
                () -> AverageRevenue.arpu(Money.parse("CNY 10"), -4)).getMessage());
        assertEquals("revenue must be >= 0, was CNY -10", assertThrows(IllegalArgumentException.class,
                () -> AverageRevenue.arpu(Money.parse("CNY -10"), 4)).getMessage());
    }

    @Test
    void keepsTheRoundingModeSoItCanBeRebuilt() {
        // 100 / 3 = 33.333…: DOWN and HALF_EVEN both give 33.33, UP gives 33.34
        AverageRevenue up = AverageRevenue.aov(Money.parse("CNY 100"), 3, RoundingMode.UP);
        assertEquals(Money.parse("CNY 33.34"), up.value());
        assertEquals(RoundingMode.UP, up.roundingMode());
        assertEquals(up, AverageRevenue.aov(up.revenue(), up.count(), up.roundingMode()));
        assertEquals(RoundingMode.HALF_EVEN, AverageRevenue.arpu(Money.parse("CNY 100"), 0).roundingMode());
    }
}
