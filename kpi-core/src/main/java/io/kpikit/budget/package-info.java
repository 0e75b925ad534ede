/**
 * Budget against actual: budget lines and their category tree, variance, execution rate,
 * tolerance status, time-phased burn and forecasts at completion, flexible budgets and
 * price/quantity variances, allocation mix, ROAS-guided reallocation, and an accumulator that
 * turns ledger postings into actuals.
 *
 * <h2>What lives here</h2>
 * <ul>
 *   <li>{@link io.kpikit.budget.BudgetLine}, {@link io.kpikit.budget.CategoryPath} and
 *       {@link io.kpikit.budget.BudgetReport}: lines in one currency rolled up over every node
 *       of the category tree ({@link io.kpikit.budget.BudgetNode}), with the largest
 *       contributors to the variance ({@link io.kpikit.budget.Contribution});</li>
 *   <li>{@link io.kpikit.budget.Variance}: variance = actual − budget, variance % = variance ÷
 *       budget, execution rate = actual ÷ budget, {@link io.kpikit.budget.Favourability} by
 *       {@link io.kpikit.budget.LineKind} and {@link io.kpikit.budget.BudgetStatus} against a
 *       {@link io.kpikit.budget.ToleranceBand};</li>
 *   <li>{@link io.kpikit.budget.PhasedBudget}: per-period plan and actuals, cumulative burn
 *       ({@link io.kpikit.budget.PeriodBurn}), burn rate and {@link io.kpikit.budget.Forecast}s
 *       at completion by a named {@link io.kpikit.budget.ForecastMethod};</li>
 *   <li>{@link io.kpikit.budget.FlexibleBudget} (volume and spending variances) and
 *       {@link io.kpikit.budget.PriceQuantityVariance} (price and quantity variances);</li>
 *   <li>{@link io.kpikit.budget.AllocationMix} and {@link io.kpikit.budget.MixTarget}: shares
 *       by tag and a check against a target mix in percentage points
 *       ({@link io.kpikit.budget.MixCheck});</li>
 *   <li>{@link io.kpikit.budget.ReallocationProposal}: moving a share of budget from the
 *       lowest- to the highest-ROAS channels within bounds;</li>
 *   <li>{@link io.kpikit.budget.PostingAccumulator} and
 *       {@link io.kpikit.budget.LedgerActuals}: exact, mergeable actuals per line and period
 *       from millions of {@link io.kpikit.budget.Posting}s.</li>
 * </ul>
 *
 * <h2>Conventions</h2>
 * The vocabulary, null policy, error messages and rounding rules are those of
 * {@link io.kpikit.core}. In addition:
 * <ul>
 *   <li>Sign: every variance is actual − budget, so a positive variance means more than
 *       planned for cost and revenue alike; whether that is good is the separate
 *       {@link io.kpikit.budget.Favourability}, and {@link io.kpikit.budget.BudgetStatus} only
 *       says above, below or within the band.</li>
 *   <li>Budgets are never negative; actuals may be, because refunds and credit notes are
 *       netted into them.</li>
 *   <li>A budget of zero makes the rates undefined; a zero budget with a non-zero actual is
 *       {@link io.kpikit.budget.BudgetStatus#UNPLANNED}, never "within tolerance".</li>
 *   <li>Cost and revenue are rolled up separately and never netted; an allocation mix is
 *       taken over one kind, and largest contributors are ranked within one kind (cost
 *       unless another is given).</li>
 *   <li>Sums and variances of money are exact; the only rounding is of run-rate forecasts and
 *       of the amount a reallocation is asked to move, to the minor unit with
 *       {@link java.math.RoundingMode#HALF_EVEN}.</li>
 *   <li>Reading results back: a result keeps the inputs it was computed from where they are
 *       small (a {@link io.kpikit.budget.Forecast} its phased budget, a
 *       {@link io.kpikit.budget.ReallocationProposal} its channels, a
 *       {@link io.kpikit.budget.PriceQuantityVariance} its prices and quantities), so the
 *       factory rebuilds it. {@link io.kpikit.budget.AllocationMix#restore} rebuilds a mix
 *       from its stored figures, because the report it came from is not kept; kpikit calls
 *       such factories {@code restore}: they take the figures a result holds and check that
 *       they agree with each other.</li>
 * </ul>
 */
package io.kpikit.budget;
