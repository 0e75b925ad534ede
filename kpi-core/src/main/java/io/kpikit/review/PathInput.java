package io.kpikit.review;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * One aggregated customer journey of a {@link ReviewDocument}'s attribution section: the
 * channels touched, in order, and how many journeys along it converted or did not.
 *
 * <pre>{@code
 * new PathInput(List.of("SEM", "feed"), new BigDecimal("120"), new BigDecimal("282240"), new BigDecimal("880"));
 * }</pre>
 *
 * @param path the channels touched, in order, at least one
 * @param conversions the conversions on this path, {@code >= 0}
 * @param value the conversion value in the document's currency, {@code >= 0}; null for 0
 * @param nulls the journeys along this path that did not convert, {@code >= 0}; null for 0.
 *     Markov and Shapley credit depend on them, so the report warns when no path has any
 */
public record PathInput(List<String> path, BigDecimal conversions, BigDecimal value, BigDecimal nulls) {

    /**
     * Validates the path.
     *
     * @param path the channels touched, in order, at least one, none blank
     * @param conversions the conversions, {@code >= 0}
     * @param value the conversion value, {@code >= 0}, or null for 0
     * @param nulls the non-converting journeys, {@code >= 0}, or null for 0
     * @throws ReviewInputException if the path is empty, a channel is blank, a number is
     *     negative, {@code conversions} or {@code nulls} is outside the range of a {@code double}
     *     (beyond {@link Double#MAX_VALUE}, or so small that it would become 0), {@code value}
     *     has more than 40 digits before the decimal point (an amount's limit), or a path
     *     without conversions has a value
     * @throws NullPointerException if {@code path}, a channel or {@code conversions} is null
     */
    public PathInput {
        path = Fields.nonEmptyList(path, "path", "");
        for (int i = 0; i < path.size(); i++) {
            Fields.text(path.get(i), Fields.at("path", i), "");
        }
        Fields.nonNegative(Objects.requireNonNull(conversions, "conversions"), "conversions", "");
        value = value == null ? BigDecimal.ZERO : Fields.nonNegative(value, "value", "");
        nulls = nulls == null ? BigDecimal.ZERO : Fields.nonNegative(nulls, "nulls", "");
        // the attribution models count journeys in doubles and sum values as an amount
        Fields.fitsDouble(conversions, List.of("conversions"), "");
        Fields.fitsDouble(nulls, List.of("nulls"), "");
        Fields.amountDigits(value, List.of("value"), "");
        if (conversions.signum() == 0 && value.signum() != 0) {
            throw new ReviewInputException("value", "value must be 0 on a path without conversions, was "
                    + Fields.show(value));
        }
    }
}
