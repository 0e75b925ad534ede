package io.kpikit.funnel;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Two funnels with the same stages compared step by step: variants of an A/B test, or two
 * periods (A the baseline, B the challenger or the later period).
 *
 * <p>Each {@link StepComparison} has the absolute lift {@code pB - pA}, the relative lift
 * {@code (pB - pA) / pA}, the pooled two-sided z-test p-value and the Bayesian probability that
 * B beats A (uniform prior; see {@link io.kpikit.stats.BayesianAbTest}). {@link #overall()} compares the first
 * stage with the last the same way. A comparison is flagged (not refused) when either side has
 * fewer entrants, conversions or non-conversions than the {@link MinimumSample} (default 30
 * entrants, 5 conversions, 5 non-conversions).
 *
 * <p>Stage names must match position by position; the error names the first mismatch. The
 * funnels may differ in strictness and confidence; for rates above 1 (non-strict funnels) the
 * tests are undefined with a reason.
 *
 * <p>A comparison keeps its two funnels and minimum sample ({@link #a()}, {@link #b()},
 * {@link #minimum()}), so {@code between(c.a(), c.b(), c.minimum())} rebuilds an equal
 * comparison; that is how a stored comparison is read back and its steps checked. Each step is
 * {@link StepComparison#of}.
 *
 * <pre>{@code
 * FunnelComparison c = FunnelComparison.between(controlFunnel, variantFunnel);
 * c.steps().get(0).zTest().pValue();
 * c.steps().get(0).bayesian().probabilityBBeatsA();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class FunnelComparison implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Funnel a;
    private final Funnel b;
    private final MinimumSample minimum;
    private final List<StepComparison> steps;
    private final StepComparison overall;

    private FunnelComparison(Funnel a, Funnel b, MinimumSample minimum, List<StepComparison> steps,
            StepComparison overall) {
        this.a = a;
        this.b = b;
        this.minimum = minimum;
        this.steps = steps;
        this.overall = overall;
    }

    private static FunnelComparison create(Funnel a, Funnel b, MinimumSample minimum) {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        Objects.requireNonNull(minimum, "minimum");
        List<FunnelStage> sa = a.stages();
        List<FunnelStage> sb = b.stages();
        for (int i = 0; i < Math.max(sa.size(), sb.size()); i++) {
            String nameA = i < sa.size() ? "\"" + sa.get(i).name() + "\"" : "missing";
            String nameB = i < sb.size() ? "\"" + sb.get(i).name() + "\"" : "missing";
            if (!nameA.equals(nameB)) {
                throw new IllegalArgumentException("stage " + (i + 1) + " of B must match A's " + nameA + ", was "
                        + nameB);
            }
        }
        List<StepComparison> steps = new ArrayList<>();
        for (int i = 1; i < sa.size(); i++) {
            steps.add(StepComparison.of(sa.get(i - 1).name(), sa.get(i).name(), sa.get(i - 1).count(),
                    sa.get(i).count(), sb.get(i - 1).count(), sb.get(i).count(), minimum));
        }
        int last = sa.size() - 1;
        StepComparison overall = StepComparison.of(sa.get(0).name(), sa.get(last).name(), sa.get(0).count(),
                sa.get(last).count(), sb.get(0).count(), sb.get(last).count(), minimum);
        return new FunnelComparison(a, b, minimum, List.copyOf(steps), overall);
    }

    /**
     * Compares funnel B with funnel A using the default minimum sample.
     *
     * @param a the baseline (control, or the earlier period)
     * @param b the challenger (variant, or the later period)
     * @return the comparison
     * @throws IllegalArgumentException if the stage names differ; the message names the first mismatch
     * @throws NullPointerException if a funnel is null
     */
    public static FunnelComparison between(Funnel a, Funnel b) {
        return create(a, b, MinimumSample.DEFAULT);
    }

    /**
     * Compares funnel B with funnel A, flagging steps below the given minimum sample.
     *
     * @param a the baseline (control, or the earlier period)
     * @param b the challenger (variant, or the later period)
     * @param minimum the minimum sample below which a step is flagged
     * @return the comparison
     * @throws IllegalArgumentException if the stage names differ; the message names the first mismatch
     * @throws NullPointerException if an argument is null
     */
    public static FunnelComparison between(Funnel a, Funnel b, MinimumSample minimum) {
        return create(a, b, minimum);
    }

    /**
     * Returns funnel A, the baseline, as given.
     *
     * @return the baseline funnel
     */
    public Funnel a() {
        return a;
    }

    /**
     * Returns funnel B, the challenger, as given.
     *
     * @return the challenger funnel
     */
    public Funnel b() {
        return b;
    }

    /**
     * Returns the minimum sample below which a step is flagged.
     *
     * @return the minimum sample
     */
    public MinimumSample minimum() {
        return minimum;
    }

    /**
     * Returns the per-step comparisons, in funnel order.
     *
     * @return the step comparisons
     */
    public List<StepComparison> steps() {
        return steps;
    }

    /**
     * Returns the comparison of the overall conversion (first stage to last).
     *
     * @return the overall comparison
     */
    public StepComparison overall() {
        return overall;
    }

    /**
     * Returns whether {@code obj} compares the same counts.
     *
     * @param obj the object to compare
     * @return {@code true} if equal
     */
    @Override
    public boolean equals(Object obj) {
        return this == obj || obj instanceof FunnelComparison && steps.equals(((FunnelComparison) obj).steps)
                && overall.equals(((FunnelComparison) obj).overall);
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(steps, overall);
    }

    /**
     * Returns the step comparisons, one per line.
     *
     * @return a short description
     */
    @Override
    public String toString() {
        return "FunnelComparison" + steps;
    }
}
