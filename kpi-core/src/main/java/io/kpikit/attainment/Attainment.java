package io.kpikit.attainment;

import io.kpikit.core.Checks;
import io.kpikit.core.Direction;
import io.kpikit.core.Money;
import io.kpikit.core.Ratio;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * How far an actual reached its target: the attainment {@link Ratio} together with the actual,
 * the target, the {@link Direction} and the {@link AttainmentConvention} it was computed with.
 *
 * <p>Formulas (see {@link AttainmentConvention}): higher-is-better {@code actual / target};
 * lower-is-better {@code target / actual} ({@link AttainmentConvention#RATIO}) or
 * {@code 1 + (target − actual) / target} ({@link AttainmentConvention#RELATIVE_GAP}, the
 * default). Every convention normalises the direction: 100% means the target was met exactly
 * and more is always better, for cost KPIs too. The ratio keeps the numerator and denominator
 * of the formula, for example {@code 117.6/120} or, for a cost under {@code RELATIVE_GAP},
 * {@code (2·target − actual)/target}.
 *
 * <p>Edge cases give an undefined ratio with a reason, never a wrong sign: a target of zero; a
 * negative target under {@code RATIO} (under {@code RELATIVE_GAP} a negative target is measured
 * against {@code |target|}, so a loss of 50 against a budgeted loss of 100 is 150%); an actual
 * of zero or below under {@code RATIO} for lower-is-better. An actual equal to a positive target
 * is exactly 100% under every convention and direction.
 *
 * <pre>{@code
 * Attainment.of(117.6, 120, Direction.HIGHER_IS_BETTER).ratio();  // 117.6/120 = 0.98
 * Attainment.of(110, 100, Direction.LOWER_IS_BETTER).ratio();     // 90/100 = 0.9 (RELATIVE_GAP)
 * Attainment.of(110, 100, Direction.LOWER_IS_BETTER, AttainmentConvention.RATIO)
 *         .ratio();                                                // 100/110 = 0.909...
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Attainment implements Serializable {

    private static final long serialVersionUID = 1L;

    private final BigDecimal actual;
    private final BigDecimal target;
    private final Direction direction;
    private final AttainmentConvention convention;
    private final Ratio ratio;

    private Attainment(BigDecimal actual, BigDecimal target, Direction direction,
            AttainmentConvention convention, Ratio ratio) {
        this.actual = actual;
        this.target = target;
        this.direction = direction;
        this.convention = convention;
        this.ratio = ratio;
    }

    private static Attainment create(BigDecimal actual, BigDecimal target, Direction direction,
            AttainmentConvention convention) {
        Objects.requireNonNull(actual, "actual");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(convention, "convention");
        return new Attainment(actual, target, direction, convention, compute(actual, target, direction, convention));
    }

    private static Ratio compute(BigDecimal actual, BigDecimal target, Direction direction,
            AttainmentConvention convention) {
        boolean higher = direction == Direction.HIGHER_IS_BETTER;
        if (target.signum() == 0) {
            return Ratio.undefined(higher ? actual : target, higher ? target : actual,
                    "attainment against a target of 0 is undefined; compare actual - target instead");
        }
        if (convention == AttainmentConvention.RATIO) {
            if (target.signum() < 0) {
                return Ratio.undefined(higher ? actual : target, higher ? target : actual,
                        "attainment as a ratio needs a positive target, was " + target.toPlainString()
                                + "; use RELATIVE_GAP for a target below zero");
            }
            if (higher) {
                return Ratio.of(actual, target);
            }
            if (actual.signum() <= 0) {
                return Ratio.undefined(target, actual, "target / actual needs a positive actual, was "
                        + actual.toPlainString() + "; use RELATIVE_GAP for an actual of zero or below");
            }
            return Ratio.of(target, actual);
        }
        BigDecimal scale = target.abs();
        BigDecimal favourableGap = actual.subtract(target);
        if (!higher) {
            favourableGap = favourableGap.negate();
        }
        return Ratio.of(scale.add(favourableGap), scale);
    }

    /**
     * Returns the attainment under the {@linkplain AttainmentConvention#DEFAULT default
     * convention}.
     *
     * @param actual the actual value
     * @param target the target value
     * @param direction the polarity of the KPI
     * @return the attainment; its ratio is undefined for the edge cases of the class doc
     * @throws NullPointerException if an argument is null
     */
    public static Attainment of(BigDecimal actual, BigDecimal target, Direction direction) {
        return create(actual, target, direction, AttainmentConvention.DEFAULT);
    }

    /**
     * Returns the attainment under the given convention.
     *
     * @param actual the actual value
     * @param target the target value
     * @param direction the polarity of the KPI
     * @param convention the formula to use
     * @return the attainment; its ratio is undefined for the edge cases of the class doc
     * @throws NullPointerException if an argument is null
     */
    public static Attainment of(BigDecimal actual, BigDecimal target, Direction direction,
            AttainmentConvention convention) {
        return create(actual, target, direction, convention);
    }

    /**
     * Returns the attainment of finite doubles, each read as its shortest decimal form, under
     * the default convention.
     *
     * @param actual the actual value
     * @param target the target value
     * @param direction the polarity of the KPI
     * @return the attainment
     * @throws IllegalArgumentException if an argument is NaN or infinite
     * @throws NullPointerException if {@code direction} is null
     */
    public static Attainment of(double actual, double target, Direction direction) {
        return of(actual, target, direction, AttainmentConvention.DEFAULT);
    }

    /**
     * Returns the attainment of finite doubles under the given convention.
     *
     * @param actual the actual value
     * @param target the target value
     * @param direction the polarity of the KPI
     * @param convention the formula to use
     * @return the attainment
     * @throws IllegalArgumentException if an argument is NaN or infinite
     * @throws NullPointerException if {@code direction} or {@code convention} is null
     */
    public static Attainment of(double actual, double target, Direction direction,
            AttainmentConvention convention) {
        return create(Checks.decimal(actual, "actual"), Checks.decimal(target, "target"), direction, convention);
    }

    /**
     * Returns the attainment of two amounts in one currency under the default convention.
     *
     * @param actual the actual amount
     * @param target the target amount
     * @param direction the polarity of the KPI
     * @return the attainment
     * @throws io.kpikit.core.CurrencyMismatchException if the currencies differ
     * @throws NullPointerException if an argument is null
     */
    public static Attainment of(Money actual, Money target, Direction direction) {
        return of(actual, target, direction, AttainmentConvention.DEFAULT);
    }

    /**
     * Returns the attainment of two amounts in one currency under the given convention.
     *
     * @param actual the actual amount
     * @param target the target amount
     * @param direction the polarity of the KPI
     * @param convention the formula to use
     * @return the attainment
     * @throws io.kpikit.core.CurrencyMismatchException if the currencies differ
     * @throws NullPointerException if an argument is null
     */
    public static Attainment of(Money actual, Money target, Direction direction, AttainmentConvention convention) {
        Objects.requireNonNull(actual, "actual").checkSameCurrency(Objects.requireNonNull(target, "target"));
        return create(actual.amount(), target.amount(), direction, convention);
    }

    /**
     * Returns the actual value as given.
     *
     * @return the actual
     */
    public BigDecimal actual() {
        return actual;
    }

    /**
     * Returns the target value as given.
     *
     * @return the target
     */
    public BigDecimal target() {
        return target;
    }

    /**
     * Returns the polarity of the KPI.
     *
     * @return the direction
     */
    public Direction direction() {
        return direction;
    }

    /**
     * Returns the formula used.
     *
     * @return the convention
     */
    public AttainmentConvention convention() {
        return convention;
    }

    /**
     * Returns the attainment rate; 1 means the target was met exactly, more is better.
     *
     * @return the ratio, possibly undefined with a reason
     */
    public Ratio ratio() {
        return ratio;
    }

    /**
     * Returns whether the attainment has a value.
     *
     * @return {@code true} if the ratio is defined
     */
    public boolean isDefined() {
        return ratio.isDefined();
    }

    /**
     * Returns why the attainment is undefined.
     *
     * @return the reason, or empty when defined
     */
    public Optional<String> undefinedReason() {
        return ratio.undefinedReason();
    }

    /**
     * Returns whether {@code obj} is an attainment with numerically equal inputs, the same
     * direction and convention.
     *
     * @param obj the object to compare
     * @return {@code true} if equal
     */
    @Override
    public boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        if (!(obj instanceof Attainment)) {
            return false;
        }
        Attainment other = (Attainment) obj;
        return actual.compareTo(other.actual) == 0 && target.compareTo(other.target) == 0
                && direction == other.direction && convention == other.convention;
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(actual.stripTrailingZeros(), target.stripTrailingZeros(), direction, convention);
    }

    /**
     * Returns a short description such as
     * {@code "attainment of 117.6 vs target 120 (HIGHER_IS_BETTER, RELATIVE_GAP): 117.6/120 = 0.98"}.
     *
     * @return the description
     */
    @Override
    public String toString() {
        return "attainment of " + actual.toPlainString() + " vs target " + target.toPlainString()
                + " (" + direction + ", " + convention + "): " + ratio;
    }
}
