package io.kpikit.attainment;

import io.kpikit.core.Checks;
import io.kpikit.core.Ratio;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * Thresholds that sort an attainment rate into {@link AttainmentStatus} bands.
 *
 * <p>With thresholds {@code atRisk < met < exceeded} on the attainment rate {@code r}:
 * {@code r ≥ exceeded} is {@link AttainmentStatus#EXCEEDED}, {@code r ≥ met} is
 * {@link AttainmentStatus#MET}, {@code r ≥ atRisk} is {@link AttainmentStatus#AT_RISK}, any
 * lower rate is {@link AttainmentStatus#MISSED}, and an undefined rate is
 * {@link AttainmentStatus#UNDEFINED}. Each lower bound is inclusive: exactly 100% is met.
 *
 * <p>{@link #DEFAULT} is at risk from 90%, met from 100%, exceeded from 110%: met means the
 * target was reached, a shortfall of up to 10% is still recoverable, and 10% above target is
 * the usual line for "clearly beat it". The bands need no direction: attainment conventions
 * already turn a cost under target into a rate above 100%. The comparison is exact on the
 * ratio's numerator and denominator, so {@code 99/110} against a threshold of {@code 0.9} is
 * at risk, not missed by a rounding error.
 *
 * <pre>{@code
 * StatusBands.DEFAULT.status(Ratio.of(98, 100));   // AT_RISK
 * StatusBands.of(0.8, 1.0, 1.2).status(Ratio.of(115, 100));  // MET
 * StatusBands.DEFAULT.status(Ratio.of(5, 0));      // UNDEFINED
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class StatusBands implements Serializable {

    private static final long serialVersionUID = 1L;

    /** At risk from 90%, met from 100%, exceeded from 110%. */
    public static final StatusBands DEFAULT = create(new BigDecimal("0.9"), BigDecimal.ONE, new BigDecimal("1.1"));

    private final BigDecimal atRisk;
    private final BigDecimal met;
    private final BigDecimal exceeded;

    private StatusBands(BigDecimal atRisk, BigDecimal met, BigDecimal exceeded) {
        this.atRisk = atRisk;
        this.met = met;
        this.exceeded = exceeded;
    }

    private static StatusBands create(BigDecimal atRisk, BigDecimal met, BigDecimal exceeded) {
        if (met.compareTo(atRisk) <= 0) {
            throw new IllegalArgumentException("met must be > atRisk (" + atRisk.toPlainString() + "), was "
                    + met.toPlainString());
        }
        if (exceeded.compareTo(met) <= 0) {
            throw new IllegalArgumentException("exceeded must be > met (" + met.toPlainString() + "), was "
                    + exceeded.toPlainString());
        }
        return new StatusBands(atRisk, met, exceeded);
    }

    /**
     * Returns bands with the given lower bounds, as attainment rates ({@code 1.0} is 100%).
     *
     * @param atRisk the lowest rate that is still at risk rather than missed
     * @param met the lowest rate that counts as met
     * @param exceeded the lowest rate that counts as exceeded
     * @return the bands
     * @throws IllegalArgumentException if a threshold is NaN or infinite, or the thresholds are
     *     not strictly ascending
     */
    public static StatusBands of(double atRisk, double met, double exceeded) {
        return create(Checks.decimal(atRisk, "atRisk"), Checks.decimal(met, "met"),
                Checks.decimal(exceeded, "exceeded"));
    }

    /**
     * Returns the lowest rate that is at risk rather than missed.
     *
     * @return the threshold
     */
    public BigDecimal atRisk() {
        return atRisk;
    }

    /**
     * Returns the lowest rate that is met.
     *
     * @return the threshold
     */
    public BigDecimal met() {
        return met;
    }

    /**
     * Returns the lowest rate that is exceeded.
     *
     * @return the threshold
     */
    public BigDecimal exceeded() {
        return exceeded;
    }

    /**
     * Returns the band of an attainment rate.
     *
     * @param attainment the attainment rate
     * @return the band; {@link AttainmentStatus#UNDEFINED} for an undefined rate
     * @throws NullPointerException if {@code attainment} is null
     */
    public AttainmentStatus status(Ratio attainment) {
        Objects.requireNonNull(attainment, "attainment");
        if (!attainment.isDefined()) {
            return AttainmentStatus.UNDEFINED;
        }
        if (atLeast(attainment, exceeded)) {
            return AttainmentStatus.EXCEEDED;
        }
        if (atLeast(attainment, met)) {
            return AttainmentStatus.MET;
        }
        return atLeast(attainment, atRisk) ? AttainmentStatus.AT_RISK : AttainmentStatus.MISSED;
    }

    /**
     * Returns the band of an attainment.
     *
     * @param attainment the attainment
     * @return the band of its ratio
     * @throws NullPointerException if {@code attainment} is null
     */
    public AttainmentStatus status(Attainment attainment) {
        return status(Objects.requireNonNull(attainment, "attainment").ratio());
    }

    /** Exactly {@code n/d >= threshold}, without rounding the quotient. */
    private static boolean atLeast(Ratio r, BigDecimal threshold) {
        BigDecimal d = r.denominator();
        int cmp = r.numerator().compareTo(threshold.multiply(d));
        return d.signum() > 0 ? cmp >= 0 : cmp <= 0;
    }

    /**
     * Returns whether {@code obj} has numerically equal thresholds.
     *
     * @param obj the object to compare
     * @return {@code true} if equal
     */
    @Override
    public boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        if (!(obj instanceof StatusBands)) {
            return false;
        }
        StatusBands o = (StatusBands) obj;
        return atRisk.compareTo(o.atRisk) == 0 && met.compareTo(o.met) == 0 && exceeded.compareTo(o.exceeded) == 0;
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(atRisk.stripTrailingZeros(), met.stripTrailingZeros(), exceeded.stripTrailingZeros());
    }

    /**
     * Returns {@code "at risk >= 0.9, met >= 1, exceeded >= 1.1"}.
     *
     * @return a short description
     */
    @Override
    public String toString() {
        return "at risk >= " + atRisk.toPlainString() + ", met >= " + met.toPlainString() + ", exceeded >= "
                + exceeded.toPlainString();
    }
}
