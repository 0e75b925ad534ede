package io.kpikit.budget;

import io.kpikit.core.CurrencyMismatchException;
import io.kpikit.core.Money;
import io.kpikit.core.Ratio;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.List;
import java.util.Objects;

/**
 * The plan of one budget line phased over periods (months, say), with the actuals of the
 * periods elapsed so far: cumulative burn against cumulative plan, burn rate and forecasts at
 * completion.
 *
 * <p>With {@code n} periods, {@code k} of them elapsed (the number of actuals given),
 * {@code A} the actual to date, {@code P_k} the plan to date and {@code P} the total plan:
 * <ul>
 *   <li>burn rate = {@code A ÷ k}, money per period ({@link Ratio}, undefined when
 *       {@code k = 0});</li>
 *   <li>forecast at completion by {@link ForecastMethod}: {@code RUN_RATE = A ÷ (k/n)},
 *       {@code RUN_RATE_PLAN_SHARE = A ÷ (P_k/P)}, {@code PLAN_BASED = A + (P − P_k)}; the run
 *       rates are rounded to the currency's minor unit with
 *       {@link Money#DEFAULT_ROUNDING}, except when there is nothing left to project
 *       ({@code k = n}, or {@code P_k = P} for the plan share): then they are {@code A}
 *       itself, unrounded, like the actual to date;</li>
 *   <li>projected year-end variance = forecast − {@code P}, judged like any {@link Variance}.</li>
 * </ul>
 *
 * <p>The number of actuals is the number of periods elapsed, so pass only the elapsed periods:
 * from a ledger, {@link LedgerActuals#actualsByPeriod(String, int)} with the periods elapsed,
 * never the zeros of the periods still to come.
 *
 * <p>Validation: at least one period; no more actuals than periods; every amount in one
 * currency; plan amounts not negative (actuals may be, after refunds).
 *
 * <pre>{@code
 * // plan 100 a month for 12 months; 110 a month spent in the first 6
 * PhasedBudget b = PhasedBudget.of("sem", LineKind.COST, plan, actuals);
 * b.burnRate();                                        // 660/6 = 110
 * b.forecast(ForecastMethod.RUN_RATE).atCompletion();  // 1320, variance +120
 * b.forecast(ForecastMethod.PLAN_BASED).atCompletion();// 1260, variance +60
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PhasedBudget implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String lineId;
    private final LineKind kind;
    private final List<Money> plan;
    private final List<Money> actuals;

    private PhasedBudget(String lineId, LineKind kind, List<Money> plan, List<Money> actuals) {
        this.lineId = lineId;
        this.kind = kind;
        this.plan = plan;
        this.actuals = actuals;
    }

    /** {@code budget} is the line's budget that the plan must sum to, or null when there is no line. */
    private static PhasedBudget create(String lineId, LineKind kind, List<Money> planIn, List<Money> actualsIn,
            Money budget) {
        Objects.requireNonNull(lineId, "lineId");
        Objects.requireNonNull(kind, "kind");
        List<Money> plan = List.copyOf(Objects.requireNonNull(planIn, "plan"));
        List<Money> actuals = List.copyOf(Objects.requireNonNull(actualsIn, "actuals"));
        if (plan.isEmpty()) {
            throw new IllegalArgumentException("plan must have at least one period, was empty (line \"" + lineId + "\")");
        }
        if (actuals.size() > plan.size()) {
            throw new IllegalArgumentException("actuals must have at most " + plan.size() + " periods (the plan's), was "
                    + actuals.size() + " (line \"" + lineId + "\")");
        }
        Currency currency = budget != null ? budget.currency() : plan.get(0).currency();
        for (int i = 0; i < plan.size(); i++) {
            checkCurrency(currency, plan.get(i), "plan[" + i + "] of line \"" + lineId + "\"");
            if (plan.get(i).isNegative()) {
                throw new IllegalArgumentException("plan[" + i + "] must be >= 0, was " + plan.get(i) + " (line \""
                        + lineId + "\")");
            }
        }
        for (int i = 0; i < actuals.size(); i++) {
            checkCurrency(currency, actuals.get(i), "actuals[" + i + "] of line \"" + lineId + "\"");
        }
        PhasedBudget b = new PhasedBudget(lineId, kind, plan, actuals);
        if (budget != null && !b.totalPlan().equals(budget)) {
            throw new IllegalArgumentException("plan must sum to the budget of line \"" + lineId + "\" (" + budget
                    + "), was " + b.totalPlan());
        }
        return b;
    }

    private static void checkCurrency(Currency expected, Money amount, String context) {
        Objects.requireNonNull(amount, context);
        if (!amount.currency().equals(expected)) {
            throw new CurrencyMismatchException(expected, amount.currency(), context);
        }
    }

    /**
     * Returns a phased budget.
     *
     * @param lineId the line id, used in messages
     * @param kind cost or revenue
     * @param plan the plan of every period, not negative; its size is the number of periods
     * @param actuals the actuals of the periods elapsed so far, oldest first
     * @return the phased budget
     * @throws IllegalArgumentException if the plan is empty, has a negative amount, or there
     *     are more actuals than periods
     * @throws CurrencyMismatchException if an amount is not in the currency of the first plan
     *     amount; the message names the list, the index and the line
     * @throws NullPointerException if an argument or an amount is null
     */
    public static PhasedBudget of(String lineId, LineKind kind, List<Money> plan, List<Money> actuals) {
        return create(lineId, kind, plan, actuals, null);
    }

    /**
     * Returns the phased budget of a budget line: its id and kind, and a plan that must sum to
     * the line's budget exactly.
     *
     * @param line the budget line; its budget is the total the plan must reach
     * @param plan the plan of every period, not negative, in the line's currency, summing to
     *     {@code line.budget()}
     * @param actuals the actuals of the periods elapsed so far, oldest first
     * @return the phased budget
     * @throws IllegalArgumentException if the plan is empty, has a negative amount, does not sum
     *     to the line's budget (the message names the line and both amounts), or there are more
     *     actuals than periods
     * @throws CurrencyMismatchException if an amount is not in the line's currency
     * @throws NullPointerException if an argument or an amount is null
     */
    public static PhasedBudget of(BudgetLine line, List<Money> plan, List<Money> actuals) {
        Objects.requireNonNull(line, "line");
        return create(line.id(), line.kind(), plan, actuals, line.budget());
    }

    /**
     * Returns the line id.
     *
     * @return the line id
     */
    public String lineId() {
        return lineId;
    }

    /**
     * Returns the kind.
     *
     * @return cost or revenue
     */
    public LineKind kind() {
        return kind;
    }

    /**
     * Returns the number of periods of the plan.
     *
     * @return {@code n}, at least 1
     */
    public int periods() {
        return plan.size();
    }

    /**
     * Returns the number of periods elapsed (with actuals).
     *
     * @return {@code k}, from 0 to {@link #periods()}
     */
    public int elapsed() {
        return actuals.size();
    }

    /**
     * Returns the plan per period.
     *
     * @return an unmodifiable list
     */
    public List<Money> plan() {
        return plan;
    }

    /**
     * Returns the actuals per elapsed period.
     *
     * @return an unmodifiable list
     */
    public List<Money> actuals() {
        return actuals;
    }

    /**
     * Returns the total plan {@code P}, exactly.
     *
     * @return the sum of the plan
     */
    public Money totalPlan() {
        return sum(plan, plan.size());
    }

    /**
     * Returns the plan of the elapsed periods {@code P_k}, exactly.
     *
     * @return the plan to date
     */
    public Money planToDate() {
        return sum(plan, actuals.size());
    }

    /**
     * Returns the actual of the elapsed periods {@code A}, exactly.
     *
     * @return the actual to date
     */
    public Money actualToDate() {
        return sum(actuals, actuals.size());
    }

    /**
     * Returns the cumulative burn of every elapsed period.
     *
     * @return one entry per elapsed period, oldest first
     */
    public List<PeriodBurn> burn() {
        List<PeriodBurn> out = new ArrayList<>(actuals.size());
        Money cumPlan = Money.zero(currency());
        Money cumActual = Money.zero(currency());
        for (int i = 0; i < actuals.size(); i++) {
            cumPlan = cumPlan.plus(plan.get(i));
            cumActual = cumActual.plus(actuals.get(i));
            out.add(new PeriodBurn(i, plan.get(i), actuals.get(i), cumPlan, cumActual));
        }
        return Collections.unmodifiableList(out);
    }

    /**
     * Returns the burn rate: actual to date ÷ periods elapsed, money per period.
     *
     * @return the burn rate; undefined when no period has elapsed
     */
    public Ratio burnRate() {
        BigDecimal a = actualToDate().amount();
        if (actuals.isEmpty()) {
            return Ratio.undefined(a, BigDecimal.ZERO, "no period has elapsed: burn rate is undefined");
        }
        return Ratio.of(a, BigDecimal.valueOf(actuals.size()));
    }

    /**
     * Returns the forecast at completion under the {@linkplain ToleranceBand#DEFAULT default}
     * band.
     *
     * @param method how to project
     * @return the forecast
     * @throws NullPointerException if {@code method} is null
     */
    public Forecast forecast(ForecastMethod method) {
        return forecast(method, ToleranceBand.DEFAULT);
    }

    /**
     * Returns the forecast at completion, judged against the total plan under {@code band}.
     *
     * @param method how to project
     * @param band the tolerance band for the projected status
     * @return the forecast; undefined for {@code RUN_RATE} before the first period and for
     *     {@code RUN_RATE_PLAN_SHARE} while the plan to date is zero
     * @throws NullPointerException if an argument is null
     */
    public Forecast forecast(ForecastMethod method, ToleranceBand band) {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(band, "band");
        Money total = totalPlan();
        Money a = actualToDate();
        switch (method) {
            case RUN_RATE:
                if (actuals.isEmpty()) {
                    return Forecast.undefined(this, method, total, "no period has elapsed: run rate is undefined", band);
                }
                if (actuals.size() == plan.size()) {
                    return Forecast.defined(this, method, total, a, band); // nothing left to project
                }
                return Forecast.defined(this, method, total,
                        a.multipliedBy(plan.size()).dividedBy(actuals.size(), Money.DEFAULT_ROUNDING), band);
            case RUN_RATE_PLAN_SHARE:
                Money toDate = planToDate();
                if (toDate.isZero()) {
                    return Forecast.undefined(this, method, total,
                            "plan to date is zero: plan-share run rate is undefined", band);
                }
                if (toDate.equals(total)) {
                    return Forecast.defined(this, method, total, a, band); // A × P / P = A, exactly
                }
                return Forecast.defined(this, method, total,
                        a.multipliedBy(total.amount()).dividedBy(toDate.amount(), Money.DEFAULT_ROUNDING), band);
            case PLAN_BASED:
                return Forecast.defined(this, method, total, a.plus(total.minus(planToDate())), band);
            default:
                throw new IllegalArgumentException("method must be a known ForecastMethod, was " + method);
        }
    }

    private Currency currency() {
        return plan.get(0).currency();
    }

    private Money sum(List<Money> amounts, int count) {
        Money s = Money.zero(currency());
        for (int i = 0; i < count; i++) {
            s = s.plus(amounts.get(i));
        }
        return s;
    }

    /**
     * Returns the line id, periods elapsed and total plan.
     *
     * @return a short description
     */
    @Override
    public String toString() {
        return "PhasedBudget[" + lineId + ", " + actuals.size() + "/" + plan.size() + " periods, plan " + totalPlan()
                + ", actual to date " + actualToDate() + "]";
    }
}
