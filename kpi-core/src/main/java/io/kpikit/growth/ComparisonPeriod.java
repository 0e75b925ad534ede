package io.kpikit.growth;

/**
 * The label of a period-over-period comparison: year over year, quarter over quarter, month
 * over month, and so on.
 *
 * <p>The label does not change the arithmetic of a {@link Change}: the relative change is
 * {@code (current - previous) / |previous|} whatever the period. It tells a report which two
 * periods were compared, so that "+15% YoY" and "+15% QoQ" are not confused.
 *
 * <pre>{@code
 * Change.between(100, 115).withPeriod(ComparisonPeriod.YEAR_OVER_YEAR).period().abbreviation(); // "YoY"
 * }</pre>
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum ComparisonPeriod {

    /** Any period against the one before it, when the length is not stated ("PoP"). */
    PERIOD_OVER_PERIOD("PoP"),
    /** A year against the previous year, or a period against the same period a year earlier ("YoY"). */
    YEAR_OVER_YEAR("YoY"),
    /** A quarter against the previous quarter ("QoQ"). */
    QUARTER_OVER_QUARTER("QoQ"),
    /** A month against the previous month ("MoM"). */
    MONTH_OVER_MONTH("MoM"),
    /** A week against the previous week ("WoW"). */
    WEEK_OVER_WEEK("WoW");

    private final String abbreviation;

    ComparisonPeriod(String abbreviation) {
        this.abbreviation = abbreviation;
    }

    /**
     * Returns the short label used in reports, such as {@code "YoY"}.
     *
     * @return the abbreviation
     */
    public String abbreviation() {
        return abbreviation;
    }
}
