package io.kpikit.attainment;

import io.kpikit.core.Checks;
import io.kpikit.core.Direction;
import io.kpikit.core.Ratio;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * A target stated as growth over a base ("grow sales 20%"), with its two readings named:
 * level attainment and growth attainment.
 *
 * <p>With base {@code b}, target growth {@code g} (a fraction: {@code 0.20} is +20%) and actual
 * level {@code a}:
 * <ul>
 *   <li><b>level attainment</b> = {@code a / (b × (1 + g))}: the actual level against the target
 *       level, as an {@link Attainment} (so lower-is-better KPIs use the chosen
 *       {@link AttainmentConvention});</li>
 *   <li><b>growth attainment</b> = {@code ((a − b) / b) / g = (a − b) / (b × g)}: the growth
 *       achieved against the growth targeted, as a {@link Ratio} {@code (a − b)/(b·g)}.</li>
 * </ul>
 * Base 100, target +20%, actual 117.6: level attainment {@code 117.6/120 = 98%}, growth
 * attainment {@code 17.6/20 = 88%}. Reports that say "target +20%, completion 98%" mean the
 * first; always say which.
 *
 * <p>Growth attainment is undefined, with a reason, when the base is zero or negative (growth
 * from it is meaningless), when the target growth is zero, and when the target growth points
 * the unfavourable way (a target of −10% for a higher-is-better KPI: "decline at most 10%"),
 * because {@code actual / target} would then rank a smaller decline as a lower attainment; use
 * level attainment for such targets. Level attainment stays defined in all those cases where
 * the target level is non-zero.
 *
 * <pre>{@code
 * GrowthTarget sales = GrowthTarget.of(100, 0.20, Direction.HIGHER_IS_BETTER);
 * sales.levelAttainment(117.6).ratio();  // 117.6/120.0 = 0.98
 * sales.growthAttainment(117.6);         // 17.6/20.0 = 0.88
 * GrowthTarget.growthAttainment(0.25, 0.20, Direction.HIGHER_IS_BETTER);  // 0.25/0.20 = 1.25
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class GrowthTarget implements Serializable {

    private static final long serialVersionUID = 1L;

    private final BigDecimal base;
    private final BigDecimal targetGrowth;
    private final Direction direction;

    private GrowthTarget(BigDecimal base, BigDecimal targetGrowth, Direction direction) {
        this.base = base;
        this.targetGrowth = targetGrowth;
        this.direction = direction;
    }

    private static GrowthTarget create(BigDecimal base, BigDecimal targetGrowth, Direction direction) {
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(targetGrowth, "targetGrowth");
        Objects.requireNonNull(direction, "direction");
        return new GrowthTarget(base, targetGrowth, direction);
    }

    /**
     * Returns a growth target.
     *
     * @param base the level the growth is measured from, such as last year's sales
     * @param targetGrowth the targeted growth as a fraction ({@code 0.20} for +20%)
     * @param direction the polarity of the KPI
     * @return the growth target
     * @throws NullPointerException if an argument is null
     */
    public static GrowthTarget of(BigDecimal base, BigDecimal targetGrowth, Direction direction) {
        return create(base, targetGrowth, direction);
    }

    /**
     * Returns a growth target from finite doubles, each read as its shortest decimal form.
     *
     * @param base the level the growth is measured from
     * @param targetGrowth the targeted growth as a fraction ({@code 0.20} for +20%)
     * @param direction the polarity of the KPI
     * @return the growth target
     * @throws IllegalArgumentException if a number is NaN or infinite
     * @throws NullPointerException if {@code direction} is null
     */
    public static GrowthTarget of(double base, double targetGrowth, Direction direction) {
        return create(Checks.decimal(base, "base"), Checks.decimal(targetGrowth, "targetGrowth"), direction);
    }

    /**
     * Returns growth attainment from growth rates alone: {@code actualGrowth / targetGrowth}.
     * Sales target +20%, achieved +25%: {@code 0.25/0.20 = 125%}.
     *
     * @param actualGrowth the growth achieved, as a fraction
     * @param targetGrowth the growth targeted, as a fraction
     * @param direction the polarity of the KPI
     * @return the growth attainment; undefined when the target growth is zero or unfavourable
     * @throws IllegalArgumentException if a number is NaN or infinite
     * @throws NullPointerException if {@code direction} is null
     */
    public static Ratio growthAttainment(double actualGrowth, double targetGrowth, Direction direction) {
        return growthAttainment(Checks.decimal(actualGrowth, "actualGrowth"),
                Checks.decimal(targetGrowth, "targetGrowth"), direction);
    }

    /**
     * Returns growth attainment from growth rates alone: {@code actualGrowth / targetGrowth}.
     *
     * @param actualGrowth the growth achieved, as a fraction
     * @param targetGrowth the growth targeted, as a fraction
     * @param direction the polarity of the KPI
     * @return the growth attainment; undefined when the target growth is zero or unfavourable
     * @throws NullPointerException if an argument is null
     */
    public static Ratio growthAttainment(BigDecimal actualGrowth, BigDecimal targetGrowth, Direction direction) {
        Objects.requireNonNull(actualGrowth, "actualGrowth");
        Objects.requireNonNull(targetGrowth, "targetGrowth");
        Objects.requireNonNull(direction, "direction");
        String reason = targetGrowthProblem(targetGrowth, direction);
        return reason != null ? Ratio.undefined(actualGrowth, targetGrowth, reason) : Ratio.of(actualGrowth, targetGrowth);
    }

    private static String targetGrowthProblem(BigDecimal targetGrowth, Direction direction) {
        if (targetGrowth.signum() == 0) {
            return "growth attainment against a target growth of 0 is undefined; use level attainment";
        }
        if (targetGrowth.signum() != direction.sign()) {
            return "growth attainment needs a target growth " + (direction.sign() > 0 ? "> 0" : "< 0")
                    + " for a " + direction + " KPI, was " + targetGrowth.toPlainString()
                    + "; use level attainment";
        }
        return null;
    }

    /**
     * Returns the base level.
     *
     * @return the base
     */
    public BigDecimal base() {
        return base;
    }

    /**
     * Returns the targeted growth as a fraction.
     *
     * @return the target growth
     */
    public BigDecimal targetGrowth() {
        return targetGrowth;
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
     * Returns the target level {@code base × (1 + targetGrowth)}, exactly.
     *
     * @return the target level
     */
    public BigDecimal targetLevel() {
        return base.multiply(BigDecimal.ONE.add(targetGrowth));
    }

    /**
     * Returns level attainment, the actual level against the target level, under the default
     * convention.
     *
     * @param actualLevel the level reached
     * @return the attainment of {@code actualLevel} against {@link #targetLevel()}
     * @throws NullPointerException if {@code actualLevel} is null
     */
    public Attainment levelAttainment(BigDecimal actualLevel) {
        return Attainment.of(actualLevel, targetLevel(), direction);
    }

    /**
     * Returns level attainment under the given convention.
     *
     * @param actualLevel the level reached
     * @param convention the attainment formula
     * @return the attainment of {@code actualLevel} against {@link #targetLevel()}
     * @throws NullPointerException if an argument is null
     */
    public Attainment levelAttainment(BigDecimal actualLevel, AttainmentConvention convention) {
        return Attainment.of(actualLevel, targetLevel(), direction, convention);
    }

    /**
     * Returns level attainment of a finite double under the default convention.
     *
     * @param actualLevel the level reached
     * @return the attainment of {@code actualLevel} against {@link #targetLevel()}
     * @throws IllegalArgumentException if {@code actualLevel} is NaN or infinite
     */
    public Attainment levelAttainment(double actualLevel) {
        return levelAttainment(Checks.decimal(actualLevel, "actualLevel"));
    }

    /**
     * Returns growth attainment {@code (actualLevel − base) / (base × targetGrowth)}.
     *
     * @param actualLevel the level reached
     * @return the growth attainment; undefined when the base is zero or negative, or the target
     *     growth is zero or unfavourable
     * @throws NullPointerException if {@code actualLevel} is null
     */
    public Ratio growthAttainment(BigDecimal actualLevel) {
        Objects.requireNonNull(actualLevel, "actualLevel");
        BigDecimal achieved = actualLevel.subtract(base);
        BigDecimal targeted = base.multiply(targetGrowth);
        if (base.signum() <= 0) {
            return Ratio.undefined(achieved, targeted, "growth from a base of " + base.toPlainString()
                    + " is undefined: the base must be > 0");
        }
        String reason = targetGrowthProblem(targetGrowth, direction);
        return reason != null ? Ratio.undefined(achieved, targeted, reason) : Ratio.of(achieved, targeted);
    }

    /**
     * Returns growth attainment of a finite double level.
     *
     * @param actualLevel the level reached
     * @return the growth attainment, as {@link #growthAttainment(BigDecimal)}
     * @throws IllegalArgumentException if {@code actualLevel} is NaN or infinite
     */
    public Ratio growthAttainment(double actualLevel) {
        return growthAttainment(Checks.decimal(actualLevel, "actualLevel"));
    }

    /**
     * Returns {@code "+0.2 over 100 (HIGHER_IS_BETTER)"}.
     *
     * @return a short description
     */
    @Override
    public String toString() {
        return (targetGrowth.signum() >= 0 ? "+" : "") + targetGrowth.toPlainString() + " over "
                + base.toPlainString() + " (" + direction + ")";
    }
}
