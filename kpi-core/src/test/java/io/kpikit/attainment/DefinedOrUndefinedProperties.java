package io.kpikit.attainment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.kpikit.core.Direction;
import io.kpikit.core.Figure;
import io.kpikit.core.Ratio;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/**
 * Every result of the package, for finite inputs including zeros and negatives, is either a
 * finite value or undefined with a reason: never NaN, never infinite, never a bare undefined.
 * Inputs are tenths in [-100, 100] so that zero and equal values come up often, plus
 * magnitudes up to 1e±300 where a quotient can leave the range of a double.
 */
class DefinedOrUndefinedProperties {

    private static double tenths(int i) {
        return i / 10.0;
    }

    private static void assertSound(Ratio r) {
        assertSound(r.isDefined(), r.isDefined() ? r.doubleValue() : Double.NaN, r.toOptionalDouble(),
                r.undefinedReason(), r.toString());
    }

    private static void assertSound(Figure f) {
        assertSound(f.isDefined(), f.isDefined() ? f.doubleValue() : Double.NaN, f.toOptionalDouble(),
                f.undefinedReason(), f.toString());
    }

    /** A defined result is finite and present; an undefined one has a non-blank reason and no value. */
    private static void assertSound(boolean defined, double value, OptionalDouble optional, Optional<String> reason,
            String what) {
        if (defined) {
            assertTrue(Double.isFinite(value), what);
            assertTrue(optional.isPresent(), what);
        } else {
            assertFalse(reason.orElseThrow().isBlank(), what);
            assertTrue(optional.isEmpty(), what);
        }
    }

    @Test
    void attainmentsAndTheirStatus() {
        qt().forAll(integers().between(-1000, 1000), integers().between(-1000, 1000))
                .checkAssert((a, t) -> {
                    for (AttainmentConvention c : AttainmentConvention.values()) {
                        for (Direction d : Direction.values()) {
                            Attainment att = Attainment.of(tenths(a), tenths(t), d, c);
                            assertSound(att.ratio());
                            assertEquals(!att.isDefined(), StatusBands.DEFAULT.status(att) == AttainmentStatus.UNDEFINED);
                        }
                    }
                });
    }

    /** {@code mantissa × 10^exponent}: magnitudes from 1e-300 to 9e300, where a quotient can leave the double range. */
    private static double extreme(int mantissa, int exponent) {
        return Double.parseDouble(mantissa + "e" + exponent);
    }

    @Test
    void attainmentsAtExtremeMagnitudes() {
        qt().forAll(integers().between(-9, 9), integers().between(-300, 300), integers().between(-9, 9),
                        integers().between(-300, 300))
                .checkAssert((am, ae, tm, te) -> {
                    for (AttainmentConvention c : AttainmentConvention.values()) {
                        for (Direction d : Direction.values()) {
                            Attainment att = Attainment.of(extreme(am, ae), extreme(tm, te), d, c);
                            assertSound(att.ratio());
                            assertEquals(!att.isDefined(), StatusBands.DEFAULT.status(att) == AttainmentStatus.UNDEFINED);
                        }
                    }
                    GrowthTarget g = GrowthTarget.of(extreme(tm, te), 0.2, Direction.HIGHER_IS_BETTER);
                    assertSound(g.levelAttainment(extreme(am, ae)).ratio());
                    assertSound(g.growthAttainment(extreme(am, ae)));
                });
    }

    @Test
    void growthAndPointTargets() {
        qt().forAll(integers().between(-1000, 1000), integers().between(-20, 20), integers().between(-1000, 1000))
                .checkAssert((base, growth, actual) -> {
                    for (Direction d : Direction.values()) {
                        GrowthTarget g = GrowthTarget.of(tenths(base), tenths(growth), d);
                        assertSound(g.levelAttainment(tenths(actual)).ratio());
                        assertSound(g.growthAttainment(tenths(actual)));
                        assertSound(GrowthTarget.growthAttainment(tenths(actual), tenths(growth), d));
                        assertSound(PointTarget.ofPoints(tenths(growth), d).attainment(tenths(actual)));
                    }
                });
    }

    @Test
    void pacing() {
        qt().forAll(integers().between(-1000, 1000), integers().between(-1000, 1000), integers().between(0, 12))
                .checkAssert((target, ytd, months) -> {
                    for (Direction d : Direction.values()) {
                        Pacing p = Pacing.of(tenths(target), tenths(ytd), Profile.equal(12), months, d);
                        assertSound(p.pace());
                        assertSound(p.projected());
                        assertSound(p.elapsedShare());
                        assertEquals(p.isDefined(), p.projected().isDefined());
                        if (p.isDefined()) {
                            p.isOnTrack(); // must not throw
                        } else {
                            assertTrue(p.undefinedReason().isPresent());
                        }
                    }
                });
    }

    @Test
    void feasibility() {
        qt().forAll(integers().between(-1000, 1000), integers().between(-1000, 1000), integers().between(1, 10),
                        integers().between(-10, 50))
                .checkAssert((last, target, periods, history) -> {
                    Feasibility f = Feasibility.of(tenths(last), tenths(target), periods, history / 10.0);
                    assertSound(f.requiredGrowth());
                    assertSound(f.requiredCompoundRate());
                    assertNotNull(f.verdict());
                    assertEquals(f.requiredCompoundRate().isDefined(), f.verdict() != FeasibilityVerdict.UNDEFINED);
                });
    }
}
