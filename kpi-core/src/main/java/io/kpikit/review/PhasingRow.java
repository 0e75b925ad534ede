package io.kpikit.review;

import io.kpikit.core.Money;
import io.kpikit.core.Ratio;
import java.util.Objects;

/**
 * The monthly figures of one budget line: plan and actual to date, the burn rate and the plan-
 * based forecast at completion.
 *
 * <pre>{@code
 * // plan 12 × 100, 6 periods at 110: forecast 660 + 600 = 1260, variance +60
 * }</pre>
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param path the line's path
 * @param periods the periods of the plan
 * @param elapsed the periods with an actual
 * @param planToDate the plan of the elapsed periods
 * @param actualToDate the actual of the elapsed periods
 * @param executionToDate actualToDate ÷ planToDate
 * @param burnRate actualToDate ÷ elapsed, money per period
 * @param forecastAtCompletion actualToDate + the plan of the remaining periods
 * @param forecastVariance forecastAtCompletion − total plan
 */
public record PhasingRow(String path, int periods, int elapsed, Money planToDate, Money actualToDate,
        Ratio executionToDate, Ratio burnRate, Money forecastAtCompletion, Money forecastVariance) {

    /**
     * Checks the components and copies the lists.
     *
     * @param path the line's path
     * @param periods the periods of the plan
     * @param elapsed the periods with an actual
     * @param planToDate the plan of the elapsed periods
     * @param actualToDate the actual of the elapsed periods
     * @param executionToDate actualToDate ÷ planToDate
     * @param burnRate actualToDate ÷ elapsed, money per period
     * @param forecastAtCompletion actualToDate + the plan of the remaining periods
     * @param forecastVariance forecastAtCompletion − total plan
     * @throws NullPointerException if a required component is null
     */
    public PhasingRow {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(planToDate, "planToDate");
        Objects.requireNonNull(actualToDate, "actualToDate");
        Objects.requireNonNull(executionToDate, "executionToDate");
        Objects.requireNonNull(burnRate, "burnRate");
        Objects.requireNonNull(forecastAtCompletion, "forecastAtCompletion");
        Objects.requireNonNull(forecastVariance, "forecastVariance");
    }
}
