/**
 * Return on spend: ROI, ROAS and the Chinese "投入产出比 1:4.8" notation, gross-profit ROI,
 * incremental and marginal return, payback, and a per-channel table with its accumulator.
 *
 * <h2>What lives here</h2>
 * <ul>
 *   <li>{@link io.kpikit.roi.Roi}: {@code (return − cost) / cost}, with the return measured as
 *       given, as a gross profit, or as {@code revenue × margin};</li>
 *   <li>{@link io.kpikit.roi.Roas}: {@code revenue / cost}, and
 *       {@link io.kpikit.roi.RoasNotation} to write and read it as {@code 1:4.8}. That
 *       notation is a ROAS (revenue per unit of cost), never a ROI;</li>
 *   <li>{@link io.kpikit.roi.IncrementalReturn}: return beyond a baseline or scaled holdout,
 *       with incremental ROAS ("incremental return ÷ cost") and incremental ROI;</li>
 *   <li>{@link io.kpikit.roi.MarginalRoi}: {@code Δreturn / Δcost} between two
 *       {@link io.kpikit.roi.SpendLevel}s;</li>
 *   <li>{@link io.kpikit.roi.Payback}: periods of gross profit needed to recover a cost;</li>
 *   <li>{@link io.kpikit.roi.ChannelTable}, built by
 *       {@link io.kpikit.roi.ChannelSpendAccumulator}: cost and revenue per channel, shares,
 *       ROAS/ROI and a ranking.</li>
 * </ul>
 *
 * <h2>Conventions</h2>
 * This package follows the vocabulary, null policy, error messages and rounding rules of
 * {@link io.kpikit.core}. In particular: every rate is a {@link io.kpikit.core.Ratio} that keeps
 * its numerator and denominator; a zero cost (or zero total, or equal spend levels, or a
 * non-positive profit for payback) gives an undefined ratio with a reason, never NaN,
 * Infinity or a silent zero; costs and revenues must be {@code >= 0} (returns and profits may
 * be negative) and a negative value is rejected naming the field (and the channel); amounts
 * in two currencies throw {@link io.kpikit.core.CurrencyMismatchException}. Computations are
 * exact; rounding happens only when formatting ({@code 1:4.8} rounds half up by default) or
 * where a money division is unavoidable (a scaled holdout baseline, HALF_EVEN to the minor
 * unit).
 */
package io.kpikit.roi;
