package io.kpikit.json.shape;

import static io.kpikit.json.shape.Codecs.BOOLEAN;
import static io.kpikit.json.shape.Codecs.DECIMAL;
import static io.kpikit.json.shape.Codecs.DIRECTION;
import static io.kpikit.json.shape.Codecs.DOUBLE;
import static io.kpikit.json.shape.Codecs.FIGURE;
import static io.kpikit.json.shape.Codecs.INT;
import static io.kpikit.json.shape.Codecs.OPTIONAL_DOUBLE;
import static io.kpikit.json.shape.Codecs.RATIO;
import static io.kpikit.json.shape.Codecs.STRING;
import static io.kpikit.json.shape.Codecs.enumOf;
import static io.kpikit.json.shape.Codecs.listOf;
import static io.kpikit.json.shape.Codecs.object;
import static io.kpikit.json.shape.Codecs.optional;

import com.fasterxml.jackson.databind.JsonMappingException;
import io.kpikit.attainment.Attainment;
import io.kpikit.attainment.AttainmentConvention;
import io.kpikit.attainment.Feasibility;
import io.kpikit.attainment.FeasibilityRule;
import io.kpikit.attainment.FeasibilityVerdict;
import io.kpikit.attainment.GrowthTarget;
import io.kpikit.attainment.Pacing;
import io.kpikit.attainment.PointTarget;
import io.kpikit.attainment.Profile;
import io.kpikit.attainment.Scorecard;
import io.kpikit.attainment.ScorecardKpi;
import io.kpikit.attainment.ScorecardLine;
import io.kpikit.attainment.ScorecardResult;
import io.kpikit.attainment.StatusBands;
import io.kpikit.core.Direction;
import io.kpikit.core.Ratio;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;

/** Shapes of {@code io.kpikit.attainment}: attainment, targets, pacing, feasibility, scorecards. */
final class AttainmentShapes {

    /** Attainment: actual, target, direction, convention; the ratio. */
    static final Shape<Attainment> ATTAINMENT = Shape.builder(Attainment.class)
            .input("actual", DECIMAL, Attainment::actual)
            .input("target", DECIMAL, Attainment::target)
            .input("direction", DIRECTION, Attainment::direction)
            .input("convention", enumOf(AttainmentConvention.class), Attainment::convention)
            .derived("ratio", RATIO, Attainment::ratio)
            .build(v -> Attainment.of(v.get("actual", BigDecimal.class), v.get("target", BigDecimal.class),
                    v.get("direction", Direction.class), v.get("convention", AttainmentConvention.class)));

    /**
     * A feasibility rule, {@code {"form": "factor", "amount": 2.0}}: its {@link FeasibilityRule#form()}
     * in lower case and its {@link FeasibilityRule#amount()}.
     */
    static final Shape<FeasibilityRule> FEASIBILITY_RULE = Shape.builder(FeasibilityRule.class)
            .input("form", STRING, r -> r.form().name().toLowerCase(Locale.ROOT))
            .input("amount", DOUBLE, r -> r.amount().doubleValue())
            .build(v -> {
                String form = v.get("form", String.class);
                double amount = v.getDouble("amount");
                if (form.equals("factor")) {
                    return FeasibilityRule.factor(amount);
                } else if (form.equals("margin")) {
                    return FeasibilityRule.margin(amount);
                }
                throw new IllegalArgumentException("form must be \"factor\" or \"margin\", was \"" + form + "\"");
            });

    /** Feasibility of a target against history; the required growth, threshold and verdict. */
    static final Shape<Feasibility> FEASIBILITY = Shape.builder(Feasibility.class)
            .input("last", DECIMAL, Feasibility::last)
            .input("target", DECIMAL, Feasibility::target)
            .input("periods", INT, Feasibility::periods)
            .input("historicalRate", DECIMAL, Feasibility::historicalRate)
            .input("rule", object(FeasibilityRule.class), Feasibility::rule)
            .derived("requiredGrowth", RATIO, Feasibility::requiredGrowth)
            .derived("requiredCompoundRate", FIGURE, Feasibility::requiredCompoundRate)
            .derived("threshold", DECIMAL, Feasibility::threshold)
            .derived("verdict", enumOf(FeasibilityVerdict.class), Feasibility::verdict)
            .build(v -> Feasibility.of(v.get("last", BigDecimal.class), v.get("target", BigDecimal.class),
                    v.getInt("periods"), v.get("historicalRate", BigDecimal.class),
                    v.get("rule", FeasibilityRule.class)));

    /** A growth target: base, target growth, direction; the target level. */
    static final Shape<GrowthTarget> GROWTH_TARGET = Shape.builder(GrowthTarget.class)
            .input("base", DECIMAL, GrowthTarget::base)
            .input("targetGrowth", DECIMAL, GrowthTarget::targetGrowth)
            .input("direction", DIRECTION, GrowthTarget::direction)
            .derived("targetLevel", DECIMAL, GrowthTarget::targetLevel)
            .build(v -> GrowthTarget.of(v.get("base", BigDecimal.class), v.get("targetGrowth", BigDecimal.class),
                    v.get("direction", Direction.class)));

    /** Pacing: target, year to date, elapsed share, direction; expected, pace, projection, on track. */
    static final Shape<Pacing> PACING = Shape.builder(Pacing.class)
            .input("target", DECIMAL, Pacing::target)
            .input("yearToDate", DECIMAL, Pacing::yearToDate)
            .input("elapsedShare", RATIO, Pacing::elapsedShare)
            .input("direction", DIRECTION, Pacing::direction)
            .derived("expectedToDate", DECIMAL, Pacing::expectedToDate)
            .derived("pace", RATIO, Pacing::pace)
            .derived("projected", RATIO, Pacing::projected)
            .derived("onTrack", optional(BOOLEAN), p -> p.isDefined() ? Optional.of(p.isOnTrack()) : Optional.empty())
            .build(AttainmentShapes::pacing);

    /** A percentage-point target: the points and the direction. */
    static final Shape<PointTarget> POINT_TARGET = Shape.builder(PointTarget.class)
            .input("targetPoints", DECIMAL, PointTarget::targetPoints)
            .input("direction", DIRECTION, PointTarget::direction)
            .build(v -> PointTarget.ofPoints(v.get("targetPoints", BigDecimal.class), v.get("direction", Direction.class)));

    /** A phasing profile: the weights of its periods. */
    static final Shape<Profile> PROFILE = Shape.builder(Profile.class)
            .input("weights", listOf(DECIMAL), Profile::weights)
            .build(v -> Profile.of(v.list("weights", BigDecimal.class).toArray(new BigDecimal[0])));

    /** Status thresholds on an attainment rate. */
    static final Shape<StatusBands> STATUS_BANDS = Shape.builder(StatusBands.class)
            .input("atRisk", DOUBLE, b -> b.atRisk().doubleValue())
            .input("met", DOUBLE, b -> b.met().doubleValue())
            .input("exceeded", DOUBLE, b -> b.exceeded().doubleValue())
            .build(v -> StatusBands.of(v.getDouble("atRisk"), v.getDouble("met"), v.getDouble("exceeded")));

    /** One KPI of a scorecard: name, attainment, weight, optional floor and cap. */
    static final Shape<ScorecardKpi> SCORECARD_KPI = Shape.builder(ScorecardKpi.class)
            .input("name", STRING, ScorecardKpi::name)
            .input("attainment", RATIO, ScorecardKpi::attainment)
            .input("weight", DOUBLE, ScorecardKpi::weight)
            .input("floor", OPTIONAL_DOUBLE, ScorecardKpi::floor)
            .input("cap", OPTIONAL_DOUBLE, ScorecardKpi::cap)
            .build(v -> {
                ScorecardKpi kpi = ScorecardKpi.of(v.get("name", String.class), v.get("attainment", Ratio.class),
                        v.getDouble("weight"));
                OptionalDouble floor = v.get("floor", OptionalDouble.class);
                OptionalDouble cap = v.get("cap", OptionalDouble.class);
                kpi = floor.isPresent() ? kpi.withFloor(floor.getAsDouble()) : kpi;
                return cap.isPresent() ? kpi.withCap(cap.getAsDouble()) : kpi;
            });

    /** One line of a scored scorecard. */
    static final Shape<ScorecardLine> SCORECARD_LINE = Shape.ofRecord(ScorecardLine.class).build();

    /** A scored scorecard: the composite and its lines. */
    static final Shape<ScorecardResult> SCORECARD_RESULT = Shape.ofRecord(ScorecardResult.class).build();

    /**
     * A scorecard: its KPIs and whether their weights were normalised; the weights used and both
     * scores (strict, and excluding undefined attainments).
     */
    static final Shape<Scorecard> SCORECARD = Shape.builder(Scorecard.class)
            .input("kpis", listOf(object(ScorecardKpi.class)), Scorecard::kpis)
            .input("normalised", BOOLEAN, Scorecard::isNormalised)
            .derived("weights", listOf(DECIMAL), Scorecard::weights)
            .derived("score", object(ScorecardResult.class), Scorecard::score)
            .derived("scoreExcludingUndefined", object(ScorecardResult.class), Scorecard::scoreExcludingUndefined)
            .build(v -> v.getBoolean("normalised") ? Scorecard.normalised(v.list("kpis", ScorecardKpi.class))
                    : Scorecard.of(v.list("kpis", ScorecardKpi.class)));

    private AttainmentShapes() {
    }

    static List<Shape<?>> all() {
        return List.of(ATTAINMENT, FEASIBILITY_RULE, FEASIBILITY, GROWTH_TARGET, PACING, POINT_TARGET, PROFILE,
                STATUS_BANDS, SCORECARD_KPI, SCORECARD_LINE, SCORECARD_RESULT, SCORECARD);
    }

    /**
     * Rebuilds a pacing from its elapsed share {@code due / total} as the first period of the
     * two-period profile {@code [due, total − due]}, which gives the same share.
     */
    private static Pacing pacing(Values v) throws JsonMappingException {
        Ratio share = v.get("elapsedShare", Ratio.class);
        BigDecimal due = share.numerator();
        BigDecimal total = share.denominator();
        if (!share.isDefined() || total.signum() <= 0 || due.signum() < 0 || due.compareTo(total) > 0) {
            throw new IllegalArgumentException("elapsedShare must be a share in [0, 1] with a positive denominator, was "
                    + share);
        }
        return Pacing.of(v.get("target", BigDecimal.class), v.get("yearToDate", BigDecimal.class),
                Profile.of(due, total.subtract(due)), 1, v.get("direction", Direction.class));
    }
}
