/**
 * Customer economics: what a customer costs, what a customer is worth, and how the customer
 * base and its satisfaction move.
 *
 * <ul>
 *   <li>Cost: {@link io.kpikit.customer.Cac} (blended, paid, per channel) and
 *       {@link io.kpikit.customer.CacTable} (channel → CAC).</li>
 *   <li>Value: {@link io.kpikit.customer.Ltv} (simple, discounted, cohort),
 *       {@link io.kpikit.customer.AverageRevenue} (AOV, ARPU), and
 *       {@link io.kpikit.customer.UnitEconomics} (LTV:CAC, CAC payback).</li>
 *   <li>The base: {@link io.kpikit.customer.CustomerRates} (retention, churn, repurchase,
 *       new-customer share versus customer growth rate), and
 *       {@link io.kpikit.customer.OrderAccumulator} with its result
 *       {@link io.kpikit.customer.OrderStats} for repurchase from raw orders.</li>
 *   <li>Satisfaction: {@link io.kpikit.customer.Nps} (with standard error and confidence
 *       interval) and {@link io.kpikit.customer.Csat}.</li>
 * </ul>
 *
 * <p>The package follows the conventions of {@link io.kpikit.core}: the factory vocabulary,
 * the null policy, messages of the form {@code <field> must be <rule>, was <value>}, exact
 * {@link io.kpikit.core.Money} with division results rounded once to the minor unit
 * ({@code HALF_EVEN} unless a {@link java.math.RoundingMode} is passed), and every rate a
 * {@link io.kpikit.core.Ratio} that keeps its inputs. A rounded money result is for display:
 * ratios built on a CAC or an LTV use the exact, unrounded values. Money results that can be undefined
 * (CAC with no new customers, LTV with zero churn, AOV with no orders) carry the state
 * explicitly with the accessors of {@code Ratio}: {@code isDefined()},
 * {@code undefinedReason()}, {@code value()} (throws {@link java.lang.IllegalStateException}
 * when undefined), {@code toOptional()} and {@code orElse(...)}. Rates such as churn, margin
 * and discount rate are per period; pass ARPU, churn and discount rate of the same period.
 * Counts are {@code long} and never negative, and counts that contradict each other (more
 * customers lost than there were) are rejected with both values in the message.
 */
package io.kpikit.customer;
