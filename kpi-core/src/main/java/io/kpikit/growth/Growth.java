package io.kpikit.growth;

import io.kpikit.core.Ratio;
import java.math.BigDecimal;

/**
 * The relative-change rule shared by every type of this package, written once.
 *
 * <p>{@code relative = difference / |base|}. A zero base gives an undefined ratio with the
 * reason {@value #ZERO_BASE}; a negative base divides by its absolute value so that the sign
 * of the result still says up (positive) or down (negative).
 */
final class Growth {

    /** The reason of every relative change from a zero base. */
    static final String ZERO_BASE = "base is zero";

    private Growth() {
    }

    /** Returns {@code difference / |base|}, undefined with {@link #ZERO_BASE} when the base is zero. */
    static Ratio relative(BigDecimal difference, BigDecimal base) {
        if (base.signum() == 0) {
            return Ratio.undefined(difference, base, ZERO_BASE);
        }
        return Ratio.of(difference, base.abs());
    }
}
