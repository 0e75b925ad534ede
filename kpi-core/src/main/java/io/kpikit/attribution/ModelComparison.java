package io.kpikit.attribution;

import io.kpikit.core.Money;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Several attribution models run on the same paths, side by side: one row per channel, one
 * column per model.
 *
 * <pre>{@code
 * ModelComparison table = ModelComparison.of(paths, List.of(RuleBasedModel.lastTouch(),
 *         RuleBasedModel.linearPerTouch(), MarkovModel.ofOrder(1)));
 * table.conversions("Search", "markov_order1");
 * table.toCsv();   // channel,last_touch conversions,...,markov_order1 value
 * }</pre>
 *
 * <p>Columns are keyed by {@link AttributionModel#name()}, which carries the model's
 * parameters ({@code position_based(0.2,0.5)}, {@code time_decay(1d)},
 * {@code markov_order2}), so two configurations of one model compare side by side.
 *
 * <p>{@link #restore} rebuilds a stored comparison from its channels and attributions (the
 * paths are not kept). Two comparisons are equal when they have the same channels in the same
 * order and equal attributions for the same models in the same order.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ModelComparison {

    private final List<String> channels;
    private final Map<String, Attribution> byModel;

    private ModelComparison(List<String> channels, Map<String, Attribution> byModel) {
        this.channels = channels;
        this.byModel = byModel;
    }

    /**
     * Runs every model on the paths.
     *
     * @param paths the paths
     * @param models the models, at least one, with distinct names
     * @return the comparison
     * @throws IllegalArgumentException if {@code models} is empty or two models share a name
     * @throws NullPointerException if an argument or a model is null
     */
    public static ModelComparison of(PathSet paths, List<? extends AttributionModel> models) {
        Objects.requireNonNull(paths, "paths");
        Objects.requireNonNull(models, "models");
        if (models.isEmpty()) {
            throw new IllegalArgumentException("models must not be empty, was []");
        }
        Map<String, Attribution> byModel = new LinkedHashMap<>();
        for (AttributionModel m : models) {
            Objects.requireNonNull(m, "model");
            if (byModel.containsKey(m.name())) {
                throw new IllegalArgumentException("model names must be distinct, was \"" + m.name() + "\" twice");
            }
            byModel.put(m.name(), m.attribute(paths));
        }
        int i = 0;
        for (Attribution a : byModel.values()) {
            StoredAttributions.creditsEveryChannel(paths.channels(), a, "models[" + i++ + "]");
        }
        return new ModelComparison(paths.channels(), byModel);
    }

    /**
     * Rebuilds a stored comparison from its channels and its attributions, checking that they
     * fit together: the inverse of the accessors, for reading a comparison back (from JSON or a
     * database), since the paths are not kept. {@code restore} is the name kpikit gives such
     * factories. {@code restore(t.channels(), attributions of t.models() in order)} equals
     * {@code t}.
     *
     * <p>Checked: the channels are not blank and are distinct; there is at least one
     * attribution; their model names are distinct; and each attribution credits exactly the
     * channels of the comparison (as every model does: it credits every channel of the paths).
     * Each attribution was checked by {@link Attribution#restore} when it was read.
     *
     * <pre>{@code
     * ModelComparison t = ModelComparison.restore(List.of("Search", "Email", "Social"),
     *         List.of(lastTouch, linear));   // two stored attributions over those channels
     * t.models();   // [last_touch, linear_per_touch]
     * }</pre>
     *
     * @param channels the channels (rows), in order
     * @param attributions one attribution per model (columns), in order
     * @return the comparison
     * @throws IllegalArgumentException if a channel is blank or repeated, there is no
     *     attribution, two share a model name, or one credits other channels; the message
     *     names the position and the value, as
     *     {@code attributions[1].model must be distinct, was "last_touch" twice}
     * @throws NullPointerException if an argument, a channel or an attribution is null
     */
    public static ModelComparison restore(List<String> channels, List<Attribution> attributions) {
        List<String> names = StoredAttributions.comparison(channels, attributions);
        Map<String, Attribution> byModel = new LinkedHashMap<>();
        for (Attribution a : attributions) {
            byModel.put(a.model(), a);
        }
        return new ModelComparison(names, byModel);
    }

    /**
     * Returns the channels (rows), in the channel order of the paths.
     *
     * @return the channels
     */
    public List<String> channels() {
        return channels;
    }

    /**
     * Returns the model names (columns), in the order given.
     *
     * @return the model names
     */
    public List<String> models() {
        return List.copyOf(byModel.keySet());
    }

    /**
     * Returns the attribution of one model.
     *
     * @param model the model name
     * @return its attribution
     * @throws IllegalArgumentException if no model has that name
     */
    public Attribution attribution(String model) {
        Attribution a = byModel.get(Objects.requireNonNull(model, "model"));
        if (a == null) {
            throw new IllegalArgumentException("model must be one of " + models() + ", was \"" + model + "\"");
        }
        return a;
    }

    /**
     * Returns the conversions one model attributes to one channel.
     *
     * @param channel the channel
     * @param model the model name
     * @return the attributed conversions
     * @throws IllegalArgumentException if the channel or model is unknown
     */
    public double conversions(String channel, String model) {
        return attribution(model).conversions(channel);
    }

    /**
     * Returns the value one model attributes to one channel.
     *
     * @param channel the channel
     * @param model the model name
     * @return the attributed value
     * @throws IllegalArgumentException if the channel or model is unknown
     */
    public Money value(String channel, String model) {
        return attribution(model).value(channel);
    }

    /**
     * Returns the comparison as CSV: a header
     * {@code channel,<model> conversions...,<model> value...} and one row per channel, the
     * attributed conversions of every model followed by the attributed values. Conversions
     * are printed in full ({@link Double#toString(double)}), values as plain amounts in the
     * paths' currency (for example {@code 163.64}). Fields holding a comma or a quote (model
     * names such as {@code position_based(0.4,0.4)}) are quoted, quotes doubled.
     *
     * @return the CSV text, lines ending in {@code \n}
     */
    public String toCsv() {
        StringBuilder sb = new StringBuilder("channel");
        byModel.keySet().forEach(m -> sb.append(',').append(field(m + " conversions")));
        byModel.keySet().forEach(m -> sb.append(',').append(field(m + " value")));
        sb.append('\n');
        for (String c : channels) {
            sb.append(field(c));
            for (Attribution a : byModel.values()) {
                sb.append(',').append(a.conversions(c));
            }
            for (Attribution a : byModel.values()) {
                sb.append(',').append(a.value(c).amount().toPlainString());
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    private static String field(String text) {
        return text.contains(",") || text.contains("\"") || text.contains("\n")
                ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }

    /**
     * Returns whether {@code obj} is a comparison with the same channels and the same models,
     * each in the same order, with equal attributions.
     *
     * @param obj the object to compare
     * @return {@code true} if equal
     */
    @Override
    public boolean equals(Object obj) {
        if (!(obj instanceof ModelComparison)) {
            return false;
        }
        ModelComparison o = (ModelComparison) obj;
        return channels.equals(o.channels) && models().equals(o.models()) && byModel.equals(o.byModel);
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(channels, models(), byModel);
    }

    @Override
    public String toString() {
        List<String> cols = new ArrayList<>(byModel.keySet());
        return "ModelComparison[" + channels.size() + " channels × " + cols + "]";
    }
}
