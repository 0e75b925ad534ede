package io.kpikit.review;

import io.kpikit.attribution.AttributionModel;
import io.kpikit.attribution.MarkovModel;
import io.kpikit.attribution.PathCsv;
import io.kpikit.attribution.PathSet;
import io.kpikit.attribution.RuleBasedModel;
import io.kpikit.attribution.ShapleyModel;
import io.kpikit.core.Money;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The attribution section of a {@link ReviewDocument}: aggregated paths, inline or in a CSV
 * file, and the models to run on them side by side.
 *
 * <p>Give either {@code paths} or {@code csv}: a file in the
 * {@code path,total_conversions,total_conversion_value,total_null} format read by
 * {@link PathCsv}, with channels joined by {@code separator}. A relative {@code csv} is resolved
 * against the directory the report is given (the JSON reader passes the document's directory).
 *
 * <p>Model names, as on the {@code kpi attribute} command line: {@code first}, {@code last},
 * {@code last-non-direct} (needs {@code direct}), {@code linear}, {@code linear-distinct},
 * {@code position}, {@code markov} (of order {@code markovOrder}, default 1) and
 * {@code shapley} (rate-based). Without {@code models} every rule-based model runs
 * ({@code last-non-direct} only when {@code direct} is given), then {@code markov} and
 * {@code shapley}. Time decay is not offered: aggregated paths carry no touch times.
 *
 * <pre>{@code
 * new AttributionInput(paths, null, null, List.of("last", "markov"), 2, null);
 * }</pre>
 *
 * @param paths the paths, or null when {@code csv} is given
 * @param csv the path of the CSV file, or null when {@code paths} is given
 * @param separator the channel separator of the CSV, or null for {@code " > "}; only with {@code csv}
 * @param models the models to run, names distinct, or null for the default set
 * @param markovOrder the order of the Markov model, in {@code [1, 4]}, or null for 1
 * @param direct the name of the direct channel, or null
 */
public record AttributionInput(List<PathInput> paths, String csv, String separator, List<String> models,
        Integer markovOrder, String direct) {

    /** The most journeys (conversions and nulls) of all paths: 2^53, the largest count a double holds exactly. */
    static final long MAX_JOURNEYS = 1L << 53;
    private static final BigDecimal JOURNEYS = BigDecimal.valueOf(MAX_JOURNEYS);

    /** The model names, in the default order. */
    static final List<String> MODEL_NAMES = List.of("first", "last", "last-non-direct", "linear", "linear-distinct",
            "position", "markov", "shapley");

    /**
     * Validates the section.
     *
     * @param paths the paths, or null when {@code csv} is given
     * @param csv the path of the CSV file, or null when {@code paths} is given
     * @param separator the channel separator of the CSV, or null for {@code " > "}
     * @param models the models to run, or null for the default set
     * @param markovOrder the order of the Markov model, in {@code [1, 4]}, or null for 1
     * @param direct the name of the direct channel, or null
     * @throws ReviewInputException if both or neither of {@code paths} and {@code csv} are
     *     given, the paths are empty, a model name is unknown or repeated,
     *     {@code last-non-direct} is asked for without {@code direct}, or the order is out of range
     * @throws NullPointerException if a path or a model name is null
     */
    public AttributionInput {
        paths = Fields.list(paths, "paths");
        if ((paths == null) == (csv == null)) {
            throw new ReviewInputException(paths == null ? "paths" : "csv",
                    "give either paths or csv, was " + (paths == null ? "neither" : "both"));
        }
        if (paths != null && paths.isEmpty()) {
            throw new ReviewInputException("paths", "paths must not be empty, was []");
        }
        if (csv != null) {
            Fields.text(csv, "csv", "");
        }
        if (separator != null) {
            if (csv == null) {
                throw new ReviewInputException("separator", "separator applies to csv only, was \"" + separator + "\"");
            }
            if (separator.isEmpty()) {
                throw new ReviewInputException("separator", "separator must not be empty, was \"\"");
            }
        }
        if (direct != null) {
            Fields.text(direct, "direct", "");
        }
        if (markovOrder != null && (markovOrder < 1 || markovOrder > 4)) {
            throw new ReviewInputException("markovOrder", "markovOrder must be in [1, 4], was " + markovOrder);
        }
        models = Fields.list(models, "models");
        if (models != null) {
            if (models.isEmpty()) {
                throw new ReviewInputException("models", "models must not be empty, was []");
            }
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < models.size(); i++) {
                String m = models.get(i);
                if (!MODEL_NAMES.contains(m)) {
                    throw new ReviewInputException(Fields.at("models", i), "model must be one of " + MODEL_NAMES + ", was \"" + m
                            + "\"");
                }
                if (!seen.add(m)) {
                    throw new ReviewInputException(Fields.at("models", i), "model names must be distinct, was \"" + m + "\" twice");
                }
                if (m.equals("last-non-direct") && direct == null) {
                    throw new ReviewInputException(Fields.at("models", i), "model last-non-direct needs direct, was absent");
                }
            }
        }
    }

    /**
     * Returns the paths as a {@link PathSet}: the inline paths, or the CSV file resolved
     * against {@code baseDirectory}.
     *
     * @param currency the currency of the conversion values
     * @param baseDirectory the directory a relative {@code csv} is resolved against
     * @return the paths
     * @throws ReviewInputException if a path or the CSV is invalid (field {@code paths/i},
     *     {@code paths/i/value} for a value with more decimals than the currency's minor unit,
     *     {@code paths/i/conversions}, {@code paths/i/nulls} or {@code paths/i/value} for the
     *     path at which a total leaves its range (2^53 = 9007199254740992 journeys, conversions
     *     and nulls together; a long of minor units for the value), or {@code csv},
     *     the message naming the path or the CSV line), or {@code direct} is not a channel of the
     *     paths (field {@code direct})
     * @throws java.io.UncheckedIOException if the CSV file cannot be read
     * @throws NullPointerException if an argument is null
     */
    public PathSet toPathSet(Currency currency, Path baseDirectory) {
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(baseDirectory, "baseDirectory");
        PathSet set;
        if (paths != null) {
            PathSet.Builder builder = PathSet.builder(currency);
            Totals totals = new Totals(currency);
            for (int i = 0; i < paths.size(); i++) {
                PathInput p = paths.get(i);
                Fields.decimals(p.value(), currency, Fields.at("paths", i, "value"), "");
                totals.add(p, i);
                Fields.core(Fields.at("paths", i), "", () -> builder.add(p.path(), p.conversions().doubleValue(), p.value(),
                        p.nulls().doubleValue()));
            }
            set = Fields.core("paths", "", builder::build);
        } else {
            Path file = baseDirectory.resolve(csv);
            set = Fields.core("csv", " (file " + file + ")", () -> PathCsv.read(file, currency, csvSeparator()));
            double journeys = set.totalConversions() + set.totalNulls();
            if (!(journeys <= MAX_JOURNEYS)) {
                throw new ReviewInputException("csv", "total_conversions and total_null of all paths must sum to at most "
                        + MAX_JOURNEYS + " (2^53, the largest count a double holds exactly), was " + journeys + " (file "
                        + file + ")");
            }
            Money maxValue = Money.ofMinor(Long.MAX_VALUE, currency);
            if (set.totalValue().isGreaterThan(maxValue)) {
                throw new ReviewInputException("csv", "total_conversion_value of all paths must sum to at most " + maxValue
                        + " (a long of minor units), was " + set.totalValue() + " (file " + file + ")");
            }
        }
        if (direct != null && !set.channels().contains(direct)) {
            throw new ReviewInputException("direct", "direct must be one of the channels of the paths " + set.channels()
                    + ", was \"" + direct + "\"");
        }
        return set;
    }

    /**
     * Returns the channel separator of the CSV.
     *
     * @return {@code separator}, or {@link PathCsv#DEFAULT_SEPARATOR}
     */
    public String csvSeparator() {
        return separator == null ? PathCsv.DEFAULT_SEPARATOR : separator;
    }

    /**
     * Returns the models to run, in order.
     *
     * @return the models named by {@code models}, or the default set
     */
    public List<AttributionModel> attributionModels() {
        List<String> names = models;
        if (names == null) {
            names = new ArrayList<>(MODEL_NAMES);
            if (direct == null) {
                names.remove("last-non-direct");
            }
        }
        List<AttributionModel> out = new ArrayList<>(names.size());
        for (String name : names) {
            out.add(model(name));
        }
        return out;
    }

    private AttributionModel model(String name) {
        switch (name) {
            case "first":
                return RuleBasedModel.firstTouch();
            case "last":
                return RuleBasedModel.lastTouch();
            case "last-non-direct":
                return RuleBasedModel.lastNonDirect(direct);
            case "linear":
                return RuleBasedModel.linearPerTouch();
            case "linear-distinct":
                return RuleBasedModel.linearPerChannel();
            case "position":
                return RuleBasedModel.positionBased();
            case "markov":
                return MarkovModel.ofOrder(markovOrder == null ? 1 : markovOrder);
            default:
                return ShapleyModel.rateBased();
        }
    }

    /**
     * The running totals of the paths, checked as the path set and the models use them: the
     * journeys (conversions and nulls) are counted in doubles, so their total must stay at most
     * {@value #MAX_JOURNEYS} (2^53, the largest count a double holds exactly; well within a double
     * even when a model counts a journey once per touch), and the value is split among the
     * channels to the minor unit with {@code MathContext.DECIMAL128} (34 digits), so its total must
     * fit a long of minor units (19 digits), leaving room for the remainders. A total that would
     * break its limit is reported at the path and field that break it.
     */
    private static final class Totals {

        private final Money maxValue;
        private BigDecimal journeys = BigDecimal.ZERO;
        private BigDecimal value = BigDecimal.ZERO;

        Totals(Currency currency) {
            this.maxValue = Money.ofMinor(Long.MAX_VALUE, currency);
        }

        void add(PathInput p, int i) {
            journeys = journeys.add(p.conversions());
            if (journeys.compareTo(JOURNEYS) > 0) {
                throw journeys(Fields.at("paths", i, "conversions"), p.conversions());
            }
            journeys = journeys.add(p.nulls());
            if (journeys.compareTo(JOURNEYS) > 0) {
                throw journeys(Fields.at("paths", i, "nulls"), p.nulls());
            }
            value = value.add(p.value());
            if (value.compareTo(maxValue.amount()) > 0) {
                List<String> at = Fields.at("paths", i, "value");
                throw new ReviewInputException(at, "value of all paths must sum to at most " + maxValue
                        + " (a long of minor units), was " + Fields.show(p.value()) + " at path " + i);
            }
        }

        private static ReviewInputException journeys(List<String> at, BigDecimal value) {
            return new ReviewInputException(at, "conversions and nulls of all paths must sum to at most " + MAX_JOURNEYS
                    + " (2^53, the largest count a double holds exactly), was " + Fields.show(value) + " at path "
                    + at.get(1));
        }
    }
}
