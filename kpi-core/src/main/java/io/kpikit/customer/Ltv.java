package io.kpikit.customer;

import io.kpikit.core.Checks;
import io.kpikit.core.Money;
import io.kpikit.core.Ratio;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A customer lifetime value: the gross margin a customer is expected to bring, as
 * {@link Money} rounded to the currency's minor unit ({@code HALF_EVEN} unless the caller
 * passes a {@link RoundingMode}), carrying the inputs it came from and the rounding mode
 * ({@link #roundingMode()}), so the factory of its {@link Method} rebuilds it.
 *
 * <p>Three methods, each named by {@link Method}; all rates are <em>per period</em> (use
 * monthly ARPU with monthly churn, or yearly with yearly):
 * <ul>
 *   <li>{@link #simple simple}: {@code LTV = ARPU × margin ÷ churn}. The expected lifetime is
 *       {@code 1 ÷ churn} periods, counting the first period. Churn zero is undefined
 *       ("churn is zero: lifetime is unbounded").</li>
 *   <li>{@link #discounted discounted}: {@code LTV = ARPU × margin × r ÷ (1 + d − r)} with
 *       retention {@code r = 1 − churn} and discount rate {@code d}. This is the closed form
 *       of {@code Σ_{t≥1} ARPU × margin × r^t ÷ (1 + d)^t}: the margin of period {@code t} is
 *       received at the <em>end</em> of the period, only from customers still retained then
 *       ({@code r^t}), discounted {@code t} periods. The first period (the period of
 *       acquisition, {@code t = 0}) is <em>excluded</em> (see the timing note below). Churn
 *       and discount rate both zero is undefined (unbounded).</li>
 *   <li>{@link #cohort cohort}: the sum of a cohort's gross margin per period ÷ the cohort's
 *       size; optionally discounted, the margin of period {@code t} divided by
 *       {@code (1 + d)^t} with {@code t} starting at 1 for the first list element (received
 *       at the end of the period). A cohort of size zero is undefined. Period margins may be
 *       negative (refunds exceeding sales).</li>
 * </ul>
 * <p><strong>Timing: simple and discounted do not agree at {@code d = 0}.</strong> The simple
 * LTV counts the period of acquisition (lifetime {@code 1 ÷ churn} periods, margin from
 * {@code t = 0}); the discounted closed form starts at the end of the first period
 * ({@code t = 1}). With a discount rate of zero the discounted LTV is therefore
 * {@code r × simple}, one period's margin less: ARPU 100, margin 0.5, churn 0.2 gives simple
 * {@code 100 × 0.5 ÷ 0.2 = 250.00} but discounted(d = 0) {@code 50 × 0.8 ÷ 0.2 = 200.00}
 * ({@code = 0.8 × 250 = 250 − 50}). For a discounted LTV that counts the first period too, add
 * {@code ARPU × margin} to it. Do not compare a simple LTV with a discounted one without
 * saying which convention each uses.
 *
 * <p>Gross margin must be in {@code [0, 1]}, churn in {@code [0, 1]}, the discount rate in
 * {@code [0, 1)} and ARPU not negative; messages name the field. Products are exact and the
 * one division is rounded once, at the end (the cohort discount factors are computed to 34
 * significant digits). {@link UnitEconomics} uses the unrounded LTV, not {@link #value()}.
 *
 * <pre>{@code
 * Money arpu = Money.parse("CNY 100");               // per month
 * Ltv.simple(arpu, 0.5, 0.2).value();                // CNY 250.00 = 100 × 0.5 ÷ 0.2
 * Ltv.discounted(arpu, 0.5, 0.2, 0.1).value();       // CNY 133.33 = 50 × 0.8 ÷ 0.3
 * Ltv.discounted(arpu, 0.5, 0.2, 0).value();         // CNY 200.00 = 0.8 × 250: first period excluded
 * Ltv.simple(arpu, 0.5, 0).isDefined();              // false
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Ltv implements Serializable {

    private static final long serialVersionUID = 1L;

    /** How a lifetime value was computed. */
    public enum Method {
        /** ARPU × margin ÷ churn. */
        SIMPLE,
        /** ARPU × margin × r ÷ (1 + d − r), first period excluded. */
        DISCOUNTED,
        /** A cohort's summed (optionally discounted) period margins ÷ its size. */
        COHORT
    }

    private final Method method;
    /** ARPU per period; null for a cohort LTV. */
    private final Money arpu;
    /** Gross margin; null for a cohort LTV. */
    private final BigDecimal grossMargin;
    /** Churn per period; null for a cohort LTV. */
    private final BigDecimal churnRate;
    private final BigDecimal discountRate;
    /** The cohort's margin per period; empty unless COHORT. */
    private final List<Money> cohortMargins;
    /** The cohort size; -1 unless COHORT. */
    private final long cohortSize;
    /** The unrounded LTV is {@code exactNumerator ÷ exactDivisor}; both null when undefined. */
    private final BigDecimal exactNumerator;
    /** The positive divisor of the unrounded LTV; null when undefined. */
    private final BigDecimal exactDivisor;
    /** The LTV rounded to the minor unit, or null when undefined. */
    private final Money value;
    /** How {@link #value} was rounded. */
    private final RoundingMode mode;
    private final String undefinedReason;

    private Ltv(Method method, Money arpu, BigDecimal grossMargin, BigDecimal churnRate, BigDecimal discountRate,
            List<Money> cohortMargins, long cohortSize, BigDecimal exactNumerator, BigDecimal exactDivisor,
            RoundingMode mode, String undefinedReason) {
        this.method = method;
        this.arpu = arpu;
        this.grossMargin = grossMargin;
        this.churnRate = churnRate;
        this.discountRate = discountRate;
        this.cohortMargins = cohortMargins;
        this.cohortSize = cohortSize;
        this.exactNumerator = exactNumerator;
        this.exactDivisor = exactDivisor;
        this.value = exactNumerator == null ? null
                : Money.of(exactNumerator, currency()).dividedBy(exactDivisor, mode);
        this.mode = mode;
        this.undefinedReason = undefinedReason;
    }

    /** Requires a discount rate in {@code [0, 1)} and drops trailing zeros, so equal rates are equal objects. */
    private static BigDecimal discountRate(BigDecimal discountRate) {
        return Checks.inRange(discountRate, BigDecimal.ZERO, true, BigDecimal.ONE, false, "discountRate")
                .stripTrailingZeros();
    }

    private static Ltv create(Method method, Money arpu, BigDecimal grossMargin, BigDecimal churnRate,
            BigDecimal discountRate, RoundingMode mode) {
        Objects.requireNonNull(arpu, "arpu");
        Objects.requireNonNull(mode, "mode");
        Checks.nonNegative(arpu, "arpu");
        BigDecimal m = Checks.inUnitInterval(grossMargin, "grossMargin").stripTrailingZeros();
        BigDecimal c = Checks.inUnitInterval(churnRate, "churnRate").stripTrailingZeros();
        BigDecimal d = discountRate(discountRate);
        BigDecimal periodMargin = arpu.amount().multiply(m);
        BigDecimal numerator;
        BigDecimal divisor;
        if (method == Method.SIMPLE) {
            numerator = periodMargin;
            divisor = c;
        } else {
            numerator = periodMargin.multiply(BigDecimal.ONE.subtract(c));
            divisor = d.add(c); // 1 + d − r with r = 1 − c
        }
        if (divisor.signum() == 0) {
            String reason = method == Method.SIMPLE ? "churn is zero: lifetime is unbounded"
                    : "churn and discount rate are both zero: lifetime value is unbounded";
            return new Ltv(method, arpu, m, c, d, List.of(), -1, null, null, mode, reason);
        }
        return new Ltv(method, arpu, m, c, d, List.of(), -1, numerator, divisor, mode, null);
    }

    /**
     * Returns the simple LTV, {@code ARPU × margin ÷ churn}, rounded {@code HALF_EVEN}. It
     * counts the period of acquisition, so it is {@code 1 ÷ r} times the discounted LTV with
     * {@code d = 0} (ARPU 100, margin 0.5, churn 0.2: simple 250.00, discounted 200.00).
     *
     * @param arpu average revenue per user per period, not negative
     * @param grossMargin the gross margin in {@code [0, 1]}
     * @param churnRate churn per period in {@code [0, 1]}
     * @return the LTV; undefined when churn is zero
     * @throws IllegalArgumentException if an input is out of range, NaN or infinite
     */
    public static Ltv simple(Money arpu, double grossMargin, double churnRate) {
        return simple(arpu, Checks.decimal(grossMargin, "grossMargin"), Checks.decimal(churnRate, "churnRate"),
                Money.DEFAULT_ROUNDING);
    }

    /**
     * Returns the simple LTV, {@code ARPU × margin ÷ churn}, rounded with {@code mode}. It
     * counts the period of acquisition (see {@link #simple(Money, double, double)}).
     *
     * @param arpu average revenue per user per period, not negative
     * @param grossMargin the gross margin in {@code [0, 1]}
     * @param churnRate churn per period in {@code [0, 1]}
     * @param mode how to round to the minor unit
     * @return the LTV; undefined when churn is zero
     * @throws IllegalArgumentException if an input is out of range
     */
    public static Ltv simple(Money arpu, BigDecimal grossMargin, BigDecimal churnRate, RoundingMode mode) {
        return create(Method.SIMPLE, arpu, grossMargin, churnRate, BigDecimal.ZERO, mode);
    }

    /**
     * Returns the discounted LTV, {@code ARPU × margin × r ÷ (1 + d − r)} with
     * {@code r = 1 − churn}, first period excluded, rounded {@code HALF_EVEN}. Because the
     * first period is excluded, {@code d = 0} gives {@code r × } the simple LTV, not the simple
     * LTV: ARPU 100, margin 0.5, churn 0.2 give 200.00 here and 250.00 from
     * {@link #simple(Money, double, double)}; add {@code ARPU × margin} to count the first
     * period.
     *
     * @param arpu average revenue per user per period, not negative
     * @param grossMargin the gross margin in {@code [0, 1]}
     * @param churnRate churn per period in {@code [0, 1]}
     * @param discountRate discount rate per period in {@code [0, 1)}
     * @return the LTV; undefined when churn and discount rate are both zero
     * @throws IllegalArgumentException if an input is out of range, NaN or infinite
     */
    public static Ltv discounted(Money arpu, double grossMargin, double churnRate, double discountRate) {
        return discounted(arpu, Checks.decimal(grossMargin, "grossMargin"), Checks.decimal(churnRate, "churnRate"),
                Checks.decimal(discountRate, "discountRate"), Money.DEFAULT_ROUNDING);
    }

    /**
     * Returns the discounted LTV, {@code ARPU × margin × r ÷ (1 + d − r)} with
     * {@code r = 1 − churn}, first period excluded, rounded with {@code mode}. With
     * {@code d = 0} this is {@code r × } the simple LTV (200.00 against 250.00 for ARPU 100,
     * margin 0.5, churn 0.2); see {@link #discounted(Money, double, double, double)}.
     *
     * @param arpu average revenue per user per period, not negative
     * @param grossMargin the gross margin in {@code [0, 1]}
     * @param churnRate churn per period in {@code [0, 1]}
     * @param discountRate discount rate per period in {@code [0, 1)}
     * @param mode how to round to the minor unit
     * @return the LTV; undefined when churn and discount rate are both zero
     * @throws IllegalArgumentException if an input is out of range
     */
    public static Ltv discounted(Money arpu, BigDecimal grossMargin, BigDecimal churnRate, BigDecimal discountRate,
            RoundingMode mode) {
        return create(Method.DISCOUNTED, arpu, grossMargin, churnRate, discountRate, mode);
    }

    /**
     * Returns the undiscounted cohort LTV: the sum of the period margins ÷ the cohort size,
     * rounded {@code HALF_EVEN}.
     *
     * @param marginPerPeriod the cohort's total gross margin in each period, in order, one
     *     currency, at least one period
     * @param cohortSize the number of customers in the cohort
     * @return the LTV; undefined when the cohort size is zero
     * @throws IllegalArgumentException if the list is empty or the size negative
     * @throws io.kpikit.core.CurrencyMismatchException if the margins are in several currencies
     */
    public static Ltv cohort(List<Money> marginPerPeriod, long cohortSize) {
        return cohort(marginPerPeriod, cohortSize, BigDecimal.ZERO, Money.DEFAULT_ROUNDING);
    }

    /**
     * Returns the discounted cohort LTV: {@code Σ margin_t ÷ (1 + d)^t} for {@code t = 1..n}
     * ÷ the cohort size, rounded {@code HALF_EVEN}.
     *
     * @param marginPerPeriod the cohort's total gross margin in each period, in order, one
     *     currency, at least one period
     * @param cohortSize the number of customers in the cohort
     * @param discountRate discount rate per period in {@code [0, 1)}
     * @return the LTV; undefined when the cohort size is zero
     * @throws IllegalArgumentException if the list is empty, the size negative or the rate out
     *     of range
     * @throws io.kpikit.core.CurrencyMismatchException if the margins are in several currencies
     */
    public static Ltv cohort(List<Money> marginPerPeriod, long cohortSize, double discountRate) {
        return cohort(marginPerPeriod, cohortSize, Checks.decimal(discountRate, "discountRate"),
                Money.DEFAULT_ROUNDING);
    }

    /**
     * Returns the cohort LTV, {@code Σ margin_t ÷ (1 + d)^t} for {@code t = 1..n} ÷ the cohort
     * size, rounded with {@code mode}; a discount rate of zero gives the plain sum.
     *
     * @param marginPerPeriod the cohort's total gross margin in each period, in order, one
     *     currency, at least one period
     * @param cohortSize the number of customers in the cohort
     * @param discountRate discount rate per period in {@code [0, 1)}
     * @param mode how to round to the minor unit
     * @return the LTV; undefined when the cohort size is zero
     * @throws IllegalArgumentException if the list is empty, the size negative or the rate out
     *     of range
     * @throws io.kpikit.core.CurrencyMismatchException if the margins are in several currencies
     */
    public static Ltv cohort(List<Money> marginPerPeriod, long cohortSize, BigDecimal discountRate,
            RoundingMode mode) {
        List<Money> margins = List.copyOf(Objects.requireNonNull(marginPerPeriod, "marginPerPeriod"));
        Objects.requireNonNull(mode, "mode");
        if (margins.isEmpty()) {
            throw new IllegalArgumentException("marginPerPeriod must have at least one period, was []");
        }
        Checks.nonNegative(cohortSize, "cohortSize");
        BigDecimal d = discountRate(discountRate);
        Money total = Money.total(margins); // exact; also checks the currencies
        if (d.signum() != 0) {
            BigDecimal onePlusD = BigDecimal.ONE.add(d);
            List<Money> discounted = new ArrayList<>(margins.size());
            for (int t = 1; t <= margins.size(); t++) {
                BigDecimal factor = onePlusD.pow(t, Ratio.PRECISION);
                discounted.add(Money.of(margins.get(t - 1).amount().divide(factor, Ratio.PRECISION),
                        total.currency()));
            }
            total = Money.total(discounted);
        }
        if (cohortSize == 0) {
            return new Ltv(Method.COHORT, null, null, null, d, margins, cohortSize, null, null, mode,
                    "cohort size is zero: no customer to divide the margin by");
        }
        return new Ltv(Method.COHORT, null, null, null, d, margins, cohortSize, total.amount(),
                BigDecimal.valueOf(cohortSize), mode, null);
    }

    /**
     * Returns how this LTV was computed.
     *
     * @return the method
     */
    public Method method() {
        return method;
    }

    /**
     * Returns the currency of the LTV and of its inputs.
     *
     * @return the currency
     */
    public Currency currency() {
        return arpu != null ? arpu.currency() : cohortMargins.get(0).currency();
    }

    /**
     * Returns the ARPU per period of a simple or discounted LTV.
     *
     * @return the ARPU, or empty for a cohort LTV
     */
    public Optional<Money> arpu() {
        return Optional.ofNullable(arpu);
    }

    /**
     * Returns the gross margin of a simple or discounted LTV.
     *
     * @return the margin in {@code [0, 1]}, or empty for a cohort LTV
     */
    public Optional<BigDecimal> grossMargin() {
        return Optional.ofNullable(grossMargin);
    }

    /**
     * Returns the churn per period of a simple or discounted LTV.
     *
     * @return the churn in {@code [0, 1]}, or empty for a cohort LTV
     */
    public Optional<BigDecimal> churnRate() {
        return Optional.ofNullable(churnRate);
    }

    /**
     * Returns the discount rate per period; zero for a simple or undiscounted LTV.
     *
     * @return the discount rate in {@code [0, 1)}
     */
    public BigDecimal discountRate() {
        return discountRate;
    }

    /**
     * Returns the cohort's margin per period, undiscounted, as given.
     *
     * @return the margins, empty unless the method is {@link Method#COHORT}
     */
    public List<Money> cohortMargins() {
        return cohortMargins;
    }

    /**
     * Returns the cohort size.
     *
     * @return the size, or empty unless the method is {@link Method#COHORT}
     */
    public OptionalLong cohortSize() {
        return method == Method.COHORT ? OptionalLong.of(cohortSize) : OptionalLong.empty();
    }

    /**
     * Returns whether the LTV has a value.
     *
     * @return {@code true} if defined
     */
    public boolean isDefined() {
        return value != null;
    }

    /**
     * Returns why the LTV is undefined.
     *
     * @return the reason, or empty when defined
     */
    public Optional<String> undefinedReason() {
        return Optional.ofNullable(undefinedReason);
    }

    /**
     * Returns the LTV, rounded to the currency's minor unit.
     *
     * @return the lifetime value
     * @throws IllegalStateException if undefined; the message gives the reason
     */
    public Money value() {
        if (value == null) {
            throw new IllegalStateException(method + " LTV is undefined: " + undefinedReason);
        }
        return value;
    }

    /**
     * Returns the numerator of the unrounded LTV ({@code ARPU × margin} for simple,
     * {@code ARPU × margin × r} for discounted, the summed margins for a cohort), for ratios
     * that must not inherit the rounding of {@link #value()}.
     *
     * @return the numerator, or null when undefined
     */
    BigDecimal exactNumerator() {
        return exactNumerator;
    }

    /**
     * Returns the positive divisor of the unrounded LTV (churn, {@code 1 + d − r} or the
     * cohort size).
     *
     * @return the divisor, or null when undefined
     */
    BigDecimal exactDivisor() {
        return exactDivisor;
    }

    /**
     * Returns the LTV, or an empty optional when undefined.
     *
     * @return the LTV if defined
     */
    public Optional<Money> toOptional() {
        return Optional.ofNullable(value);
    }

    /**
     * Returns the LTV, or {@code fallback} when undefined.
     *
     * @param fallback the amount to use for an undefined LTV
     * @return the LTV or the fallback
     */
    public Money orElse(Money fallback) {
        return value != null ? value : fallback;
    }

    /**
     * Returns the rounding mode {@link #value()} was rounded to the minor unit with:
     * {@link Money#DEFAULT_ROUNDING} ({@code HALF_EVEN}) unless the factory was given another.
     * It is kept even when the value is undefined, so the factory rebuilds an equal value.
     *
     * @return the rounding mode
     */
    public RoundingMode roundingMode() {
        return mode;
    }

    /**
     * Returns whether {@code obj} is an LTV with the same method, inputs and value; decimal
     * inputs compare numerically ({@code 0.6} equals {@code 0.60}), as money does.
     *
     * @param obj the object to compare
     * @return {@code true} if equal
     */
    @Override
    public boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        if (!(obj instanceof Ltv)) {
            return false;
        }
        Ltv o = (Ltv) obj;
        return method == o.method && Objects.equals(arpu, o.arpu) && sameNumber(grossMargin, o.grossMargin)
                && sameNumber(churnRate, o.churnRate) && sameNumber(discountRate, o.discountRate)
                && cohortMargins.equals(o.cohortMargins) && cohortSize == o.cohortSize
                && Objects.equals(value, o.value) && Objects.equals(undefinedReason, o.undefinedReason);
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(method, arpu, stripped(grossMargin), stripped(churnRate), stripped(discountRate),
                cohortMargins, cohortSize, value);
    }

    /** Numeric equality of optional decimals (0.6 equals 0.60), as for {@code Money}. */
    private static boolean sameNumber(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    private static BigDecimal stripped(BigDecimal d) {
        return d == null ? null : d.stripTrailingZeros();
    }

    /**
     * Returns a short description such as {@code "SIMPLE LTV CNY 250.00"}.
     *
     * @return the description
     */
    @Override
    public String toString() {
        return method + " LTV " + (value != null ? value.toString() : "undefined: " + undefinedReason);
    }
}
