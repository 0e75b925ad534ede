package io.kpikit.attribution;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Objects;

/**
 * The rule-based (heuristic) attribution models: each converting path's conversions and
 * value are split over its touches by a fixed rule, and the same fractions split both.
 *
 * <p>For a path {@code c1 > c2 > ... > cL} with {@code L} touches:
 * <ul>
 *   <li>{@link #firstTouch()}: {@code c1} gets 100%;</li>
 *   <li>{@link #lastTouch()}: {@code cL} gets 100%;</li>
 *   <li>{@link #lastNonDirect(String)}: the last touch that is not the direct channel gets
 *       100%; the direct channel gets credit only when every touch is direct, and must be
 *       one of the channels of the paths attributed (a misspelt name would otherwise
 *       silently turn the model into last touch);</li>
 *   <li>{@link #linearPerTouch()}: every touch gets {@code 1/L}, so a channel touched twice in
 *       a path of four gets 2/4;</li>
 *   <li>{@link #linearPerChannel()}: every distinct channel gets {@code 1/d}, {@code d} the
 *       number of distinct channels on the path;</li>
 *   <li>{@link #positionBased(double, double)} (U-shaped): the first touch gets share
 *       {@code f}, the last {@code l}, and the {@code L − 2} middle touches split
 *       {@code 1 − f − l} equally. A one-touch path gives 100% to its touch; a two-touch path
 *       splits 100% in proportion {@code f : l} (so 50/50 for the default 40/40), and equally
 *       if {@code f = l = 0};</li>
 *   <li>{@link #timeDecay(Duration)}: touch {@code j} gets weight
 *       {@code 2^(−Δt_j / halfLife)}, {@code Δt_j} the time from the touch to the conversion,
 *       normalised to sum to 1 over the path. Needs paths with touch ages
 *       ({@link JourneyAccumulator}).</li>
 * </ul>
 * A channel credited through several touches of one path sums those credits. Paths without
 * conversions give no credit, so a channel seen only on non-converting paths gets 0.
 *
 * <pre>{@code
 * // path Search > Email > Search, 4 conversions worth CNY 400
 * RuleBasedModel.linearPerTouch();    // Search 8/3 = 2.667, Email 4/3 = 1.333
 * RuleBasedModel.linearPerChannel();  // Search 2, Email 2
 * RuleBasedModel.positionBased();     // Search 0.8 × 4 = 3.2, Email 0.2 × 4 = 0.8
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RuleBasedModel implements AttributionModel {

    /** The default half-life of {@link #timeDecay()}: seven days. */
    public static final Duration DEFAULT_HALF_LIFE = Duration.ofDays(7);

    private enum Kind { FIRST, LAST, LAST_NON_DIRECT, LINEAR_TOUCH, LINEAR_CHANNEL, POSITION, TIME_DECAY }

    private final Kind kind;
    private final String name;
    private final String direct;
    private final double first;
    private final double last;
    private final double halfLifeSeconds;

    private RuleBasedModel(Kind kind, String name, String direct, double first, double last, double halfLifeSeconds) {
        this.kind = kind;
        this.name = name;
        this.direct = direct;
        this.first = first;
        this.last = last;
        this.halfLifeSeconds = halfLifeSeconds;
    }

    private static RuleBasedModel create(Kind kind, String name) {
        return new RuleBasedModel(kind, name, null, 0, 0, 0);
    }

    /**
     * Returns the first-touch model.
     *
     * @return the model named {@code first_touch}
     */
    public static RuleBasedModel firstTouch() {
        return create(Kind.FIRST, "first_touch");
    }

    /**
     * Returns the last-touch model.
     *
     * @return the model named {@code last_touch}
     */
    public static RuleBasedModel lastTouch() {
        return create(Kind.LAST, "last_touch");
    }

    /**
     * Returns the last non-direct touch model. Its {@link #attribute(PathSet)} throws
     * {@link IllegalArgumentException} when {@code directChannel} is not one of the channels
     * of the paths.
     *
     * @param directChannel the name of the direct channel (for example {@code "Direct"})
     * @return the model named {@code last_non_direct(<directChannel>)}
     * @throws NullPointerException if {@code directChannel} is null
     */
    public static RuleBasedModel lastNonDirect(String directChannel) {
        Objects.requireNonNull(directChannel, "directChannel");
        String direct = directChannel.trim();
        return new RuleBasedModel(Kind.LAST_NON_DIRECT, "last_non_direct(" + direct + ")", direct, 0, 0, 0);
    }

    /**
     * Returns the linear model with equal credit per touch.
     *
     * @return the model named {@code linear_per_touch}
     */
    public static RuleBasedModel linearPerTouch() {
        return create(Kind.LINEAR_TOUCH, "linear_per_touch");
    }

    /**
     * Returns the linear model with equal credit per distinct channel.
     *
     * @return the model named {@code linear_per_channel}
     */
    public static RuleBasedModel linearPerChannel() {
        return create(Kind.LINEAR_CHANNEL, "linear_per_channel");
    }

    /**
     * Returns the position-based model with the default 40% first, 40% last.
     *
     * @return the model named {@code position_based(0.4,0.4)}
     */
    public static RuleBasedModel positionBased() {
        return positionBased(0.4, 0.4);
    }

    /**
     * Returns the position-based model with the given first and last shares.
     *
     * @param firstShare the share of the first touch, in [0, 1]
     * @param lastShare the share of the last touch, in [0, 1]
     * @return the model named {@code position_based(<firstShare>,<lastShare>)}, for example
     *     {@code position_based(0.2,0.5)}, so that configurations can be compared side by side
     * @throws IllegalArgumentException if a share is outside [0, 1] or they sum to more than 1
     */
    public static RuleBasedModel positionBased(double firstShare, double lastShare) {
        checkShare(firstShare, "firstShare");
        checkShare(lastShare, "lastShare");
        if (firstShare + lastShare > 1 + 1e-12) {
            throw new IllegalArgumentException("firstShare + lastShare must be <= 1, was " + (firstShare + lastShare));
        }
        return new RuleBasedModel(Kind.POSITION, "position_based(" + plain(firstShare) + "," + plain(lastShare) + ")",
                null, firstShare, lastShare, 0);
    }

    private static String plain(double share) {
        return BigDecimal.valueOf(share).stripTrailingZeros().toPlainString();
    }

    private static void checkShare(double share, String field) {
        if (!(share >= 0 && share <= 1)) {
            throw new IllegalArgumentException(field + " must be in [0, 1], was " + share);
        }
    }

    /**
     * Returns the time-decay model with the default half-life of seven days.
     *
     * @return the model named {@code time_decay(7d)}
     */
    public static RuleBasedModel timeDecay() {
        return timeDecay(DEFAULT_HALF_LIFE);
    }

    /**
     * Returns the time-decay model with the given half-life.
     *
     * @param halfLife the time after which a touch's weight halves, positive
     * @return the model named {@code time_decay(<halfLife>)}: whole days as {@code 7d}, other
     *     durations in ISO-8601 ({@code time_decay(PT12H)})
     * @throws IllegalArgumentException if {@code halfLife} is zero or negative
     * @throws NullPointerException if {@code halfLife} is null
     */
    public static RuleBasedModel timeDecay(Duration halfLife) {
        Objects.requireNonNull(halfLife, "halfLife");
        if (halfLife.isZero() || halfLife.isNegative()) {
            throw new IllegalArgumentException("halfLife must be > 0, was " + halfLife);
        }
        double seconds = halfLife.getSeconds() + halfLife.getNano() / 1e9;
        String label = halfLife.getNano() == 0 && halfLife.getSeconds() % 86_400 == 0
                ? halfLife.getSeconds() / 86_400 + "d" : halfLife.toString();
        return new RuleBasedModel(Kind.TIME_DECAY, "time_decay(" + label + ")", null, 0, 0, seconds);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Attribution attribute(PathSet paths) {
        Objects.requireNonNull(paths, "paths");
        if (kind == Kind.TIME_DECAY && !paths.hasTouchAges()) {
            throw new IllegalArgumentException("paths must carry touch ages for time decay (build them from journeys), was "
                    + paths);
        }
        int channels = paths.channels().size();
        double[] conv = new double[channels];
        double[] value = new double[channels];
        int directId = kind == Kind.LAST_NON_DIRECT ? paths.channels().indexOf(direct) : -1;
        if (kind == Kind.LAST_NON_DIRECT && directId < 0) {
            throw new IllegalArgumentException("direct channel must be one of the path channels " + paths.channels()
                    + ", was \"" + direct + "\"");
        }
        int[] offsets = paths.offsets();
        int[] touches = paths.touches();
        double[] conversions = paths.conversionsArray();
        double[] values = paths.valuesArray();
        double[] ages = paths.ages();
        // scratch space: the path each channel was last seen on, the distinct channels of a
        // path, the time-decay weights of a path
        int[] seen = new int[kind == Kind.LINEAR_CHANNEL ? channels : 0];
        int[] firstTouched = new int[kind == Kind.LINEAR_CHANNEL ? longest(offsets) : 0];
        double[] weights = new double[kind == Kind.TIME_DECAY ? longest(offsets) : 0];
        for (int p : paths.convertingPaths()) {
            double c = conversions[p];
            double v = values[p];
            int from = offsets[p];
            int to = offsets[p + 1];
            int len = to - from;
            switch (kind) {
                case FIRST:
                    credit(conv, value, touches[from], c, v, 1);
                    break;
                case LAST:
                    credit(conv, value, touches[to - 1], c, v, 1);
                    break;
                case LAST_NON_DIRECT: {
                    int at = to - 1;
                    while (at > from && touches[at] == directId) {
                        at--;
                    }
                    credit(conv, value, touches[at], c, v, 1);
                    break;
                }
                case LINEAR_TOUCH: {
                    double f = 1.0 / len;
                    for (int t = from; t < to; t++) {
                        credit(conv, value, touches[t], c, v, f);
                    }
                    break;
                }
                case LINEAR_CHANNEL: {
                    // collect the distinct channels in order of first touch: each touch is
                    // written to the next free place, which only a new channel keeps
                    int stamp = p + 1;
                    int distinct = 0;
                    for (int t = from; t < to; t++) {
                        int channel = touches[t];
                        firstTouched[distinct] = channel;
                        distinct += seen[channel] == stamp ? 0 : 1;
                        seen[channel] = stamp;
                    }
                    double f = 1.0 / distinct;
                    for (int k = 0; k < distinct; k++) {
                        credit(conv, value, firstTouched[k], c, v, f);
                    }
                    break;
                }
                case POSITION:
                    position(conv, value, touches, from, len, c, v);
                    break;
                default:
                    decay(conv, value, touches, ages, weights, from, to, c, v);
                    break;
            }
        }
        return Attribution.from(name, paths, conv, value);
    }

    private void position(double[] conv, double[] value, int[] touches, int from, int len, double c, double v) {
        if (len == 1) {
            credit(conv, value, touches[from], c, v, 1);
        } else if (len == 2) {
            double sum = first + last;
            double f = sum > 0 ? first / sum : 0.5;
            credit(conv, value, touches[from], c, v, f);
            credit(conv, value, touches[from + 1], c, v, 1 - f);
        } else {
            credit(conv, value, touches[from], c, v, first);
            credit(conv, value, touches[from + len - 1], c, v, last);
            double middle = (1 - first - last) / (len - 2);
            for (int t = from + 1; t < from + len - 1; t++) {
                credit(conv, value, touches[t], c, v, middle);
            }
        }
    }

    private void decay(double[] conv, double[] value, int[] touches, double[] ages, double[] weights,
            int from, int to, double c, double v) {
        // Weights are taken relative to the youngest touch, which changes nothing after
        // normalisation but keeps 2^(-x) from underflowing to 0 for old paths. Each weight is
        // computed once (into the scratch array) and then divided by their sum.
        double youngest = Double.POSITIVE_INFINITY;
        for (int t = from; t < to; t++) {
            youngest = Math.min(youngest, ages[t]);
        }
        double sum = 0;
        for (int t = from; t < to; t++) {
            double w = Math.pow(2, -(ages[t] - youngest) / halfLifeSeconds);
            weights[t - from] = w;
            sum += w;
        }
        for (int t = from; t < to; t++) {
            credit(conv, value, touches[t], c, v, weights[t - from] / sum);
        }
    }

    private static int longest(int[] offsets) {
        int longest = 0;
        for (int p = 0; p + 1 < offsets.length; p++) {
            longest = Math.max(longest, offsets[p + 1] - offsets[p]);
        }
        return longest;
    }

    private static void credit(double[] conv, double[] value, int channel, double c, double v, double fraction) {
        conv[channel] += c * fraction;
        value[channel] += v * fraction;
    }

    @Override
    public String toString() {
        return name;
    }
}
