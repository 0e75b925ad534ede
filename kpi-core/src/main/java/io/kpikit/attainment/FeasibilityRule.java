package io.kpikit.attainment;

import io.kpikit.core.Checks;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * When a required growth rate counts as out of line with history: a threshold computed from the
 * historical rate, above which {@link Feasibility} flags the target.
 *
 * <p>Two forms, both per period and as fractions ({@code 0.15} is 15%):
 * <ul>
 *   <li>{@link #factor(double) factor k}: threshold {@code h + (k − 1) × |h|}, which is
 *       {@code k × h} for a positive history {@code h} (twice 15% is 30%); for a history of zero
 *       or below it asks for no more than {@code (k − 1) × |h|} above it, so any growth above
 *       zero is flagged after a flat history;</li>
 *   <li>{@link #margin(double) margin m}: threshold {@code h + m} (15% + 10 points is 25%).</li>
 * </ul>
 * {@link #DEFAULT} is {@code factor(2)}: needing more than double the rate a KPI has actually
 * sustained is the usual point at which planners ask what will change. A factor scales with the
 * KPI's own growth; use a margin for KPIs whose history is near zero.
 *
 * <p>{@link #form()} and {@link #amount()} give the two parts, so
 * {@code rule.form() == Form.FACTOR ? factor(rule.amount().doubleValue()) : margin(...)} rebuilds
 * an equal rule.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class FeasibilityRule implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The two forms of a rule. */
    public enum Form {
        /** Threshold {@code h + (k − 1) × |h|}: a multiple of history. */
        FACTOR,
        /** Threshold {@code h + m}: history plus a margin. */
        MARGIN
    }

    /** Flag a required rate above twice the historical rate. */
    public static final FeasibilityRule DEFAULT = new FeasibilityRule(true, BigDecimal.valueOf(2));

    private final boolean isFactor;
    private final BigDecimal amount;

    private FeasibilityRule(boolean isFactor, BigDecimal amount) {
        this.isFactor = isFactor;
        this.amount = amount;
    }

    /**
     * Returns the rule "flag above {@code h + (factor − 1) × |h|}".
     *
     * @param factor the multiple of history allowed, at least 1
     * @return the rule
     * @throws IllegalArgumentException if {@code factor} is NaN, infinite or below 1
     */
    public static FeasibilityRule factor(double factor) {
        Checks.finite(factor, "factor");
        if (factor < 1) {
            throw new IllegalArgumentException("factor must be >= 1, was " + factor);
        }
        return new FeasibilityRule(true, BigDecimal.valueOf(factor));
    }

    /**
     * Returns the rule "flag above {@code h + margin}".
     *
     * @param margin the rate allowed above history, as a fraction ({@code 0.10} for 10 points)
     * @return the rule
     * @throws IllegalArgumentException if {@code margin} is NaN, infinite or negative
     */
    public static FeasibilityRule margin(double margin) {
        return new FeasibilityRule(false, BigDecimal.valueOf(Checks.nonNegative(margin, "margin")));
    }

    /**
     * Returns the form of the rule.
     *
     * @return {@link Form#FACTOR} for {@link #factor(double)}, {@link Form#MARGIN} for
     *     {@link #margin(double)}
     */
    public Form form() {
        return isFactor ? Form.FACTOR : Form.MARGIN;
    }

    /**
     * Returns the amount of the rule: the factor {@code k} (at least 1) or the margin {@code m}
     * (at least 0), the shortest decimal of the {@code double} given ({@code margin(0.1)} has
     * {@code 0.1}; {@link #DEFAULT} has {@code 2}). Rules compare amounts by value.
     *
     * @return the factor or the margin
     */
    public BigDecimal amount() {
        return amount;
    }

    /**
     * Returns the highest required rate that is still within history.
     *
     * @param historicalRate the historical rate per period, as a fraction
     * @return the threshold, exactly
     * @throws NullPointerException if {@code historicalRate} is null
     */
    public BigDecimal threshold(BigDecimal historicalRate) {
        Objects.requireNonNull(historicalRate, "historicalRate");
        return isFactor
                ? historicalRate.add(amount.subtract(BigDecimal.ONE).multiply(historicalRate.abs()))
                : historicalRate.add(amount);
    }

    /**
     * Returns whether {@code obj} is the same rule.
     *
     * @param obj the object to compare
     * @return {@code true} if equal
     */
    @Override
    public boolean equals(Object obj) {
        return obj instanceof FeasibilityRule && ((FeasibilityRule) obj).isFactor == isFactor
                && ((FeasibilityRule) obj).amount.compareTo(amount) == 0;
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(isFactor, amount.stripTrailingZeros());
    }

    /**
     * Returns {@code "factor 2"} or {@code "margin 0.1"}.
     *
     * @return a short description
     */
    @Override
    public String toString() {
        return (isFactor ? "factor " : "margin ") + amount.toPlainString();
    }
}
