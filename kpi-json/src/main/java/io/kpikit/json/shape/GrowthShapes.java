package io.kpikit.json.shape;

import static io.kpikit.json.shape.Codecs.BOOLEAN;
import static io.kpikit.json.shape.Codecs.DECIMAL;
import static io.kpikit.json.shape.Codecs.DOUBLE;
import static io.kpikit.json.shape.Codecs.FIGURE;
import static io.kpikit.json.shape.Codecs.INT;
import static io.kpikit.json.shape.Codecs.MONEY;
import static io.kpikit.json.shape.Codecs.RATIO;
import static io.kpikit.json.shape.Codecs.STRING;
import static io.kpikit.json.shape.Codecs.enumOf;
import static io.kpikit.json.shape.Codecs.listOf;
import static io.kpikit.json.shape.Codecs.object;
import static io.kpikit.json.shape.Codecs.optional;

import io.kpikit.core.Figure;
import io.kpikit.core.Money;
import io.kpikit.growth.Cagr;
import io.kpikit.growth.Change;
import io.kpikit.growth.ComparisonPeriod;
import io.kpikit.growth.Forecast;
import io.kpikit.growth.GrowthContribution;
import io.kpikit.growth.IndexSeries;
import io.kpikit.growth.MoneyChange;
import io.kpikit.growth.SegmentContribution;
import io.kpikit.growth.Trend;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Shapes of {@code io.kpikit.growth}: changes, CAGR, contributions, index series, trends. */
final class GrowthShapes {

    private static final Codec<ComparisonPeriod> PERIOD = enumOf(ComparisonPeriod.class);

    /** A change: period label, previous, current; difference, relative change, negative base. */
    static final Shape<Change> CHANGE = Shape.builder(Change.class)
            .input("period", PERIOD, Change::period)
            .input("previous", DECIMAL, Change::previous)
            .input("current", DECIMAL, Change::current)
            .derived("difference", DECIMAL, Change::difference)
            .derived("relative", RATIO, Change::relative)
            .derived("negativeBase", BOOLEAN, Change::isNegativeBase)
            .build(v -> Change.between(v.get("previous", BigDecimal.class), v.get("current", BigDecimal.class))
                    .withPeriod(v.get("period", ComparisonPeriod.class)));

    /** A change of money: as {@link #CHANGE} with amounts. */
    static final Shape<MoneyChange> MONEY_CHANGE = Shape.builder(MoneyChange.class)
            .input("period", PERIOD, MoneyChange::period)
            .input("previous", MONEY, MoneyChange::previous)
            .input("current", MONEY, MoneyChange::current)
            .derived("difference", MONEY, MoneyChange::difference)
            .derived("relative", RATIO, MoneyChange::relative)
            .derived("negativeBase", BOOLEAN, MoneyChange::isNegativeBase)
            .build(v -> MoneyChange.between(v.get("previous", Money.class), v.get("current", Money.class))
                    .withPeriod(v.get("period", ComparisonPeriod.class)));

    /** CAGR: start, end, periods; the rate (a figure, undefined with its reason). */
    static final Shape<Cagr> CAGR = Shape.builder(Cagr.class)
            .input("start", DECIMAL, Cagr::start)
            .input("end", DECIMAL, Cagr::end)
            .input("periods", INT, Cagr::periods)
            .derived("rate", FIGURE, Cagr::rate)
            .build(v -> Cagr.of(v.get("start", BigDecimal.class), v.get("end", BigDecimal.class), v.getInt("periods")));

    /** One segment's share of a total's growth. */
    static final Shape<SegmentContribution> SEGMENT_CONTRIBUTION = Shape.ofRecord(SegmentContribution.class).build();

    /**
     * Contribution to growth: the segments (checked input: each segment's previous and current
     * values rebuild the two periods); the total change, negative base and the sum of the
     * contributions.
     */
    static final Shape<GrowthContribution> GROWTH_CONTRIBUTION = Shape.builder(GrowthContribution.class)
            .checkedInput("segments", listOf(object(SegmentContribution.class)), GrowthContribution::segments)
            .derived("total", object(Change.class), GrowthContribution::total)
            .derived("negativeBase", BOOLEAN, GrowthContribution::isNegativeBase)
            .derived("sumOfContributions", RATIO, GrowthContribution::sumOfContributions)
            .build(v -> {
                Map<String, BigDecimal> previous = new LinkedHashMap<>();
                Map<String, BigDecimal> current = new LinkedHashMap<>();
                for (SegmentContribution s : v.list("segments", SegmentContribution.class)) {
                    if (s.inPrevious()) {
                        previous.put(s.segment(), s.change().previous());
                    }
                    if (s.inCurrent()) {
                        current.put(s.segment(), s.change().current());
                    }
                }
                return GrowthContribution.between(previous, current);
            });

    /** An index series: the inputs and the base period; the base and each period's index. */
    static final Shape<IndexSeries> INDEX_SERIES = Shape.builder(IndexSeries.class)
            .input("inputs", listOf(DECIMAL), IndexSeries::inputs)
            .input("basePeriod", INT, IndexSeries::basePeriod)
            .derived("base", DECIMAL, IndexSeries::base)
            .derived("values", listOf(FIGURE), GrowthShapes::indexValues)
            .build(v -> IndexSeries.of(v.list("inputs", BigDecimal.class), v.getInt("basePeriod")));

    /** One point of a trend forecast with its prediction interval. */
    static final Shape<Forecast> FORECAST = Shape.ofRecord(Forecast.class).build();

    /**
     * A linear trend: the points it was fitted to ({@code x} and {@code y}, the period indexes
     * for a series); the size, slope, intercept, R² (figures) and reason, checked against
     * {@link Trend#of(double[], double[])}.
     */
    static final Shape<Trend> TREND = Shape.builder(Trend.class)
            .input("x", listOf(DOUBLE), t -> boxed(t.x()))
            .input("y", listOf(DOUBLE), t -> boxed(t.y()))
            .derived("size", INT, Trend::size)
            .derived("slope", FIGURE, Trend::slope)
            .derived("intercept", FIGURE, Trend::intercept)
            .derived("rSquared", FIGURE, Trend::rSquared)
            .derived("reason", optional(STRING), Trend::undefinedReason)
            .build(v -> Trend.of(unboxed(v.list("x", Double.class)), unboxed(v.list("y", Double.class))));

    private GrowthShapes() {
    }

    static List<Shape<?>> all() {
        return List.of(CHANGE, MONEY_CHANGE, CAGR, SEGMENT_CONTRIBUTION, GROWTH_CONTRIBUTION, INDEX_SERIES, FORECAST,
                TREND);
    }

    private static List<Double> boxed(double[] values) {
        List<Double> list = new ArrayList<>(values.length);
        for (double d : values) {
            list.add(d);
        }
        return list;
    }

    private static double[] unboxed(List<Double> values) {
        double[] array = new double[values.size()];
        for (int i = 0; i < array.length; i++) {
            array[i] = values.get(i);
        }
        return array;
    }

    private static List<Figure> indexValues(IndexSeries series) {
        List<Figure> values = new ArrayList<>(series.size());
        for (int i = 0; i < series.size(); i++) {
            values.add(series.value(i));
        }
        return values;
    }
}
