package io.kpikit.json.shape;

import static io.kpikit.json.shape.Codecs.BOOLEAN;
import static io.kpikit.json.shape.Codecs.CURRENCY;
import static io.kpikit.json.shape.Codecs.DECIMAL;
import static io.kpikit.json.shape.Codecs.DOUBLE;
import static io.kpikit.json.shape.Codecs.INT;
import static io.kpikit.json.shape.Codecs.MONEY;
import static io.kpikit.json.shape.Codecs.STRING;
import static io.kpikit.json.shape.Codecs.listOf;
import static io.kpikit.json.shape.Codecs.object;
import static io.kpikit.json.shape.Codecs.optional;

import com.fasterxml.jackson.databind.JsonMappingException;
import io.kpikit.attribution.Attribution;
import io.kpikit.attribution.ChannelCredit;
import io.kpikit.attribution.ChannelReturn;
import io.kpikit.attribution.Conversion;
import io.kpikit.attribution.Journeys;
import io.kpikit.attribution.MarkovChain;
import io.kpikit.attribution.MarkovTransition;
import io.kpikit.attribution.ModelComparison;
import io.kpikit.attribution.PathSet;
import io.kpikit.attribution.RemovalEffect;
import io.kpikit.attribution.ShapleyValue;
import io.kpikit.attribution.ShapleyValues;
import io.kpikit.attribution.Touchpoint;
import io.kpikit.core.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/**
 * Shapes of {@code io.kpikit.attribution}. A path set is written path by path and read through
 * its public builder; an attribution and a comparison of models are read through core's
 * {@code restore} factories, which check that the stored figures reconcile; a fitted Markov
 * chain through {@link MarkovChain#restore}, which solves it again. Large results are arrays
 * of per-channel (or per-state, per-transition, per-path) objects.
 */
final class AttributionShapes {

    /** One channel's credit: conversions, value and share of the value. */
    static final Shape<ChannelCredit> CHANNEL_CREDIT = Shape.ofRecord(ChannelCredit.class).build();

    /** One channel's return on its spend under an attribution; the cost per conversion as money. */
    static final Shape<ChannelReturn> CHANNEL_RETURN = Shape.ofRecord(ChannelReturn.class)
            .derived("costPerConversionMoney", optional(MONEY), ChannelReturn::costPerConversionMoney)
            .build();

    /**
     * An attribution: the model, totals and one credit per channel, read through
     * {@link Attribution#restore}, which checks that the values add up to the total value to
     * the cent, the conversions to the total conversions (to 1e-9 relative), and that each
     * share is the channel's conversions over the total.
     */
    static final Shape<Attribution> ATTRIBUTION = Shape.builder(Attribution.class)
            .input("model", STRING, Attribution::model)
            .input("totalConversions", DOUBLE, Attribution::totalConversions)
            .input("totalValue", MONEY, Attribution::totalValue)
            .input("credits", listOf(object(ChannelCredit.class)), Attribution::credits)
            .build(v -> Attribution.restore(v.get("model", String.class), v.list("credits", ChannelCredit.class),
                    v.getDouble("totalConversions"), v.get("totalValue", Money.class)));

    /** A transition of a Markov chain: from, to, weight and probability. */
    static final Shape<MarkovTransition> MARKOV_TRANSITION = Shape.ofRecord(MarkovTransition.class).build();

    /** The removal effect of a channel on conversions and value. */
    static final Shape<RemovalEffect> REMOVAL_EFFECT = Shape.ofRecord(RemovalEffect.class).build();

    /** A transient state of a Markov chain: its channels and the weights fitted to it. */
    static final Shape<MarkovChain.State> MARKOV_STATE = Shape.ofRecord(MarkovChain.State.class).build();

    /** A transition between two transient states of a Markov chain, by state index, with its weight. */
    static final Shape<MarkovChain.Edge> MARKOV_EDGE = Shape.ofRecord(MarkovChain.Edge.class).build();

    /**
     * A fitted Markov chain: its inputs (order, channels, each state as its list of channels
     * with its fitted weights, the edges between states by index, and the attribution's total
     * conversions and value), read through {@link MarkovChain#restore}, which validates them
     * and solves the chain again by the code {@code fit} runs; then the derived states,
     * transitions, {@code P}, {@code V}, removal effects and attribution are checked against
     * the solved chain. They are the same doubles computed in the same order, so they are
     * compared exactly: any edit to one of them is rejected with its pointer.
     */
    static final Shape<MarkovChain> MARKOV_CHAIN = Shape.builder(MarkovChain.class)
            .input("order", INT, MarkovChain::order)
            .input("channels", listOf(STRING), MarkovChain::channels)
            .input("stateWeights", listOf(object(MarkovChain.State.class)), MarkovChain::stateWeights)
            .input("edges", listOf(object(MarkovChain.Edge.class)), MarkovChain::edges)
            .input("totalConversions", DOUBLE, c -> c.attribution().totalConversions())
            .input("totalValue", MONEY, c -> c.attribution().totalValue())
            .derived("states", listOf(STRING), MarkovChain::states)
            .derived("transitions", listOf(object(MarkovTransition.class)), MarkovChain::transitions)
            .derived("conversionProbability", DOUBLE, MarkovChain::conversionProbability)
            .derived("expectedValue", DOUBLE, MarkovChain::expectedValue)
            .derived("removalEffects", listOf(object(RemovalEffect.class)), MarkovChain::removalEffects)
            .derived("attribution", object(Attribution.class), MarkovChain::attribution)
            .build(v -> MarkovChain.restore(v.getInt("order"), v.list("channels", String.class),
                    v.list("stateWeights", MarkovChain.State.class), v.list("edges", MarkovChain.Edge.class),
                    v.getDouble("totalConversions"), v.get("totalValue", Money.class)));

    /**
     * Several models side by side: the channels, the model names (derived: the attributions'
     * models in order) and one attribution per model, read through
     * {@link ModelComparison#restore}, which checks that the model names are distinct and each
     * attribution credits exactly the channels.
     */
    static final Shape<ModelComparison> MODEL_COMPARISON = Shape.builder(ModelComparison.class)
            .input("channels", listOf(STRING), ModelComparison::channels)
            .derived("models", listOf(STRING), ModelComparison::models)
            .input("attributions", listOf(object(Attribution.class)), AttributionShapes::attributions)
            .build(v -> ModelComparison.restore(v.list("channels", String.class),
                    v.list("attributions", Attribution.class)));

    /** One channel's Shapley value with its standard errors. */
    static final Shape<ShapleyValue> SHAPLEY_VALUE = Shape.ofRecord(ShapleyValue.class).build();

    /** The Shapley values of every channel, and how they were computed. */
    static final Shape<ShapleyValues> SHAPLEY_VALUES = Shape.ofRecord(ShapleyValues.class).build();

    /** A touch of a user by a channel at an instant. */
    static final Shape<Touchpoint> TOUCHPOINT = Shape.ofRecord(Touchpoint.class).build();

    /** A conversion of a user at an instant, with its value. */
    static final Shape<Conversion> CONVERSION = Shape.ofRecord(Conversion.class).build();

    /**
     * A path set: its currency, whether its paths carry touch ages, and every path (channels,
     * conversions, value as an amount in the currency, nulls, touch ages or {@code null}),
     * added in order to {@link PathSet#builder(Currency, int)} (or
     * {@link PathSet#builderWithTouchAges}), which validates each path; then the channels,
     * size and totals are checked. Paths give back their values exactly
     * ({@link PathSet#value(int)}), so the set read equals the set written.
     */
    static final Shape<PathSet> PATH_SET = Shape.builder(PathSet.class)
            .input("currency", CURRENCY, p -> p.totalValue().currency())
            .derived("channels", listOf(STRING), PathSet::channels)
            .derived("size", INT, PathSet::size)
            .derived("totalConversions", DOUBLE, PathSet::totalConversions)
            .derived("totalNulls", DOUBLE, PathSet::totalNulls)
            .derived("totalValue", MONEY, PathSet::totalValue)
            .input("hasTouchAges", BOOLEAN, PathSet::hasTouchAges)
            .input("paths", listOf(Codecs.inline(PathEntry.SHAPE)), AttributionShapes::paths)
            .build(AttributionShapes::pathSet);

    /** Journeys built from touchpoints: the path set and the conversions without a touch. */
    static final Shape<Journeys> JOURNEYS = Shape.ofRecord(Journeys.class).build();

    /**
     * One path of a path set as written: its channels, conversions, value (an amount in the
     * set's currency), nulls, and touch ages (empty, written {@code null}, when the set has none).
     */
    record PathEntry(List<String> path, double conversions, BigDecimal value, double nulls,
            Optional<List<Double>> touchAges) {

        static final Shape<PathEntry> SHAPE = Shape.builder(PathEntry.class)
                .input("path", listOf(STRING), PathEntry::path)
                .input("conversions", DOUBLE, PathEntry::conversions)
                .input("value", DECIMAL, PathEntry::value)
                .input("nulls", DOUBLE, PathEntry::nulls)
                .input("touchAges", optional(listOf(DOUBLE)), PathEntry::touchAges)
                .build(v -> new PathEntry(v.list("path", String.class), v.getDouble("conversions"),
                        v.get("value", BigDecimal.class), v.getDouble("nulls"), touchAges(v)));

        private static Optional<List<Double>> touchAges(Values v) throws JsonMappingException {
            return ((Optional<?>) v.value("touchAges")).map(list -> {
                List<Double> ages = new ArrayList<>();
                for (Object age : (List<?>) list) {
                    ages.add((Double) age);
                }
                return ages;
            });
        }
    }

    private AttributionShapes() {
    }

    static List<Shape<?>> all() {
        return List.of(CHANNEL_CREDIT, CHANNEL_RETURN, ATTRIBUTION, MARKOV_TRANSITION, REMOVAL_EFFECT, MARKOV_STATE,
                MARKOV_EDGE, MARKOV_CHAIN,
                MODEL_COMPARISON, SHAPLEY_VALUE, SHAPLEY_VALUES, TOUCHPOINT, CONVERSION, PATH_SET, JOURNEYS);
    }

    private static List<Attribution> attributions(ModelComparison comparison) {
        List<Attribution> out = new ArrayList<>();
        for (String model : comparison.models()) {
            out.add(comparison.attribution(model));
        }
        return out;
    }

    private static List<PathEntry> paths(PathSet set) {
        List<PathEntry> out = new ArrayList<>(set.size());
        for (int i = 0; i < set.size(); i++) {
            out.add(new PathEntry(set.path(i), set.conversions(i), set.value(i).amount(), set.nulls(i),
                    set.hasTouchAges() ? Optional.of(set.touchAges(i)) : Optional.empty()));
        }
        return out;
    }

    /**
     * Adds the paths in order to a builder of the currency, with touch ages when the set has
     * them; a path's touch ages must be given exactly when {@code hasTouchAges} is true.
     */
    private static PathSet pathSet(Values v) throws JsonMappingException {
        Currency currency = v.get("currency", Currency.class);
        boolean timed = v.getBoolean("hasTouchAges");
        List<PathEntry> paths = v.list("paths", PathEntry.class);
        PathSet.Builder b = timed ? PathSet.builderWithTouchAges(currency) : PathSet.builder(currency, paths.size());
        for (int i = 0; i < paths.size(); i++) {
            PathEntry e = paths.get(i);
            if (e.touchAges().isPresent() != timed) {
                throw new IllegalArgumentException("paths[" + i + "].touchAges must be "
                        + (timed ? "given when hasTouchAges is true, was null"
                                : "null when hasTouchAges is false, was " + e.touchAges().get()));
            }
            if (timed) {
                b.add(e.path(), e.touchAges().get(), e.conversions(), e.value(), e.nulls());
            } else {
                b.add(e.path(), e.conversions(), e.value(), e.nulls());
            }
        }
        return b.build();
    }
}
