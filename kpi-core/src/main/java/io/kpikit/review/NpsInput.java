package io.kpikit.review;

import io.kpikit.customer.Nps;
import java.util.List;

/**
 * NPS survey answers in a {@link ReviewDocument}: either a histogram of the scores 0 to 10 or
 * the counts of promoters (9–10), passives (7–8) and detractors (0–6).
 *
 * <pre>{@code
 * new NpsInput(null, 500L, 300L, 200L).toNps().doubleValue();   // 100 × (0.5 − 0.2) = 30
 * }</pre>
 *
 * @param histogram 11 counts, element {@code s} counting the answers {@code s}; or null
 * @param promoters the answers 9–10, or null when {@code histogram} is given
 * @param passives the answers 7–8, or null when {@code histogram} is given
 * @param detractors the answers 0–6, or null when {@code histogram} is given
 */
public record NpsInput(List<Long> histogram, Long promoters, Long passives, Long detractors) {

    /**
     * Validates the answers through {@link Nps}.
     *
     * @param histogram 11 counts, or null
     * @param promoters the answers 9–10, or null
     * @param passives the answers 7–8, or null
     * @param detractors the answers 0–6, or null
     * @throws ReviewInputException if both or neither forms are given, a count is negative,
     *     the counts sum to more than {@link Long#MAX_VALUE}, or the histogram does not have 11
     *     counts
     * @throws NullPointerException if a histogram count is null
     */
    public NpsInput {
        histogram = Fields.list(histogram, "histogram");
        boolean counts = promoters != null || passives != null || detractors != null;
        if (histogram != null && counts) {
            throw new ReviewInputException("", "give either histogram or promoters, passives and detractors, was both");
        }
        if (histogram == null && (promoters == null || passives == null || detractors == null)) {
            throw new ReviewInputException(promoters == null ? "promoters" : passives == null ? "passives" : "detractors",
                    "give either histogram or all of promoters, passives and detractors, was " + promoters + ", "
                            + passives + ", " + detractors);
        }
        if (histogram != null) {
            if (histogram.size() != 11) {
                throw new ReviewInputException("histogram", "histogram must have 11 counts (scores 0..10), was "
                        + histogram.size());
            }
            for (int s = 0; s < 11; s++) {
                Fields.count(histogram.get(s), Fields.at("histogram", s), "");
            }
            Fields.countSum(histogram, s -> Fields.at("histogram", s), "histogram counts");
        } else {
            Fields.count(promoters, "promoters", "");
            Fields.count(passives, "passives", "");
            Fields.count(detractors, "detractors", "");
            List<String> names = List.of("promoters", "passives", "detractors");
            Fields.countSum(List.of(promoters, passives, detractors), i -> List.of(names.get(i)),
                    "promoters, passives and detractors");
        }
        List<Long> h = histogram;
        Long p = promoters;
        Long q = passives;
        Long d = detractors;
        Fields.core("", "", () -> build(h, p, q, d));
    }

    private static Nps build(List<Long> histogram, Long promoters, Long passives, Long detractors) {
        if (histogram == null) {
            return Nps.of(promoters, passives, detractors);
        }
        return Nps.fromHistogram(histogram.stream().mapToLong(Long::longValue).toArray());
    }

    /**
     * Returns the answers as an {@link Nps}.
     *
     * @return the NPS; undefined when there are no answers
     */
    public Nps toNps() {
        return build(histogram, promoters, passives, detractors);
    }
}
