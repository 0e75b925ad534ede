package io.kpikit.growth;

import io.kpikit.core.Ratio;
import java.math.BigDecimal;

/**
 * The relative-change rule shared by every type of this package, written once.
 *
 * <p>{@code relative = difference / |base|}. A zero base gives an undefined ratio with the
 * reason {@value #ZERO_BASE}; a quotient beyond the range of a double is undefined with the
 * reason {@value #OUT_OF_RANGE}; a negative base divides by its absolute value so that the sign
 * of the result still says up (positive) or down (negative).
 */
final class Growth {

    /** The reason of every relative change from a zero base. */
    static final String ZERO_BASE = "base is zero";

    private Growth() {
    }

    /** The reason of a relative change beyond the range of a double. */
    static final String OUT_OF_RANGE = "relative change is outside the range of a double";

    /**
     * Returns {@code difference / |base|}: undefined with {@link #ZERO_BASE} when the base is
     * zero, and with {@link #OUT_OF_RANGE} when the quotient does not fit a double (where
     * {@link Ratio#of(BigDecimal, BigDecimal)} would throw).
     */
    static Ratio relative(BigDecimal difference, BigDecimal base) {
        if (base.signum() == 0) {
            return Ratio.undefined(difference, base, ZERO_BASE);
        }
        BigDecimal denominator = base.abs();
        if (Double.isInfinite(difference.divide(denominator, Ratio.PRECISION).doubleValue())) {
            return Ratio.undefined(difference, denominator, OUT_OF_RANGE);
        }
        return Ratio.of(difference, denominator);
    }
}
