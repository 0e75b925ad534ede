package io.kpikit.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kpikit.core.Money;
import java.math.BigDecimal;
import java.util.Currency;
import org.junit.jupiter.api.Test;

class ShapleyModelTest {

    private static final Currency CNY = Currency.getInstance("CNY");

    /*
     * A        1 conversion (CNY 100), 1 null   → rate 1/2, value rate 50
     * A > B    3 conversions (CNY 300), 1 null  → rate 3/4, value rate 75
     * B        0 conversions,           2 nulls → rate 0
     * v(A) = 1/2, v(B) = 0, v(AB) = 1/2 + 0 + 3/4 = 5/4.
     * φ_A = ½ (v(A) − v(∅)) + ½ (v(AB) − v(B)) = ½ · ½ + ½ · 5/4 = 7/8; φ_B = ½ · 0 + ½ · 3/4 = 3/8.
     * 4 conversions × 7/10 = 2.8 to A, 1.2 to B.
     * Value: φ_A = ½ · 50 + ½ · 125 = 87.5, φ_B = 37.5 → CNY 400 × 0.7 = 280, × 0.3 = 120.
     */
    private static PathSet paths() {
        return PathSet.builder(CNY)
                .add("A", " > ", 1, new BigDecimal("100"), 1)
                .add("A > B", " > ", 3, new BigDecimal("300"), 1)
                .add("B", " > ", 0, BigDecimal.ZERO, 2)
                .build();
    }

    @Test
    void rateBasedWorthByHand() {
        ShapleyValues v = ShapleyModel.rateBased().values(paths());
        assertTrue(v.exact());
        assertEquals(7.0 / 8, v.values().get(0).conversions(), 1e-15);
        assertEquals(3.0 / 8, v.values().get(1).conversions(), 1e-15);
        assertEquals(87.5, v.values().get(0).value(), 1e-12);
        assertEquals(0, v.values().get(0).conversionsStandardError());
        Attribution a = ShapleyModel.rateBased().attribute(paths());
        assertEquals(2.8, a.conversions("A"), 1e-12);
        assertEquals(1.2, a.conversions("B"), 1e-12);
        assertEquals(Money.parse("CNY 280.00"), a.value("A"));
        assertEquals(Money.parse("CNY 120.00"), a.value("B"));
        assertEquals("shapley_rate", a.model());
    }

    @Test
    void conversionBasedWorthSplitsEachSetEqually() {
        // v(A) = 1, v(AB) = 1 + 3 = 4: φ_A = ½ · 1 + ½ · 4 = 2.5, φ_B = ½ · 0 + ½ · 3 = 1.5
        Attribution a = ShapleyModel.conversionBased().attribute(paths());
        assertEquals(2.5, a.conversions("A"), 1e-12);
        assertEquals(1.5, a.conversions("B"), 1e-12);
        assertEquals(Money.parse("CNY 250.00"), a.value("A"));
    }

    @Test
    void samplingIsSeededAndReportsAStandardError() {
        ShapleyModel sampled = ShapleyModel.rateBased().withExactLimit(0).withSampling(4000, 7);
        ShapleyValues v = sampled.values(paths());
        assertFalse(v.exact());
        assertEquals(4000, v.permutations());
        assertEquals(v, sampled.values(paths()));
        // each permutation gives A either 1/2 + 3/4 (A first... then B completes AB: A gets 1/2)
        // or 5/4 (B first): the mean is 7/8 and the standard error about 0.375 / sqrt(4000)
        ShapleyValue a = v.values().get(0);
        assertEquals(7.0 / 8, a.conversions(), 4 * a.conversionsStandardError());
        assertEquals(0.375 / Math.sqrt(4000), a.conversionsStandardError(), 1e-4);
    }

    @Test
    void invalidSettingsAreRejected() {
        assertEquals("limit must be in [0, 25], was 26", assertThrows(IllegalArgumentException.class,
                () -> ShapleyModel.rateBased().withExactLimit(26)).getMessage());
        assertEquals("count must be >= 2, was 1", assertThrows(IllegalArgumentException.class,
                () -> ShapleyModel.rateBased().withSampling(1, 0)).getMessage());
        PathSet.Builder b = PathSet.builder(CNY);
        for (int i = 0; i < 65; i++) {
            b.add("c" + i, " > ", 1, BigDecimal.ZERO, 0);
        }
        PathSet many = b.build();
        assertEquals("channels must be at most 64 for Shapley, was 65", assertThrows(IllegalArgumentException.class,
                () -> ShapleyModel.rateBased().attribute(many)).getMessage());
    }
}
