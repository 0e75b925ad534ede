package io.kpikit.review;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The period a review covers: a label and either a calendar year or a start and end date.
 *
 * <p>Give {@code year} alone (the period is 1 January to 31 December of that year), or
 * {@code start} and {@code end} (both included, {@code start <= end}) without a year.
 *
 * <pre>{@code
 * new ReviewPeriod("FY2024", 2024, null, null).firstDay();   // 2024-01-01
 * new ReviewPeriod("H1", null, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 6, 30));
 * }</pre>
 *
 * @param label the label shown in the report, such as {@code "FY2024"}
 * @param year the calendar year, or null when {@code start} and {@code end} are given
 * @param start the first day, or null when {@code year} is given
 * @param end the last day, or null when {@code year} is given
 */
public record ReviewPeriod(String label, Integer year, LocalDate start, LocalDate end) {

    /**
     * Validates the period.
     *
     * @param label the label shown in the report, such as {@code "FY2024"}
     * @param year the calendar year, or null when {@code start} and {@code end} are given
     * @param start the first day, or null when {@code year} is given
     * @param end the last day, or null when {@code year} is given
     * @throws ReviewInputException if the label is blank, both or neither forms are given, the
     *     year or a date's year is outside {@code [1, 9999]}, or {@code end} is before
     *     {@code start}
     * @throws NullPointerException if {@code label} is null
     */
    public ReviewPeriod {
        Fields.text(label, "label", "");
        if (year != null) {
            if (start != null || end != null) {
                throw new ReviewInputException(start != null ? "start" : "end",
                        "give either year or start and end, was year " + year + " with start " + start + " and end "
                                + end);
            }
            if (year < 1 || year > 9999) {
                throw new ReviewInputException("year", "year must be in [1, 9999], was " + year);
            }
        } else {
            Objects.requireNonNull(start, "start");
            Objects.requireNonNull(end, "end");
            // the same years as a year period, so that every date is written as "yyyy-MM-dd"
            for (String field : List.of("start", "end")) {
                LocalDate day = field.equals("start") ? start : end;
                if (day.getYear() < 1 || day.getYear() > 9999) {
                    throw new ReviewInputException(field, field + " must be in years [1, 9999], was " + day);
                }
            }
            if (end.isBefore(start)) {
                throw new ReviewInputException("end", "end must be >= start (" + start + "), was " + end);
            }
        }
    }

    /**
     * Returns the first day of the period.
     *
     * @return {@code start}, or 1 January of {@code year}
     */
    public LocalDate firstDay() {
        return year != null ? LocalDate.of(year, 1, 1) : start;
    }

    /**
     * Returns the last day of the period.
     *
     * @return {@code end}, or 31 December of {@code year}
     */
    public LocalDate lastDay() {
        return year != null ? LocalDate.of(year, 12, 31) : end;
    }
}
