/**
 * Shared primitives of kpikit: {@link io.kpikit.core.Money}, {@link io.kpikit.core.Ratio},
 * {@link io.kpikit.core.Figure}, {@link io.kpikit.core.Direction} and exact
 * {@link io.kpikit.core.Allocation}, and the conventions every other {@code io.kpikit}
 * package follows.
 *
 * <h2>Which number type</h2>
 * <ul>
 *   <li>{@link io.kpikit.core.Money}: an amount in a currency.</li>
 *   <li>{@link io.kpikit.core.Ratio}: every quotient (attainment, conversion, ROAS, share);
 *       it keeps its numerator and denominator so a report can show both inputs.</li>
 *   <li>{@link io.kpikit.core.Figure}: a number that is not a quotient but can be undefined
 *       (a CAGR, a trend slope, an R², a correlation, a composite score); it answers the same
 *       accessors as {@code Ratio}.</li>
 * </ul>
 *
 * <h2>Vocabulary</h2>
 * Method names mean the same thing in every package:
 * <ul>
 *   <li>{@code of(...)}: a factory from the parts of a value ({@code Money.of(amount, "CNY")});</li>
 *   <li>{@code parse(text)}: a factory from the text {@code toString()} prints, or a documented
 *       notation ({@code Money.parse("CNY 9500000.00")});</li>
 *   <li>{@code from(...)}: a conversion from a looser or richer type;</li>
 *   <li>{@code between(a, b)}: a value computed from two points, in that order
 *       ({@code change between last year and this year});</li>
 *   <li>{@code is...}: a boolean query; {@code with...}: a copy with one field changed;</li>
 *   <li>{@code plus}/{@code minus}/{@code multipliedBy}/{@code dividedBy}: arithmetic that
 *       returns a new value;</li>
 *   <li>{@code to...}: a conversion to another representation
 *       ({@code Ratio.toPercentString});</li>
 *   <li>{@code add}/{@code merge}/{@code result}: the three operations of a mutable
 *       accumulator; every other type is immutable;</li>
 *   <li>{@code restore(...)}: rebuilds a stored result of large inputs (an event funnel, a
 *       time to convert, an allocation mix) from its stored figures, rejecting figures that
 *       disagree with each other; used when reading a result back from JSON.</li>
 * </ul>
 * Value types have no public constructors; plain data carriers are records.
 *
 * <h2>Nulls</h2>
 * No kpikit method accepts or returns {@code null} unless its javadoc says so. A null
 * argument throws {@link java.lang.NullPointerException} naming the parameter. Optional
 * results are {@link java.util.Optional} or {@link java.util.OptionalDouble}.
 *
 * <h2>Errors and undefined results</h2>
 * Invalid input (a negative count, a NaN, a currency mismatch, weights that do not sum to
 * one) throws {@link java.lang.IllegalArgumentException}, or a documented subclass such as
 * {@link io.kpikit.core.CurrencyMismatchException}, with a message of the form
 * {@code <field> must be <rule>, was <value>}. A result that is mathematically undefined
 * (0/0, a growth rate from a zero base) is not an error: it is an undefined
 * {@link io.kpikit.core.Ratio} or {@link io.kpikit.core.Figure} that carries its reason. NaN and
 * the infinities never appear in any result: a double computed by kpikit or commons-math3 goes
 * through {@link io.kpikit.core.Figure#ofComputed(double, String)}.
 *
 * <h2>Numbers and rounding</h2>
 * Money is exact {@link java.math.BigDecimal}; sums of money are never rounded. A money
 * result of a division (CAC, AOV, LTV) is rounded to the currency's minor unit with
 * {@link java.math.RoundingMode#HALF_EVEN} unless the caller passes another scale or mode.
 * When money is split into parts (phasing, attribution, reallocation) the parts are rounded
 * by the largest-remainder rule of {@link io.kpikit.core.Allocation} so that they add up to
 * the total exactly. Rates carry their numerator and denominator and are never rounded
 * inside a computation; rounding for display ({@code 98.0%}) happens only when formatting.
 * Counts are {@code long} and never negative.
 */
package io.kpikit.core;
