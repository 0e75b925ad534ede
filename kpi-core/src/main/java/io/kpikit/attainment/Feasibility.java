package io.kpikit.attainment;

import io.kpikit.core.Checks;
import io.kpikit.core.Figure;
import io.kpikit.core.Ratio;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * Whether a target is plausible: the growth it requires from the last actual, compared with a
 * historical growth rate the caller supplies.
 *
 * <p>With last actual {@code L}, target {@code T} and {@code n} periods to get there:
 * <ul>
 *   <li>required growth {@code = T / L − 1 = (T − L) / L}, over the whole horizon;</li>
 *   <li>required compound rate per period {@code = (T / L)^(1/n) − 1} (equal to the required
 *       growth when {@code n = 1});</li>
 *   <li>the verdict compares the required compound rate with the
 *       {@link FeasibilityRule#threshold threshold} the rule derives from the historical rate
 *       per period, for example a CAGR computed elsewhere.</li>
 * </ul>
 * Last year 100K, target 1M, one year: required growth {@code 900000/100000 = 900%}; against a
 * history of 15% a year and the default rule (twice history, 30%) the target
 * {@link FeasibilityVerdict#EXCEEDS_HISTORY exceeds history}.
 *
 * <p>Undefined cases: a last actual of zero or below gives an undefined required growth and
 * compound rate and an {@link FeasibilityVerdict#UNDEFINED} verdict (growth from such a base
 * means nothing); a negative target over more than one period has no real compound rate, so the
 * compound rate and verdict are undefined while the required growth stays defined. A target of
 * zero requires {@code −100%}.
 *
 * <p>The compound rate is a root, not a quotient, so it is a {@link Figure}: over one period
 * it is the value of the required growth (34 significant digits, and the verdict is then
 * decided exactly from the growth's numerator and denominator); over several it is computed
 * in {@code double} and read back as its shortest decimal form.
 *
 * <pre>{@code
 * Feasibility f = Feasibility.of(100_000, 1_000_000, 1, 0.15);
 * f.requiredGrowth();  // 900000/100000 = 9
 * f.verdict();         // EXCEEDS_HISTORY
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Feasibility implements Serializable {

    private static final long serialVersionUID = 1L;

    private final BigDecimal last;
    private final BigDecimal target;
    private final int periods;
    private final BigDecimal historicalRate;
    private final FeasibilityRule rule;
    private final Ratio requiredGrowth;
    private final Figure requiredCompoundRate;

    private Feasibility(BigDecimal last, BigDecimal target, int periods, BigDecimal historicalRate,
            FeasibilityRule rule, Ratio requiredGrowth, Figure requiredCompoundRate) {
        this.last = last;
        this.target = target;
        this.periods = periods;
        this.historicalRate = historicalRate;
        this.rule = rule;
        this.requiredGrowth = requiredGrowth;
        this.requiredCompoundRate = requiredCompoundRate;
    }

    private static Feasibility create(BigDecimal last, BigDecimal target, int periods, BigDecimal historicalRate,
            FeasibilityRule rule) {
        Objects.requireNonNull(last, "last");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(historicalRate, "historicalRate");
        Objects.requireNonNull(rule, "rule");
        Checks.positive(periods, "periods");
        if (historicalRate.compareTo(BigDecimal.ONE.negate()) < 0) {
            throw new IllegalArgumentException("historicalRate must be >= -1, was " + historicalRate.toPlainString());
        }
        BigDecimal change = target.subtract(last);
        if (last.signum() <= 0) {
            String reason = "growth from a last value of " + last.toPlainString() + " is undefined: it must be > 0";
            return new Feasibility(last, target, periods, historicalRate, rule, Ratio.undefined(change, last, reason),
                    Figure.undefined(reason));
        }
        Ratio growth = Ratio.of(change, last);
        return new Feasibility(last, target, periods, historicalRate, rule, growth, compound(growth, target, last, periods));
    }

    private static Figure compound(Ratio growth, BigDecimal target, BigDecimal last, int periods) {
        if (periods == 1) {
            return Figure.of(growth.toBigDecimal());
        }
        if (target.signum() < 0) {
            return Figure.undefined("a compound rate to a negative target over " + periods
                    + " periods has no real value");
        }
        double multiple = Ratio.of(target, last).doubleValue();
        // multiple is finite and >= 0, and 1/n is in (0, 1/2]: the root is finite and >= 0.
        double rate = Math.pow(multiple, 1.0 / periods) - 1.0;
        return Figure.of(rate);
    }

    /**
     * Returns the feasibility under the {@linkplain FeasibilityRule#DEFAULT default rule}.
     *
     * @param last the last actual, such as last year's revenue
     * @param target the target
     * @param periods the number of periods to reach the target, at least 1
     * @param historicalRate the historical growth rate per period, as a fraction, at least −1
     * @return the feasibility
     * @throws IllegalArgumentException if {@code periods} is below 1 or {@code historicalRate}
     *     below −1
     * @throws NullPointerException if an argument is null
     */
    public static Feasibility of(BigDecimal last, BigDecimal target, int periods, BigDecimal historicalRate) {
        return create(last, target, periods, historicalRate, FeasibilityRule.DEFAULT);
    }

    /**
     * Returns the feasibility under the given rule.
     *
     * @param last the last actual
     * @param target the target
     * @param periods the number of periods to reach the target, at least 1
     * @param historicalRate the historical growth rate per period, as a fraction, at least −1
     * @param rule when the required rate counts as out of line
     * @return the feasibility
     * @throws IllegalArgumentException if {@code periods} is below 1 or {@code historicalRate}
     *     below −1
     * @throws NullPointerException if an argument is null
     */
    public static Feasibility of(BigDecimal last, BigDecimal target, int periods, BigDecimal historicalRate,
            FeasibilityRule rule) {
        return create(last, target, periods, historicalRate, rule);
    }

    /**
     * Returns the feasibility of finite doubles under the default rule.
     *
     * @param last the last actual
     * @param target the target
     * @param periods the number of periods to reach the target, at least 1
     * @param historicalRate the historical growth rate per period, as a fraction, at least −1
     * @return the feasibility
     * @throws IllegalArgumentException if a number is NaN or infinite, {@code periods} is below
     *     1 or {@code historicalRate} below −1
     */
    public static Feasibility of(double last, double target, int periods, double historicalRate) {
        return of(last, target, periods, historicalRate, FeasibilityRule.DEFAULT);
    }

    /**
     * Returns the feasibility of finite doubles under the given rule.
     *
     * @param last the last actual
     * @param target the target
     * @param periods the number of periods to reach the target, at least 1
     * @param historicalRate the historical growth rate per period, as a fraction, at least −1
     * @param rule when the required rate counts as out of line
     * @return the feasibility
     * @throws IllegalArgumentException if a number is NaN or infinite, {@code periods} is below
     *     1 or {@code historicalRate} below −1
     * @throws NullPointerException if {@code rule} is null
     */
    public static Feasibility of(double last, double target, int periods, double historicalRate,
            FeasibilityRule rule) {
        return create(Checks.decimal(last, "last"), Checks.decimal(target, "target"), periods,
                Checks.decimal(historicalRate, "historicalRate"), rule);
    }

    /**
     * Returns the last actual.
     *
     * @return the last actual
     */
    public BigDecimal last() {
        return last;
    }

    /**
     * Returns the target.
     *
     * @return the target
     */
    public BigDecimal target() {
        return target;
    }

    /**
     * Returns the number of periods to reach the target.
     *
     * @return the periods
     */
    public int periods() {
        return periods;
    }

    /**
     * Returns the historical growth rate per period.
     *
     * @return the historical rate, as a fraction
     */
    public BigDecimal historicalRate() {
        return historicalRate;
    }

    /**
     * Returns the rule used for the verdict.
     *
     * @return the rule
     */
    public FeasibilityRule rule() {
        return rule;
    }

    /**
     * Returns the growth required over the whole horizon, {@code (target − last) / last}.
     *
     * @return the required growth; undefined when the last actual is zero or below
     */
    public Ratio requiredGrowth() {
        return requiredGrowth;
    }

    /**
     * Returns the required compound rate per period, {@code (target / last)^(1/n) − 1}.
     *
     * @return the rate per period; undefined as the class doc says
     */
    public Figure requiredCompoundRate() {
        return requiredCompoundRate;
    }

    /**
     * Returns the highest required rate per period the rule accepts for this history.
     *
     * @return the threshold
     */
    public BigDecimal threshold() {
        return rule.threshold(historicalRate);
    }

    /**
     * Returns whether the required compound rate exceeds the rule's threshold.
     *
     * @return the verdict; {@link FeasibilityVerdict#UNDEFINED} when the rate is undefined
     */
    public FeasibilityVerdict verdict() {
        if (!requiredCompoundRate.isDefined()) {
            return FeasibilityVerdict.UNDEFINED;
        }
        // Decided exactly, never from the rounded root: with last > 0 and 1 + t > 0,
        // (target / last)^(1/n) − 1 > t  ⇔  target > last · (1 + t)^n.
        BigDecimal growthFactor = BigDecimal.ONE.add(threshold());
        boolean exceeds;
        if (periods == 1 || growthFactor.signum() > 0) {
            exceeds = target.compareTo(last.multiply(growthFactor.pow(periods))) > 0;
        } else {
            // n > 1, target >= 0, threshold <= −1: the rate is at least −1, and exactly −1 only for a target of 0.
            exceeds = growthFactor.signum() < 0 || target.signum() > 0;
        }
        return exceeds ? FeasibilityVerdict.EXCEEDS_HISTORY : FeasibilityVerdict.WITHIN_HISTORY;
    }

    /**
     * Returns {@code "100000 to 1000000 in 1 period(s): required 9, history 0.15, EXCEEDS_HISTORY"}.
     *
     * @return a short description
     */
    @Override
    public String toString() {
        return last.toPlainString() + " to " + target.toPlainString() + " in " + periods + " period(s): required "
                + requiredCompoundRate + ", history " + historicalRate.toPlainString() + ", " + verdict();
    }
}
