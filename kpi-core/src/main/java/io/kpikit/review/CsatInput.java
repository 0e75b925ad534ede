package io.kpikit.review;

import io.kpikit.core.Ratio;
import io.kpikit.customer.Csat;
import java.util.List;

/**
 * CSAT survey answers in a {@link ReviewDocument}: either the satisfied and total counts, or a
 * histogram of the answers on a scale (the 5-point scale, 4 and 5 satisfied, unless
 * {@code scale} says otherwise).
 *
 * <pre>{@code
 * new CsatInput(920L, 1000L, null, null).toCsat().doubleValue();   // 920 / 1000 = 0.92
 * }</pre>
 *
 * @param satisfied the satisfied answers, or null when {@code histogram} is given
 * @param responses all answers, or null when {@code histogram} is given
 * @param histogram one count per answer from {@code scale.min()} to {@code scale.max()}, or null
 * @param scale the answer scale of the histogram, or null for {@link Csat.Scale#FIVE_POINT};
 *     only with {@code histogram}
 */
public record CsatInput(Long satisfied, Long responses, List<Long> histogram, Csat.Scale scale) {

    /**
     * Validates the answers through {@link Csat}.
     *
     * @param satisfied the satisfied answers, or null
     * @param responses all answers, or null
     * @param histogram one count per answer of the scale, or null
     * @param scale the answer scale, or null for the 5-point scale
     * @throws ReviewInputException if both or neither forms are given, a count is negative,
     *     {@code satisfied > responses}, the histogram does not fit the scale or its counts sum
     *     to more than {@link Long#MAX_VALUE}
     * @throws NullPointerException if a histogram count is null
     */
    public CsatInput {
        histogram = Fields.list(histogram, "histogram");
        boolean counts = satisfied != null || responses != null;
        if (histogram != null && counts) {
            throw new ReviewInputException("", "give either histogram or satisfied and responses, was both");
        }
        if (histogram == null) {
            if (satisfied == null || responses == null) {
                throw new ReviewInputException(satisfied == null ? "satisfied" : "responses",
                        "give either histogram or both satisfied and responses, was " + satisfied + " and " + responses);
            }
            if (scale != null) {
                throw new ReviewInputException("scale", "scale applies to a histogram only, was given with counts");
            }
            Fields.count(satisfied, "satisfied", "");
            Fields.count(responses, "responses", "");
        } else {
            for (int i = 0; i < histogram.size(); i++) {
                Fields.count(histogram.get(i), Fields.at("histogram", i), "");
            }
            Fields.countSum(histogram, i -> Fields.at("histogram", i), "histogram counts");
        }
        Long s = satisfied;
        Long r = responses;
        List<Long> h = histogram;
        Csat.Scale sc = scale;
        Fields.core(h == null ? "satisfied" : "histogram", "", () -> build(s, r, h, sc));
    }

    private static Ratio build(Long satisfied, Long responses, List<Long> histogram, Csat.Scale scale) {
        if (histogram == null) {
            return Csat.ofCounts(satisfied, responses);
        }
        return Csat.ofHistogram(scale == null ? Csat.Scale.FIVE_POINT : scale,
                histogram.stream().mapToLong(Long::longValue).toArray());
    }

    /**
     * Returns the CSAT, satisfied ÷ responses.
     *
     * @return the CSAT; undefined when there are no answers
     */
    public Ratio toCsat() {
        return build(satisfied, responses, histogram, scale);
    }
}
