package io.kpikit.attainment;

import io.kpikit.core.Figure;
import io.kpikit.core.Ratio;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A weighted scorecard: named KPIs with attainment rates and weights, combined into one
 * composite score.
 *
 * <p>Definition: {@code score_i = clamp(attainment_i, floor_i, cap_i)},
 * {@code contribution_i = weight_i × score_i}, {@code composite = Σ contribution_i}. The score,
 * the contributions and the composite are not quotients, so they are
 * {@link io.kpikit.core.Figure}s; each holds its exact decimal, so the contributions add up to
 * the composite exactly (see {@link ScorecardResult}).
 *
 * <p>Weights: {@link #of(List) of} is strict, every weight must be in {@code [0, 1]} and the
 * weights must sum to 1 within {@code 1e-9}, so a typo in a weight table is an error rather than
 * a silently rescaled score. {@link #normalised(List) normalised} accepts any finite,
 * non-negative weights, not all zero, and divides each by their sum (to 34 significant digits);
 * ask for it explicitly. KPI names must be unique. Messages name the KPI:
 * {@code weight must be in [0, 1], was 1.2 (kpi "sales")}.
 *
 * <p>Undefined attainments: {@link #score()} gives an undefined composite naming the first KPI
 * whose attainment is undefined, because leaving a KPI out changes what the score means.
 * {@link #scoreExcludingUndefined()} is the explicit alternative: such KPIs get weight 0, are
 * marked excluded, and the remaining weights are renormalised to sum to 1; if no KPI with a
 * positive weight is left the composite is undefined.
 *
 * <pre>{@code
 * Scorecard card = Scorecard.of(
 *         ScorecardKpi.of("sales", Ratio.of(150, 100), 0.6).withCap(1.2),
 *         ScorecardKpi.of("cac", Ratio.of(90, 100), 0.4));
 * card.score().composite();                                   // 0.6 × 1.2 + 0.4 × 0.9 = 1.08
 * card.score().composite().toPercentString(1, RoundingMode.HALF_UP);   // "108.0%"
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Scorecard implements Serializable {

    private static final long serialVersionUID = 1L;

    private final List<ScorecardKpi> kpis;
    /** The weights used in the composite, in the order of {@link #kpis}. */
    private final List<BigDecimal> weights;
    /** Whether the weights were divided by their sum ({@link #normalised}) or taken as given ({@link #of}). */
    private final boolean normalised;

    private Scorecard(List<ScorecardKpi> kpis, List<BigDecimal> weights, boolean normalised) {
        this.kpis = kpis;
        this.weights = weights;
        this.normalised = normalised;
    }

    private static Scorecard create(List<ScorecardKpi> kpis, boolean normalise) {
        List<ScorecardKpi> copy = List.copyOf(Objects.requireNonNull(kpis, "kpis"));
        if (copy.isEmpty()) {
            throw new IllegalArgumentException("kpis must not be empty");
        }
        Set<String> names = new HashSet<>();
        BigDecimal sum = BigDecimal.ZERO;
        for (ScorecardKpi k : copy) {
            if (!names.add(k.name())) {
                throw new IllegalArgumentException("kpi names must be unique, was \"" + k.name() + "\" twice");
            }
            if (!normalise && k.weight() > 1) {
                throw new IllegalArgumentException("weight must be in [0, 1], was " + k.weight()
                        + ScorecardKpi.kpi(k.name()));
            }
            sum = sum.add(BigDecimal.valueOf(k.weight()));
        }
        List<BigDecimal> used = new ArrayList<>(copy.size());
        if (normalise) {
            if (sum.signum() == 0) {
                throw new IllegalArgumentException("weights must not all be zero, were " + weightsOf(copy));
            }
            for (ScorecardKpi k : copy) {
                used.add(BigDecimal.valueOf(k.weight()).divide(sum, Ratio.PRECISION));
            }
        } else {
            if (sum.subtract(BigDecimal.ONE).abs().compareTo(new BigDecimal("1e-9")) > 0) {
                throw new IllegalArgumentException("weights must sum to 1 (within 1e-9), was " + sum.toPlainString()
                        + " " + weightsOf(copy) + "; use Scorecard.normalised to rescale them");
            }
            for (ScorecardKpi k : copy) {
                used.add(BigDecimal.valueOf(k.weight()));
            }
        }
        return new Scorecard(copy, List.copyOf(used), normalise);
    }

    private static String weightsOf(List<ScorecardKpi> kpis) {
        StringBuilder sb = new StringBuilder("{");
        for (ScorecardKpi k : kpis) {
            sb.append(sb.length() > 1 ? ", " : "").append('"').append(k.name()).append("\": ").append(k.weight());
        }
        return sb.append('}').toString();
    }

    /**
     * Returns a strict scorecard: weights in {@code [0, 1]} summing to 1 within {@code 1e-9}.
     *
     * @param kpis the KPIs, at least one, names unique
     * @return the scorecard
     * @throws IllegalArgumentException if there are no KPIs, a name repeats, a weight is above
     *     1 or the weights do not sum to 1
     * @throws NullPointerException if {@code kpis} or a KPI is null
     */
    public static Scorecard of(List<ScorecardKpi> kpis) {
        return create(kpis, false);
    }

    /**
     * Returns a strict scorecard, as {@link #of(List)}.
     *
     * @param kpis the KPIs, at least one, names unique
     * @return the scorecard
     * @throws IllegalArgumentException as {@link #of(List)}
     * @throws NullPointerException if {@code kpis} or a KPI is null
     */
    public static Scorecard of(ScorecardKpi... kpis) {
        return create(List.of(Objects.requireNonNull(kpis, "kpis")), false);
    }

    /**
     * Returns a scorecard whose weights are divided by their sum.
     *
     * @param kpis the KPIs, at least one, names unique, weights not all zero
     * @return the scorecard
     * @throws IllegalArgumentException if there are no KPIs, a name repeats or every weight is 0
     * @throws NullPointerException if {@code kpis} or a KPI is null
     */
    public static Scorecard normalised(List<ScorecardKpi> kpis) {
        return create(kpis, true);
    }

    /**
     * Returns a scorecard whose weights are divided by their sum, as {@link #normalised(List)}.
     *
     * @param kpis the KPIs, at least one, names unique, weights not all zero
     * @return the scorecard
     * @throws IllegalArgumentException as {@link #normalised(List)}
     * @throws NullPointerException if {@code kpis} or a KPI is null
     */
    public static Scorecard normalised(ScorecardKpi... kpis) {
        return create(List.of(Objects.requireNonNull(kpis, "kpis")), true);
    }

    /**
     * Returns the KPIs in their given order.
     *
     * @return the KPIs, unmodifiable
     */
    public List<ScorecardKpi> kpis() {
        return kpis;
    }

    /**
     * Returns whether the weights were divided by their sum: {@code true} for a scorecard made
     * by {@link #normalised(List)}, {@code false} for one made by {@link #of(List)} (weights
     * taken as given). {@code card.isNormalised() ? normalised(card.kpis()) : of(card.kpis())}
     * rebuilds the scorecard.
     *
     * @return whether the weights were normalised
     */
    public boolean isNormalised() {
        return normalised;
    }

    /**
     * Returns the weights used in the composite, in the order of {@link #kpis()}.
     *
     * @return the weights, unmodifiable
     */
    public List<BigDecimal> weights() {
        return weights;
    }

    /**
     * Returns the composite score; undefined if any KPI's attainment is undefined.
     *
     * @return the composite and its lines
     */
    public ScorecardResult score() {
        return compute(weights, new boolean[kpis.size()]);
    }

    /**
     * Returns the composite score over the KPIs whose attainment is defined, their weights
     * renormalised to sum to 1; the others are excluded with weight 0.
     *
     * @return the composite and its lines; the composite is undefined if no KPI with a defined
     *     attainment has a positive weight
     */
    public ScorecardResult scoreExcludingUndefined() {
        boolean[] excluded = new boolean[kpis.size()];
        BigDecimal kept = BigDecimal.ZERO;
        boolean any = false;
        for (int i = 0; i < kpis.size(); i++) {
            excluded[i] = !kpis.get(i).attainment().isDefined();
            any |= excluded[i];
            kept = excluded[i] ? kept : kept.add(weights.get(i));
        }
        if (!any) {
            return score();
        }
        List<BigDecimal> used = new ArrayList<>(kpis.size());
        for (int i = 0; i < kpis.size(); i++) {
            used.add(excluded[i] || kept.signum() == 0 ? BigDecimal.ZERO : weights.get(i).divide(kept, Ratio.PRECISION));
        }
        ScorecardResult result = compute(used, excluded);
        if (kept.signum() == 0) {
            return new ScorecardResult(Figure.undefined("no kpi with a defined attainment has a positive weight"),
                    result.lines());
        }
        return result;
    }

    private ScorecardResult compute(List<BigDecimal> used, boolean[] excluded) {
        List<ScorecardLine> lines = new ArrayList<>(kpis.size());
        BigDecimal sum = BigDecimal.ZERO;
        String undefined = null;
        for (int i = 0; i < kpis.size(); i++) {
            ScorecardKpi k = kpis.get(i);
            Ratio attainment = k.attainment();
            BigDecimal w = used.get(i);
            if (!attainment.isDefined()) {
                String reason = "attainment of kpi \"" + k.name() + "\" is undefined: "
                        + attainment.undefinedReason().orElseThrow();
                undefined = undefined == null && !excluded[i] ? reason : undefined;
                lines.add(new ScorecardLine(k.name(), attainment, w,
                        Figure.undefined(attainment.undefinedReason().orElseThrow()), Figure.undefined(reason),
                        excluded[i]));
                continue;
            }
            BigDecimal score = clamp(attainment.toBigDecimal(), k);
            // exact: the contributions add up to the composite digit for digit
            BigDecimal contribution = w.multiply(score);
            sum = sum.add(contribution);
            lines.add(new ScorecardLine(k.name(), attainment, w, Figure.of(score), Figure.of(contribution), false));
        }
        Figure composite = undefined == null ? Figure.of(sum) : Figure.undefined(undefined);
        return new ScorecardResult(composite, lines);
    }

    private static BigDecimal clamp(BigDecimal value, ScorecardKpi k) {
        if (k.cap().isPresent()) {
            BigDecimal cap = BigDecimal.valueOf(k.cap().getAsDouble());
            if (value.compareTo(cap) > 0) {
                return cap;
            }
        }
        if (k.floor().isPresent()) {
            BigDecimal floor = BigDecimal.valueOf(k.floor().getAsDouble());
            if (value.compareTo(floor) < 0) {
                return floor;
            }
        }
        return value;
    }

    /**
     * Returns the KPIs and the weights used, for example
     * {@code "Scorecard[sales 0.6, cac 0.4]"}.
     *
     * @return a short description
     */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("Scorecard[");
        for (int i = 0; i < kpis.size(); i++) {
            sb.append(i > 0 ? ", " : "").append(kpis.get(i).name()).append(' ').append(weights.get(i).toPlainString());
        }
        return sb.append(']').toString();
    }
}
