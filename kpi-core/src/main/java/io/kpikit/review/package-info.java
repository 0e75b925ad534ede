/**
 * The whole annual review: the input document ({@link io.kpikit.review.ReviewDocument} and its
 * parts) and the report computed from it ({@link io.kpikit.review.ReviewReport} and its
 * sections).
 *
 * <p>This is the one package that may use every other {@code io.kpikit} package; it composes
 * their APIs and never re-implements a formula. Its types follow the conventions of
 * {@link io.kpikit.core} with two additions:
 * <ul>
 *   <li><b>Input records</b> validate in their compact constructors and throw
 *       {@link io.kpikit.review.ReviewInputException}, whose {@code path()} locates the
 *       offending value as whole segments (component names, indices, map keys such as a
 *       competitor {@code "A/B"}), so a JSON reader can point at it without splitting a
 *       string. Missing required parts throw {@link java.lang.NullPointerException} naming
 *       the component (a null list element names the list and the index, {@code "kpis/0"});
 *       a null map value (a competitor's sales, a tag) is an invalid value of its key.
 *       Optional parts are null when absent, as each record documents; an absent optional list
 *       of a part (a KPI's series, a line's tags) becomes empty, but an absent
 *       <em>section</em> stays null.</li>
 *   <li><b>Report records</b> hold only core value types, enums, strings, numbers and lists
 *       and records of those, and no public method other than their accessors (and the static
 *       factory of the report), so Jackson's record support writes them as they are. A part
 *       that does not apply is null; a figure that is undefined carries its reason, and a
 *       warning of its section covers it (one warning per cause).</li>
 * </ul>
 * Every attainment is the level reading under {@link io.kpikit.attainment.AttainmentConvention#DEFAULT},
 * stated per row ({@link io.kpikit.review.KpiRow}); every amount has at most its currency's
 * minor-unit decimals.
 */
package io.kpikit.review;
