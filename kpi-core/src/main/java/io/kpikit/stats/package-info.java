/**
 * Statistics shared by kpikit's packages: the {@link io.kpikit.stats.WilsonInterval} for a
 * proportion, the pooled {@link io.kpikit.stats.TwoProportionZTest}, and the Bayesian
 * {@link io.kpikit.stats.BayesianAbTest} (probability that B beats A, computed exactly).
 *
 * <p>Distributions and special functions come from commons-math3 (the standard normal
 * {@code NormalDistribution}, {@code Beta.logBeta}); nothing here samples at random, so every
 * result is deterministic. Every double that comes out of commons-math3 is checked to be
 * finite.
 *
 * <p>Conventions are those of {@link io.kpikit.core}: static factories named {@code of},
 * counts as {@code long} (never negative, successes never above trials), invalid input throws
 * {@link java.lang.IllegalArgumentException} with a message {@code <field> must be <rule>, was
 * <value>}, and a mathematically undefined result (no trials, zero pooled variance) is not an
 * error but an explicit undefined state with a reason: {@code isDefined()},
 * {@code undefinedReason()}, value accessors that throw {@link java.lang.IllegalStateException}
 * with the reason, and safe {@code toOptional...()} / {@code ...orElse(fallback)} accessors.
 * Every type keeps the counts it was computed from and exposes them ({@code successes()},
 * {@code successesA()}, ...), so {@code of} (or {@code undefined} with the reason) rebuilds it.
 * Every type is immutable and thread-safe.
 */
package io.kpikit.stats;
