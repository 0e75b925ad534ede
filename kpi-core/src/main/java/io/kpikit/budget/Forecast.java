package io.kpikit.budget;

import io.kpikit.core.Money;
import java.io.Serializable;
import java.util.Objects;
import java.util.Optional;

/**
 * A projected actual at completion (year end) of a {@link PhasedBudget}, by a named
 * {@link ForecastMethod}, with the projected year-end variance and status against the total
 * plan.
 *
 * <p>A forecast is either defined, with an amount, or undefined with a reason (a run rate
 * before any period has elapsed, for example). As with {@link io.kpikit.core.Ratio}, reading
 * the amount or the variance of an undefined forecast throws {@link IllegalStateException}
 * with the reason, and {@link #toOptional()} and {@link #orElse(Money)} never throw.
 *
 * <p>A forecast keeps the phased budget, method and band it was computed from
 * ({@link #budget()}, {@link #method()}, {@link #band()}), so
 * {@code f.budget().forecast(f.method(), f.band())} rebuilds an equal forecast; that is how a
 * stored forecast is read back and its amount checked.
 *
 * <pre>{@code
 * Forecast f = phased.forecast(ForecastMethod.RUN_RATE);
 * f.atCompletion();                   // CNY 1320.00
 * f.variance().variance();            // CNY 120.00 over the plan of 1200
 * f.variance().status();              // OVERSPENT (+10% against ±5%)
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Forecast implements Serializable {

    private static final long serialVersionUID = 1L;

    private final PhasedBudget budget;
    private final ForecastMethod method;
    private final LineKind kind;
    private final Money totalPlan;
    /** Null when undefined. */
    private final Money atCompletion;
    /** Null when defined. */
    private final String undefinedReason;
    private final ToleranceBand band;

    private Forecast(PhasedBudget budget, ForecastMethod method, LineKind kind, Money totalPlan, Money atCompletion,
            String undefinedReason, ToleranceBand band) {
        this.budget = budget;
        this.method = method;
        this.kind = kind;
        this.totalPlan = totalPlan;
        this.atCompletion = atCompletion;
        this.undefinedReason = undefinedReason;
        this.band = band;
    }

    static Forecast defined(PhasedBudget budget, ForecastMethod method, Money totalPlan, Money atCompletion,
            ToleranceBand band) {
        totalPlan.checkSameCurrency(atCompletion);
        return new Forecast(budget, Objects.requireNonNull(method, "method"), budget.kind(), totalPlan, atCompletion,
                null, Objects.requireNonNull(band, "band"));
    }

    static Forecast undefined(PhasedBudget budget, ForecastMethod method, Money totalPlan, String reason,
            ToleranceBand band) {
        return new Forecast(budget, Objects.requireNonNull(method, "method"), budget.kind(),
                Objects.requireNonNull(totalPlan, "totalPlan"), null, Objects.requireNonNull(reason, "reason"),
                Objects.requireNonNull(band, "band"));
    }

    /**
     * Returns the phased budget the forecast was computed from.
     *
     * @return the phased budget
     */
    public PhasedBudget budget() {
        return budget;
    }

    /**
     * Returns the tolerance band the projected variance is judged under.
     *
     * @return the band
     */
    public ToleranceBand band() {
        return band;
    }

    /**
     * Returns the method used.
     *
     * @return the method
     */
    public ForecastMethod method() {
        return method;
    }

    /**
     * Returns the total plan the forecast is compared with.
     *
     * @return the total plan
     */
    public Money totalPlan() {
        return totalPlan;
    }

    /**
     * Returns whether the forecast has an amount.
     *
     * @return {@code true} if defined
     */
    public boolean isDefined() {
        return atCompletion != null;
    }

    /**
     * Returns why the forecast is undefined.
     *
     * @return the reason, or empty when defined
     */
    public Optional<String> undefinedReason() {
        return Optional.ofNullable(undefinedReason);
    }

    /**
     * Returns the projected actual at completion.
     *
     * @return the amount, at the currency's minor unit
     * @throws IllegalStateException if the forecast is undefined; the message gives the reason
     */
    public Money atCompletion() {
        if (atCompletion == null) {
            throw new IllegalStateException(method + " forecast is undefined: " + undefinedReason);
        }
        return atCompletion;
    }

    /**
     * Returns the projected actual at completion, or empty when undefined.
     *
     * @return the amount if defined
     */
    public Optional<Money> toOptional() {
        return Optional.ofNullable(atCompletion);
    }

    /**
     * Returns the projected actual at completion, or {@code fallback} when undefined.
     *
     * @param fallback the amount to use for an undefined forecast
     * @return the amount or the fallback
     * @throws NullPointerException if {@code fallback} is null
     */
    public Money orElse(Money fallback) {
        Objects.requireNonNull(fallback, "fallback");
        return atCompletion != null ? atCompletion : fallback;
    }

    /**
     * Returns the projected year-end variance: the forecast compared with the total plan, with
     * its favourability and status under the band.
     *
     * @return the projected variance
     * @throws IllegalStateException if the forecast is undefined; the message gives the reason
     */
    public Variance variance() {
        return Variance.of(kind, totalPlan, atCompletion(), band);
    }

    /**
     * Returns whether {@code obj} is an equal forecast.
     *
     * @param obj the object to compare
     * @return {@code true} if equal
     */
    @Override
    public boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        if (!(obj instanceof Forecast)) {
            return false;
        }
        Forecast o = (Forecast) obj;
        return method == o.method && kind == o.kind && totalPlan.equals(o.totalPlan)
                && Objects.equals(atCompletion, o.atCompletion) && Objects.equals(undefinedReason, o.undefinedReason)
                && band.equals(o.band);
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(method, kind, totalPlan, atCompletion, undefinedReason, band);
    }

    /**
     * Returns {@code "RUN_RATE CNY 1320.00 vs plan CNY 1200"} or
     * {@code "RUN_RATE undefined: reason"}.
     *
     * @return a short description
     */
    @Override
    public String toString() {
        return atCompletion != null ? method + " " + atCompletion + " vs plan " + totalPlan
                : method + " undefined: " + undefinedReason;
    }
}
