package io.kpikit.customer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kpikit.core.Money;
import io.kpikit.core.Ratio;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** Safe accessors, boundaries and reasons of the customer functions the main examples do not reach. */
class CustomerEdgeTest {

    private static Money usd(String amount) {
        return Money.of(amount, "USD");
    }

    @Test
    void definedResultsPassTheirValueThroughTheSafeAccessors() {
        Money fallback = usd("-1");
        // 1,000 ÷ 10 = 100.00
        Cac cac = Cac.blended(usd("1000"), 10);
        assertEquals(Optional.empty(), cac.undefinedReason());
        assertEquals(Optional.of(usd("100")), cac.toOptional());
        assertEquals(usd("100"), cac.orElse(fallback));
        // 1,000 ÷ 8 = 125.00
        AverageRevenue aov = AverageRevenue.aov(usd("1000"), 8);
        assertTrue(aov.isDefined());
        assertEquals(Optional.empty(), aov.undefinedReason());
        assertEquals(Optional.of(usd("125")), aov.toOptional());
        assertEquals(usd("125"), aov.orElse(fallback));
        // 100 · 0.5 ÷ 0.2 = 250.00
        Ltv ltv = Ltv.simple(usd("100"), 0.5, 0.2);
        assertEquals(Optional.of(usd("250")), ltv.toOptional());
        assertEquals(usd("250"), ltv.orElse(fallback));
        // 50 promoters, 30 passives, 20 detractors: 50% − 20% = 30
        Nps nps = Nps.of(50, 30, 20);
        assertEquals(50, nps.promoters());
        assertEquals(30, nps.passives());
        assertEquals(20, nps.detractors());
        assertEquals(Optional.empty(), nps.undefinedReason());
        assertEquals(OptionalDouble.of(30), nps.toOptionalDouble());
        assertEquals(30, nps.orElse(-1));
    }

    @Test
    void undefinedResultsFallBack() {
        Money fallback = usd("-1");
        assertEquals(fallback, Cac.blended(usd("1000"), 0).orElse(fallback));
        assertEquals(Optional.of("orders is zero: AOV of USD 1000 is undefined"),
                AverageRevenue.aov(usd("1000"), 0).undefinedReason());
        assertEquals(fallback, AverageRevenue.aov(usd("1000"), 0).orElse(fallback));
        assertEquals(fallback, Ltv.simple(usd("100"), 0.5, 0).orElse(fallback));
        assertEquals(-1, Nps.of(0, 0, 0).orElse(-1));
    }

    @Test
    void npsIntervalAtNinetyFivePercent() {
        // p = 0.5, d = 0.2, n = 100: SE = 100 · √((0.5 + 0.2 − 0.3²) / 100) = 100 · √0.0061 = 7.8102;
        // 30 ± 1.95996 · 7.8102 = [14.692, 45.308]
        Nps.Interval ci = Nps.of(50, 30, 20).confidenceInterval(0.95);
        assertEquals(14.692, ci.lower(), 1e-3);
        assertEquals(45.308, ci.upper(), 1e-3);
        assertTrue(ci.contains(ci.lower()));
        assertTrue(ci.contains(ci.upper()));
        assertTrue(ci.contains(30));
        assertFalse(ci.contains(Math.nextDown(ci.lower())));
        assertFalse(ci.contains(Math.nextUp(ci.upper())));
    }

    @Test
    void npsConfidenceMustBeStrictlyInsideZeroOneAndGiveAFiniteZ() {
        Nps nps = Nps.of(50, 30, 20);
        for (double c : new double[] {0, 1}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> nps.confidenceInterval(c));
            assertEquals("confidence must be in (0, 1), was " + c, e.getMessage());
        }
        // the largest double below 1 leaves (1 − c) / 2 too small to move 1: z would be infinite
        double c = Math.nextDown(1.0);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> nps.confidenceInterval(c));
        assertEquals("confidence must be far enough below 1 for a finite z, was " + c, e.getMessage());
    }

    @Test
    void npsIntervalChecksItsOwnBounds() {
        assertEquals(-100, new Nps.Interval(-100, 100, 0.9).lower());
        assertEquals(5, new Nps.Interval(5, 5, 0.9).upper());
        IllegalArgumentException order = assertThrows(IllegalArgumentException.class,
                () -> new Nps.Interval(6, 5, 0.9));
        assertEquals("lower must be <= upper (5.0), was 6.0", order.getMessage());
        for (double c : new double[] {0, 1}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Nps.Interval(1, 2, c));
            assertEquals("confidence must be in (0, 1), was " + c, e.getMessage());
        }
    }

    @Test
    void csatScalesMaySpanAtMostOneHundredPoints() {
        assertEquals(101, new Csat.Scale(0, 100, 50).points());
        assertEquals(100, new Csat.Scale(1, 100, 50).points());
        assertEquals(2, new Csat.Scale(4, 5, 5).points());
        IllegalArgumentException wide = assertThrows(IllegalArgumentException.class, () -> new Csat.Scale(0, 101, 50));
        assertEquals("max must be in (0, 100], was 101", wide.getMessage());
        IllegalArgumentException empty = assertThrows(IllegalArgumentException.class, () -> new Csat.Scale(5, 5, 5));
        assertEquals("max must be in (5, 105], was 5", empty.getMessage());
    }

    @Test
    void csatScoresAtTheEndsOfTheScaleAreValid() {
        Csat.Scale five = Csat.Scale.FIVE_POINT;
        assertFalse(five.isSatisfied(1));
        assertFalse(five.isSatisfied(3));
        assertTrue(five.isSatisfied(4));
        assertTrue(five.isSatisfied(5));
        for (int score : new int[] {0, 6}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> five.isSatisfied(score));
            assertEquals("score must be in [1, 5], was " + score, e.getMessage());
        }
    }

    @Test
    void csatExactlyAtTheTargetMeetsIt() {
        // 4 of 5 = 0.8 meets 0.8; so does −4/−5, the same rate written with negative counts
        assertTrue(Csat.meetsTarget(Ratio.of(4, 5), 0.8));
        assertTrue(Csat.meetsTarget(Ratio.of(-4, -5), 0.8));
        assertFalse(Csat.meetsTarget(Ratio.of(-3, -5), 0.8));
        assertTrue(Csat.meetsTarget(Ratio.of(-5, -5), 0.8));
    }

    @Test
    void ratesWithoutABaseSayWhy() {
        assertEquals(Optional.of("customersWithOrders is zero: no customer ordered"),
                CustomerRates.repurchase(0, 0).undefinedReason());
        assertEquals(Optional.of("totalCustomers is zero: no customer base"),
                CustomerRates.newCustomerShare(0, 0).undefinedReason());
    }

    @Test
    void ordersMayReachExactlyLongMax() {
        OrderAccumulator a = new OrderAccumulator().add(1, Long.MAX_VALUE - 1);
        a.merge(new OrderAccumulator().add(2, 1));
        assertEquals(Long.MAX_VALUE, a.result().orders());
        assertThrows(ArithmeticException.class, () -> a.merge(new OrderAccumulator().add(3, 1)));
        assertEquals(Long.MAX_VALUE, a.result().orders());
    }

    @Test
    void surveyAndTableCountsThatOverflowALongAreBadInputNamedByField() {
        long half = 1L << 62;
        assertEquals("responses must fit a long, was 9223372036854775807 + 1", assertThrows(
                IllegalArgumentException.class, () -> Nps.of(Long.MAX_VALUE, 1, 0)).getMessage());
        long[] nps = new long[11];
        nps[9] = half;
        nps[10] = half;
        assertEquals("promoters must fit a long, was 4611686018427387904 + 4611686018427387904", assertThrows(
                IllegalArgumentException.class, () -> Nps.fromHistogram(nps)).getMessage());
        assertEquals("responses must fit a long, was 4611686018427387904 + 4611686018427387904", assertThrows(
                IllegalArgumentException.class, () -> Csat.ofHistogram(Csat.Scale.FIVE_POINT, new long[] {half, half, 0, 0, 0}))
                .getMessage());
        assertEquals("total new customers must fit a long, was 9223372036854775807 + 1", assertThrows(
                IllegalArgumentException.class, () -> CacTable.of(
                        new java.util.TreeMap<>(java.util.Map.of("a", usd("1.00"), "b", usd("1.00"))),
                        java.util.Map.of("a", Long.MAX_VALUE, "b", 1L))).getMessage());
    }
}
