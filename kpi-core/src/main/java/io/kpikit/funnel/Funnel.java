package io.kpikit.funnel;

import io.kpikit.core.Ratio;
import io.kpikit.stats.WilsonInterval;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A conversion funnel from named stage counts: step and overall conversion, drop-off, the
 * bottleneck and a Wilson score interval for every rate.
 *
 * <p>For stages {@code c0, c1, ..., ck} each {@link FunnelStep} {@code i} (from stage
 * {@code i-1} to stage {@code i}) has
 * <ul>
 *   <li>step conversion {@code ci / c(i-1)} and overall conversion {@code ci / c0};</li>
 *   <li>drop-off {@code c(i-1) - ci} and drop-off rate {@code (c(i-1) - ci) / c(i-1)};</li>
 *   <li>a Wilson score interval (see {@link WilsonInterval}) for both rates, at the funnel's
 *       confidence level (default 95%, {@link #withConfidence(double)} to change it).</li>
 * </ul>
 * The <em>bottleneck</em> is the step with the largest drop-off <em>rate</em> (relative loss,
 * compared exactly from the counts); on a tie the earliest step wins. Only steps that lose
 * someone (drop-off above 0) are candidates: a step that keeps everyone or, in a non-strict
 * funnel, gains is never the bottleneck, and a funnel with no losing step (or fewer than two
 * stages) has none.
 *
 * <p>A funnel built with {@link #of(List)} is <em>strict</em>: counts of people, so a stage
 * larger than the one before it is an error that names both stages. A funnel built with
 * {@link #nonStrict(List)} accepts such counts (stages counted in events, or stages that are
 * not subsets of each other): its rates may exceed 1, a step that gains has a negative
 * drop-off and drop-off rate (10 to 20: drop-off -10, rate -10/10 = -1), and the Wilson
 * intervals of rates above 1 are undefined with a reason, because a Wilson interval is
 * defined for proportions only. Zero denominators give undefined ratios and
 * intervals, never an error. Stage names must be unique.
 *
 * <pre>{@code
 * Funnel f = Funnel.of(List.of(new FunnelStage("visit", 1_000_000), new FunnelStage("order", 50_000)));
 * f.overallConversion().doubleValue();      // 0.05
 * f.steps().get(0).stepInterval().lower();  // 0.049575...
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Funnel implements Serializable {

    private static final long serialVersionUID = 1L;

    private final List<FunnelStage> stages;
    private final boolean strict;
    private final double confidence;
    private final List<FunnelStep> steps;

    private Funnel(List<FunnelStage> stages, boolean strict, double confidence, List<FunnelStep> steps) {
        this.stages = stages;
        this.strict = strict;
        this.confidence = confidence;
        this.steps = steps;
    }

    private static Funnel create(List<FunnelStage> stages, boolean strict, double confidence) {
        List<FunnelStage> copy = List.copyOf(Objects.requireNonNull(stages, "stages"));
        if (copy.isEmpty()) {
            throw new IllegalArgumentException("stages must not be empty, was []");
        }
        WilsonInterval.of(0, 1, confidence); // validates the confidence level with the shared message
        Set<String> names = new HashSet<>();
        for (FunnelStage stage : copy) {
            if (!names.add(stage.name())) {
                throw new IllegalArgumentException("stage names must be unique, was \"" + stage.name() + "\" twice");
            }
        }
        long first = copy.get(0).count();
        List<FunnelStep> steps = new ArrayList<>();
        for (int i = 1; i < copy.size(); i++) {
            FunnelStage prev = copy.get(i - 1);
            FunnelStage cur = copy.get(i);
            if (strict && cur.count() > prev.count()) {
                throw new IllegalArgumentException("count of stage \"" + cur.name() + "\" must be <= count of stage \""
                        + prev.name() + "\" (" + prev.count() + ") in a strict funnel, was " + cur.count());
            }
            long dropOff = prev.count() - cur.count(); // negative when a non-strict funnel gains
            steps.add(new FunnelStep(i, prev.name(), cur.name(), prev.count(), cur.count(),
                    Ratio.of(cur.count(), prev.count()), Ratio.of(cur.count(), first), dropOff,
                    Ratio.of(dropOff, prev.count()), interval(cur.count(), prev.count(), confidence),
                    interval(cur.count(), first, confidence)));
        }
        return new Funnel(copy, strict, confidence, List.copyOf(steps));
    }

    /** A Wilson interval, or an undefined one for a rate above 1 (non-strict funnels only). */
    static WilsonInterval interval(long successes, long trials, double confidence) {
        if (successes > trials) {
            return WilsonInterval.undefined(successes, trials, confidence, "rate above 1: " + successes
                    + " exceeds " + trials + " (non-strict funnel); a Wilson interval needs a proportion");
        }
        return WilsonInterval.of(successes, trials, confidence);
    }

    /**
     * Returns a strict funnel (counts of people): each stage at most the one before it.
     *
     * @param stages the stages in funnel order, at least one, names unique
     * @return the funnel, at 95% confidence
     * @throws IllegalArgumentException if the list is empty, a name repeats, or a count exceeds
     *     the count of the stage before it (the message names both stages)
     * @throws NullPointerException if the list or a stage is null
     */
    public static Funnel of(List<FunnelStage> stages) {
        return create(stages, true, WilsonInterval.DEFAULT_CONFIDENCE);
    }

    /**
     * Returns a non-strict funnel, whose stages may grow (for example stages counted in events
     * rather than people); rates above 1 are allowed and their Wilson intervals are undefined.
     *
     * @param stages the stages in funnel order, at least one, names unique
     * @return the funnel, at 95% confidence
     * @throws IllegalArgumentException if the list is empty or a name repeats
     * @throws NullPointerException if the list or a stage is null
     */
    public static Funnel nonStrict(List<FunnelStage> stages) {
        return create(stages, false, WilsonInterval.DEFAULT_CONFIDENCE);
    }

    /**
     * Returns a copy whose intervals use another confidence level.
     *
     * @param confidence the confidence level, in (0, 1)
     * @return the funnel at that level
     * @throws IllegalArgumentException if the level is not in (0, 1)
     */
    public Funnel withConfidence(double confidence) {
        return create(stages, strict, confidence);
    }

    /**
     * Returns the stages in funnel order.
     *
     * @return the stages
     */
    public List<FunnelStage> stages() {
        return stages;
    }

    /**
     * Returns whether the funnel is strict (no stage larger than the one before it).
     *
     * @return {@code true} if strict
     */
    public boolean isStrict() {
        return strict;
    }

    /**
     * Returns the confidence level of the intervals.
     *
     * @return the confidence level
     */
    public double confidence() {
        return confidence;
    }

    /**
     * Returns the steps between consecutive stages; empty for a one-stage funnel.
     *
     * @return the steps, {@code stages().size() - 1} of them
     */
    public List<FunnelStep> steps() {
        return steps;
    }

    /**
     * Returns the last stage's count divided by the first's.
     *
     * @return the overall conversion; undefined when the first stage is 0
     */
    public Ratio overallConversion() {
        return Ratio.of(stages.get(stages.size() - 1).count(), stages.get(0).count());
    }

    /**
     * Returns the Wilson interval of {@link #overallConversion()}.
     *
     * @return the interval; undefined when the first stage is 0 or the rate is above 1
     */
    public WilsonInterval overallInterval() {
        return interval(stages.get(stages.size() - 1).count(), stages.get(0).count(), confidence);
    }

    /**
     * Returns the step with the largest drop-off rate; the earliest on a tie.
     *
     * @return the bottleneck, or empty if no step loses anyone (or there are no steps); steps
     *     that gain (non-strict funnels) are never the bottleneck
     */
    public Optional<FunnelStep> bottleneck() {
        FunnelStep worst = null;
        for (FunnelStep step : steps) {
            if (step.dropOff() <= 0) {
                continue;
            }
            if (worst == null || greater(step.dropOffRate(), worst.dropOffRate())) {
                worst = step;
            }
        }
        return Optional.ofNullable(worst);
    }

    /** Exact comparison a/b > c/d of two defined ratios with positive denominators. */
    private static boolean greater(Ratio x, Ratio y) {
        return x.numerator().multiply(y.denominator()).compareTo(y.numerator().multiply(x.denominator())) > 0;
    }

    /**
     * Returns whether {@code obj} is a funnel with the same stages, strictness and confidence.
     *
     * @param obj the object to compare
     * @return {@code true} if equal
     */
    @Override
    public boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        if (!(obj instanceof Funnel)) {
            return false;
        }
        Funnel o = (Funnel) obj;
        return stages.equals(o.stages) && strict == o.strict && Double.compare(confidence, o.confidence) == 0;
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(stages, strict, confidence);
    }

    /**
     * Returns the stages as {@code "visit 1000000 > order 50000"}, with {@code " (non-strict)"}
     * appended for a non-strict funnel.
     *
     * @return a short description
     */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        for (FunnelStage s : stages) {
            sb.append(sb.length() == 0 ? "" : " > ").append(s.name()).append(' ').append(s.count());
        }
        return strict ? sb.toString() : sb.append(" (non-strict)").toString();
    }
}
