package io.kpikit.review;

import java.util.Objects;

/**
 * A non-fatal finding of a review report: a figure that could not be computed (a ratio whose
 * denominator was zero), an input that was left out (a KPI without a target), or a line that
 * needs a look (a budget line with a zero budget).
 *
 * <pre>{@code
 * new ReviewWarning("roi", "summit", "roas is undefined: cost is 0")
 * }</pre>
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param section the report section, such as "budget" or "customers"
 * @param item the KPI, channel, line or figure concerned, such as "digital/KOL"; "" for the
 *     section as a whole
 * @param message what was found, such as "executionRate is undefined: budget is zero"
 */
public record ReviewWarning(String section, String item, String message) {

    /**
     * Checks the components and copies the lists.
     *
     * @param section the report section, such as "budget" or "customers"
     * @param item the KPI, channel, line or figure concerned, such as "digital/KOL"; "" for the
     *     section as a whole
     * @param message what was found, such as "executionRate is undefined: budget is zero"
     * @throws NullPointerException if a required component is null
     */
    public ReviewWarning {
        Objects.requireNonNull(section, "section");
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(message, "message");
    }
}
