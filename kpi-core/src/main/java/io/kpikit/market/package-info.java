/**
 * Market position: market share, share change in percentage points, relative share,
 * concentration ratio CRn, the Herfindahl–Hirschman index, and the share taken from
 * competitors.
 *
 * <h2>What lives here</h2>
 * <ul>
 *   <li>{@link io.kpikit.market.Market}: named {@link io.kpikit.market.Player}s and their
 *       sales (decimals or money in one currency; duplicate names rejected), with shares,
 *       relative share, CRn and {@link io.kpikit.market.Hhi};</li>
 *   <li>{@link io.kpikit.market.Hhi} and {@link io.kpikit.market.HhiGuidelines}: the HHI on
 *       the 0–10,000 scale and its {@link io.kpikit.market.Concentration} band under a named
 *       US merger guideline (2023: above 1,800 highly concentrated; 2010: 1,500 / 2,500;
 *       1992: 1,000 / 1,800), chosen by the caller; {@link io.kpikit.market.Hhi#of(java.util.List)}
 *       computes it from shares alone, and every HHI keeps the shares it came from;</li>
 *   <li>{@link io.kpikit.market.Market#shareChange(Market, Market, String)}: a player's share
 *       change as an {@link io.kpikit.core.PointChange}, in points ({@code 20% → 26%} is
 *       {@code +6} points) and, separately, as a relative change ({@code +30%});
 *       {@link io.kpikit.market.Market#shareChange(io.kpikit.core.Ratio, io.kpikit.core.Ratio)}
 *       does the same for two shares given as ratios, checking that they lie in
 *       {@code [0, 1]};</li>
 *   <li>{@link io.kpikit.market.ShareShift}: the own player's gain in points split among
 *       the competitors that lost share, in proportion to their losses; it keeps the two
 *       markets, so it can be rebuilt from them.</li>
 * </ul>
 *
 * <h2>Conventions</h2>
 * This package follows the vocabulary, null policy, error messages and rounding rules of
 * {@link io.kpikit.core}. Shares, CRn, relative share and changes are exact
 * {@link io.kpikit.core.Ratio}s that keep their numerator and denominator; points are a ratio
 * whose value is a number of percentage points. A market whose total is zero gives undefined
 * results with the reason {@code "market total is 0"}, never NaN, Infinity or a silent zero.
 * Nothing is rounded except when formatting.
 */
package io.kpikit.market;
