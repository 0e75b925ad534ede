package io.kpikit.review;

import io.kpikit.core.Figure;
import io.kpikit.core.Ratio;
import java.util.Objects;

/**
 * A Net Promoter Score with its counts, shares and 95% Wald interval; the score and interval are
 * undefined with no answers.
 *
 * <pre>{@code
 * // 500 promoters, 300 passives, 200 detractors: NPS 30
 * }</pre>
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param promoters the answers 9–10
 * @param passives the answers 7–8
 * @param detractors the answers 0–6
 * @param responses all answers
 * @param promoterShare promoters ÷ responses
 * @param detractorShare detractors ÷ responses
 * @param score 100 × (promoter share − detractor share), in [−100, 100]
 * @param lower the lower end of the 95% interval
 * @param upper the upper end of the 95% interval
 */
public record NpsFigure(long promoters, long passives, long detractors, long responses, Ratio promoterShare,
        Ratio detractorShare, Figure score, Figure lower, Figure upper) {

    /**
     * Checks the components and copies the lists.
     *
     * @param promoters the answers 9–10
     * @param passives the answers 7–8
     * @param detractors the answers 0–6
     * @param responses all answers
     * @param promoterShare promoters ÷ responses
     * @param detractorShare detractors ÷ responses
     * @param score 100 × (promoter share − detractor share), in [−100, 100]
     * @param lower the lower end of the 95% interval
     * @param upper the upper end of the 95% interval
     * @throws NullPointerException if a required component is null
     */
    public NpsFigure {
        Objects.requireNonNull(promoterShare, "promoterShare");
        Objects.requireNonNull(detractorShare, "detractorShare");
        Objects.requireNonNull(score, "score");
        Objects.requireNonNull(lower, "lower");
        Objects.requireNonNull(upper, "upper");
    }
}
