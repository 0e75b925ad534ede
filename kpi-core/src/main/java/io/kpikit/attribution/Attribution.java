package io.kpikit.attribution;

import io.kpikit.core.Money;
import io.kpikit.core.Ratio;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The result of one attribution model: per channel, the attributed conversions, the
 * attributed conversion value and the share of the total.
 *
 * <p>Every model produces non-negative channel weights for conversions and for value; this
 * class turns them into reconciled numbers:
 * <ul>
 *   <li>conversions: {@code total × w_c / Σw}; the channel with the largest credit takes the
 *       floating-point residual, so the credits add up to the total conversions to within a
 *       few ulps (1e-9 for totals below about a million, relative 1e-15 above);</li>
 *   <li>value: the total value split by the value weights with
 *       largest remainder (as {@link Money#allocate(double...)}), so the parts add up to the
 *       total exactly, to the minor unit; remainders are compared to a millionth of a minor
 *       unit and equal ones broken by channel name (the name that sorts first gets the cent),
 *       so the result does not depend on the order in which channels first appear in the
 *       paths, nor on the last bits of floating-point weights.</li>
 * </ul>
 * With no conversions every channel gets zero and every share is undefined.
 *
 * <p>{@link #restore} rebuilds a stored attribution from its figures (the paths are not kept),
 * checking that they reconcile as a model's result does.
 *
 * <pre>{@code
 * Attribution a = RuleBasedModel.linearPerTouch().attribute(paths);
 * a.conversions("Search");                  // 2.5
 * a.value("Search");                        // CNY 250.00
 * a.withSpend(Map.of("Search", Money.parse("CNY 100.00")));   // ROAS, cost per conversion
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Attribution implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String model;
    private final List<ChannelCredit> credits;
    private final double totalConversions;
    private final Money totalValue;
    private final Map<String, ChannelCredit> byChannel;

    private Attribution(String model, List<ChannelCredit> credits, double totalConversions, Money totalValue) {
        this.model = model;
        this.credits = List.copyOf(credits);
        this.totalConversions = totalConversions;
        this.totalValue = totalValue;
        Map<String, ChannelCredit> map = new HashMap<>();
        for (ChannelCredit c : credits) {
            map.put(c.channel(), c);
        }
        this.byChannel = map;
    }

    /**
     * Builds the result from channel weights (indexed by channel id).
     *
     * @param model the model name
     * @param paths the paths attributed
     * @param conversionWeights non-negative weights for conversions
     * @param valueWeights non-negative weights for value; when all zero the conversion weights
     *     are used
     */
    static Attribution from(String model, PathSet paths, double[] conversionWeights, double[] valueWeights) {
        return from(model, paths.channels(), paths.totalConversions(), paths.totalValue(), conversionWeights,
                valueWeights);
    }

    /**
     * Builds the result from channel weights (indexed by channel id) and the totals they share
     * out: all that {@link #from(String, PathSet, double[], double[])} reads from the paths.
     *
     * @param model the model name
     * @param channels the channels, in channel id order (an immutable list)
     * @param total the total conversions, finite and {@code >= 0}
     * @param totalValue the total value, {@code >= 0}, at the currency's scale
     * @param conversionWeights non-negative weights for conversions
     * @param valueWeights non-negative weights for value; when all zero the conversion weights
     *     are used
     */
    static Attribution from(String model, List<String> channels, double total, Money totalValue,
            double[] conversionWeights, double[] valueWeights) {
        int n = channels.size();
        double[] conv = normalise(conversionWeights, total);
        Ratio zeroShare = Ratio.of(0, 0);
        List<Money> values;
        if (totalValue.isZero() || n == 0) {
            values = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                values.add(Money.zero(totalValue.currency()));
            }
        } else {
            double[] vw = sum(valueWeights) > 0 ? clamp(valueWeights) : clamp(conversionWeights);
            values = allocateByName(totalValue, vw, channels);
        }
        List<ChannelCredit> credits = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Ratio share = total > 0 ? Ratio.of(conv[i], total) : zeroShare;
            credits.add(new ChannelCredit(channels.get(i), conv[i], values.get(i), share));
        }
        return new Attribution(model, credits, total, totalValue);
    }

    /**
     * Rebuilds a stored attribution from its figures, checking that they are consistent: the
     * inverse of the accessors, for reading an attribution back (from JSON or a database), since
     * the paths and the model it came from are not kept. {@code restore} is the name kpikit
     * gives such factories. {@code restore(a.model(), a.credits(), a.totalConversions(),
     * a.totalValue())} equals {@code a}.
     *
     * <p>Checked, as every model's result satisfies:
     * <ul>
     *   <li>{@code model} is not blank; channels are not blank and are distinct;</li>
     *   <li>{@code totalConversions} is finite and {@code >= 0} (each credit's conversions are,
     *       by {@link ChannelCredit}); when it is 0, every credit's conversions are 0;</li>
     *   <li>{@code totalValue} and every credit's value are {@code >= 0}, whole minor units and
     *       in one currency, and the values add up to {@code totalValue} exactly;</li>
     *   <li>the conversions add up to {@code totalConversions} to within a relative
     *       {@code 1e-9}: {@code |Σ conversions − totalConversions| <= 1e-9 × max(1,
     *       totalConversions)} (a model reconciles them to a few ulps);</li>
     *   <li>each share is {@code Ratio.of(conversions, totalConversions)}, numerator and
     *       denominator included ({@code 0/0}, undefined, when there are no conversions).</li>
     * </ul>
     *
     * <pre>{@code
     * // last touch on 3 × (Search > Email) worth 300.00 and 1 × (Social > Search) worth 80.00
     * Attribution a = Attribution.restore("last_touch", List.of(
     *         new ChannelCredit("Search", 1, Money.parse("CNY 80.00"), Ratio.of(1.0, 4.0)),
     *         new ChannelCredit("Email", 3, Money.parse("CNY 300.00"), Ratio.of(3.0, 4.0)),
     *         new ChannelCredit("Social", 0, Money.parse("CNY 0.00"), Ratio.of(0.0, 4.0))),
     *         4, Money.parse("CNY 380.00"));
     * }</pre>
     *
     * @param model the name of the model that produced the attribution, not blank
     * @param credits the credit of every channel, in the order {@link #credits()} gives
     * @param totalConversions the total conversions attributed
     * @param totalValue the total value attributed
     * @return the attribution
     * @throws IllegalArgumentException if a figure is invalid or disagrees with the others; the
     *     message names the field and the value, as
     *     {@code totalValue must be the sum of the credits' values, CNY 380.00, was CNY 381.00}
     * @throws io.kpikit.core.CurrencyMismatchException if a credit's value is in another currency
     * @throws NullPointerException if an argument or a credit is null
     */
    public static Attribution restore(String model, List<ChannelCredit> credits, double totalConversions,
            Money totalValue) {
        List<ChannelCredit> checked = StoredAttributions.attribution(model, credits, totalConversions, totalValue);
        return new Attribution(model, checked, totalConversions, totalValue);
    }

    /**
     * Splits {@code total} by {@code weights} by largest remainder, to the minor unit, with
     * remainders compared to a millionth of a minor unit and ties broken by channel name (the
     * name that sorts first gets the unit). Weights that are equal in exact arithmetic but
     * differ in their last bits (they come from separate floating-point solves) therefore tie,
     * so the result does not depend on the order in which channels appear in the paths.
     */
    static List<Money> allocateByName(Money total, double[] weights, List<String> channels) {
        int n = weights.length;
        int scale = total.minorUnitScale();
        BigDecimal units = total.amount().movePointRight(scale);
        if (units.signum() < 0 || units.stripTrailingZeros().scale() > 0) {
            return total.allocate(weights); // rejects it with the core message
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (double w : weights) {
            sum = sum.add(new BigDecimal(w));
        }
        if (sum.signum() == 0) {
            return total.allocate(weights); // rejects it with the core message
        }
        BigInteger[] floor = new BigInteger[n];
        long[] remainder = new long[n];
        BigInteger left = units.toBigIntegerExact();
        for (int i = 0; i < n; i++) {
            BigDecimal exact = units.multiply(new BigDecimal(weights[i])).divide(sum, MathContext.DECIMAL128);
            BigDecimal whole = exact.setScale(0, RoundingMode.FLOOR);
            floor[i] = whole.toBigIntegerExact();
            remainder[i] = exact.subtract(whole).movePointRight(6).setScale(0, RoundingMode.HALF_UP).longValueExact();
            left = left.subtract(floor[i]);
        }
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.<Integer>comparingLong(i -> -remainder[i]).thenComparing(channels::get));
        int spare = left.intValueExact();
        List<Money> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(null);
        }
        for (int k = 0; k < n; k++) {
            int i = order[k];
            BigInteger part = k < spare ? floor[i].add(BigInteger.ONE) : floor[i];
            out.set(i, Money.of(new BigDecimal(part, scale), total.currency()));
        }
        return out;
    }

    private static double[] normalise(double[] weights, double total) {
        double[] w = clamp(weights);
        double[] out = new double[w.length];
        double sum = sum(w);
        if (total == 0 || w.length == 0) {
            return out;
        }
        if (!(sum > 0)) {
            throw new IllegalStateException("no channel earned credit for " + total + " conversions");
        }
        int largest = 0;
        for (int i = 0; i < w.length; i++) {
            out[i] = total * (w[i] / sum);
            if (out[i] > out[largest]) {
                largest = i;
            }
        }
        double rest = 0;
        for (int i = 0; i < w.length; i++) {
            if (i != largest) {
                rest += out[i];
            }
        }
        out[largest] = Math.max(0, total - rest);
        return out;
    }

    /** Drops floating-point noise below zero (a removal effect of -1e-17, say). */
    private static double[] clamp(double[] w) {
        double[] out = new double[w.length];
        for (int i = 0; i < w.length; i++) {
            if (!Double.isFinite(w[i])) {
                throw new IllegalStateException("weight must be finite, was " + w[i]);
            }
            out[i] = Math.max(0, w[i]);
        }
        return out;
    }

    private static double sum(double[] w) {
        double s = 0;
        for (double x : w) {
            s += Math.max(0, x);
        }
        return s;
    }

    /**
     * Returns the name of the model that produced this result.
     *
     * @return the model name
     */
    public String model() {
        return model;
    }

    /**
     * Returns the credit of every channel, in the channel order of the paths.
     *
     * @return the credits
     */
    public List<ChannelCredit> credits() {
        return credits;
    }

    /**
     * Returns the channel names in order.
     *
     * @return the channels
     */
    public List<String> channels() {
        List<String> out = new ArrayList<>(credits.size());
        credits.forEach(c -> out.add(c.channel()));
        return List.copyOf(out);
    }

    /**
     * Returns the credit of one channel.
     *
     * @param channel the channel name
     * @return its credit
     * @throws IllegalArgumentException if the channel is not in the paths
     */
    public ChannelCredit credit(String channel) {
        ChannelCredit c = byChannel.get(Objects.requireNonNull(channel, "channel"));
        if (c == null) {
            throw new IllegalArgumentException("channel must be one of " + channels() + ", was \"" + channel + "\"");
        }
        return c;
    }

    /**
     * Returns the conversions attributed to one channel.
     *
     * @param channel the channel name
     * @return the attributed conversions
     * @throws IllegalArgumentException if the channel is not in the paths
     */
    public double conversions(String channel) {
        return credit(channel).conversions();
    }

    /**
     * Returns the value attributed to one channel.
     *
     * @param channel the channel name
     * @return the attributed value
     * @throws IllegalArgumentException if the channel is not in the paths
     */
    public Money value(String channel) {
        return credit(channel).value();
    }

    /**
     * Returns the total conversions that were attributed.
     *
     * @return the total conversions
     */
    public double totalConversions() {
        return totalConversions;
    }

    /**
     * Returns the total value that was attributed.
     *
     * @return the total value
     */
    public Money totalValue() {
        return totalValue;
    }

    /**
     * Returns the return on each channel's spend: attributed ROAS and cost per attributed
     * conversion. Channels without an entry in {@code spend} are left out.
     *
     * @param spend spend per channel name, non-negative, in the currency of the value
     * @return one row per channel with spend, in channel order
     * @throws IllegalArgumentException if a channel is unknown or a spend is negative
     * @throws io.kpikit.core.CurrencyMismatchException if a spend is in another currency
     * @throws NullPointerException if {@code spend} or an entry is null
     */
    public List<ChannelReturn> withSpend(Map<String, Money> spend) {
        Objects.requireNonNull(spend, "spend");
        for (Map.Entry<String, Money> e : spend.entrySet()) {
            credit(e.getKey());
            Money s = Objects.requireNonNull(e.getValue(), "spend");
            if (s.isNegative()) {
                throw new IllegalArgumentException("spend must be >= 0, was " + s + " (channel \"" + e.getKey() + "\")");
            }
            totalValue.checkSameCurrency(s);
        }
        List<ChannelReturn> out = new ArrayList<>();
        for (ChannelCredit c : credits) {
            Money s = spend.get(c.channel());
            if (s != null) {
                Ratio roas = Ratio.of(c.value(), s);
                Ratio cost = Ratio.of(s.amount(), BigDecimal.valueOf(c.conversions()));
                out.add(new ChannelReturn(c.channel(), s, c.conversions(), c.value(), roas, cost));
            }
        }
        return List.copyOf(out);
    }

    /**
     * Returns whether {@code obj} is an attribution with the same model name, credits (in
     * order), total conversions and total value.
     *
     * @param obj the object to compare
     * @return {@code true} if equal
     */
    @Override
    public boolean equals(Object obj) {
        if (!(obj instanceof Attribution)) {
            return false;
        }
        Attribution o = (Attribution) obj;
        return model.equals(o.model) && credits.equals(o.credits)
                && Double.compare(totalConversions, o.totalConversions) == 0 && totalValue.equals(o.totalValue);
    }

    @Override
    public int hashCode() {
        return Objects.hash(model, credits, totalConversions);
    }

    @Override
    public String toString() {
        return "Attribution[" + model + ", " + credits + "]";
    }
}
