package io.kpikit.attribution;

import io.kpikit.core.Money;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Collects raw touchpoints and conversions and turns them into conversion paths.
 *
 * <p>For each user, touches and conversions are ordered by time. Each conversion at time
 * {@code t} gets one path: the user's touches with time in {@code (t_prev, t]} and not older
 * than {@code t − lookback}, where {@code t_prev} is the user's previous conversion at an
 * earlier instant (a touch is used by one conversion only, except that conversions at the same
 * instant share one window: each gets its own path with the same touches). The path has 1 conversion, the conversion's value, and the age
 * {@code t − touch time} of every touch (for {@link RuleBasedModel#timeDecay()}). Touches
 * dropped by the window are discarded. The touches of a user after their last conversion
 * (all of them, for a user who never converts) form one null path: 0 conversions, 1 null. A
 * conversion with no touch in its window is counted in
 * {@link Journeys#unattributedConversions()}.
 *
 * <p>Ties: touches at the same instant are ordered by channel name, conversions at the same
 * instant by value. Users are emitted in order of their ids (string order), so the result
 * depends only on the events, never on the order they were added or how they were split:
 * merging accumulators built per partition (by user or otherwise) equals one pass.
 *
 * <pre>{@code
 * JourneyAccumulator acc = new JourneyAccumulator(Duration.ofDays(30), Currency.getInstance("CNY"));
 * acc.add(new Touchpoint("u1", "Search", day1));
 * acc.add(new Touchpoint("u1", "Email", day3));
 * acc.add(new Conversion("u1", day4, Money.parse("CNY 99.00")));
 * acc.result().paths().path(0);   // [Search, Email]
 * }</pre>
 *
 * <p>Per record the accumulator stores primitive arrays indexed by dense user and channel
 * ids. This class is mutable and not thread-safe.
 */
public final class JourneyAccumulator implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Duration lookback;
    private final Currency currency;
    private final Map<String, Integer> userIds = new HashMap<>();
    private final List<String> users = new ArrayList<>();
    private final Map<String, Integer> channelIds = new HashMap<>();
    private final List<String> channels = new ArrayList<>();
    private int touchCount;
    private int[] touchUser = new int[16];
    private int[] touchChannel = new int[16];
    private long[] touchSecond = new long[16];
    private int[] touchNano = new int[16];
    private int conversionCount;
    private int[] convUser = new int[16];
    private long[] convSecond = new long[16];
    private int[] convNano = new int[16];
    private BigDecimal[] convValue = new BigDecimal[16];

    /**
     * Creates an empty accumulator.
     *
     * @param lookback how far before a conversion touches still count, {@code >= 0}
     * @param currency the currency of the conversion values
     * @throws IllegalArgumentException if {@code lookback} is negative
     * @throws NullPointerException if an argument is null
     */
    public JourneyAccumulator(Duration lookback, Currency currency) {
        this.lookback = Objects.requireNonNull(lookback, "lookback");
        this.currency = Objects.requireNonNull(currency, "currency");
        if (lookback.isNegative()) {
            throw new IllegalArgumentException("lookback must be >= 0, was " + lookback);
        }
    }

    /**
     * Adds a touchpoint.
     *
     * @param touch the touch
     * @throws NullPointerException if {@code touch} is null
     */
    public void add(Touchpoint touch) {
        Objects.requireNonNull(touch, "touch");
        addTouch(user(touch.user()), channel(touch.channel().trim()), touch.time().getEpochSecond(), touch.time().getNano());
    }

    /**
     * Adds a conversion.
     *
     * @param conversion the conversion
     * @throws io.kpikit.core.CurrencyMismatchException if its value is in another currency
     * @throws NullPointerException if {@code conversion} is null
     */
    public void add(Conversion conversion) {
        Objects.requireNonNull(conversion, "conversion");
        Money.zero(currency).checkSameCurrency(conversion.value());
        addConversion(user(conversion.user()), conversion.time().getEpochSecond(), conversion.time().getNano(),
                conversion.value().amount());
    }

    /**
     * Adds every event of {@code other} to this accumulator; {@code other} is unchanged.
     *
     * @param other another accumulator with the same lookback and currency
     * @throws IllegalArgumentException if the lookback or currency differ
     * @throws NullPointerException if {@code other} is null
     */
    public void merge(JourneyAccumulator other) {
        Objects.requireNonNull(other, "other");
        if (!other.lookback.equals(lookback) || !other.currency.equals(currency)) {
            throw new IllegalArgumentException("other must have lookback " + lookback + " and currency " + currency
                    + ", was " + other.lookback + " and " + other.currency);
        }
        int touches = other.touchCount;
        int conversions = other.conversionCount;
        for (int i = 0; i < touches; i++) {
            addTouch(user(other.users.get(other.touchUser[i])), channel(other.channels.get(other.touchChannel[i])),
                    other.touchSecond[i], other.touchNano[i]);
        }
        for (int i = 0; i < conversions; i++) {
            addConversion(user(other.users.get(other.convUser[i])), other.convSecond[i], other.convNano[i],
                    other.convValue[i]);
        }
    }

    /**
     * Builds the paths from the events added so far.
     *
     * @return the paths and the unattributed conversions
     */
    public Journeys result() {
        Integer[] touches = order(touchCount, Comparator.<Integer, String>comparing(i -> users.get(touchUser[i]))
                .thenComparingLong(i -> touchSecond[i]).thenComparingInt(i -> touchNano[i])
                .thenComparing(i -> channels.get(touchChannel[i])));
        Integer[] convs = order(conversionCount, Comparator.<Integer, String>comparing(i -> users.get(convUser[i]))
                .thenComparingLong(i -> convSecond[i]).thenComparingInt(i -> convNano[i])
                .thenComparing(i -> convValue[i]));
        PathSet.Builder builder = PathSet.builderWithTouchAges(currency);
        String[] names = new String[16];
        double[] ages = new double[16];
        long unattributed = 0;
        BigDecimal unattributedValue = BigDecimal.ZERO;
        int t = 0;
        int c = 0;
        while (t < touches.length || c < convs.length) {
            String user = t < touches.length
                    ? (c < convs.length && users.get(convUser[convs[c]]).compareTo(users.get(touchUser[touches[t]])) < 0
                            ? users.get(convUser[convs[c]]) : users.get(touchUser[touches[t]]))
                    : users.get(convUser[convs[c]]);
            Instant shared = null;
            int sharedLen = 0;
            while (c < convs.length && users.get(convUser[convs[c]]).equals(user)) {
                int ci = convs[c++];
                Instant at = Instant.ofEpochSecond(convSecond[ci], convNano[ci]);
                Instant windowStart = at.minus(lookback);
                // a conversion at the same instant as the previous one reuses its touches
                int len = at.equals(shared) ? sharedLen : 0;
                while (t < touches.length && users.get(touchUser[touches[t]]).equals(user)
                        && !time(touches[t]).isAfter(at)) {
                    int ti = touches[t++];
                    Instant when = time(ti);
                    if (when.isBefore(windowStart)) {
                        continue;
                    }
                    if (len == names.length) {
                        names = Arrays.copyOf(names, len * 2);
                        ages = Arrays.copyOf(ages, len * 2);
                    }
                    names[len] = channels.get(touchChannel[ti]);
                    Duration age = Duration.between(when, at);
                    ages[len++] = age.getSeconds() + age.getNano() / 1e9;
                }
                shared = at;
                sharedLen = len;
                if (len == 0) {
                    unattributed++;
                    unattributedValue = unattributedValue.add(convValue[ci]);
                } else {
                    builder.addTimed(names, ages, len, 1, convValue[ci], 0);
                }
            }
            int len = 0;
            while (t < touches.length && users.get(touchUser[touches[t]]).equals(user)) {
                if (len == names.length) {
                    names = Arrays.copyOf(names, len * 2);
                    ages = Arrays.copyOf(ages, len * 2);
                }
                ages[len] = 0;
                names[len++] = channels.get(touchChannel[touches[t++]]);
            }
            if (len > 0) {
                builder.addTimed(names, ages, len, 0, BigDecimal.ZERO, 1);
            }
        }
        return new Journeys(builder.build(), unattributed, Money.of(unattributedValue, currency));
    }

    private Instant time(int touch) {
        return Instant.ofEpochSecond(touchSecond[touch], touchNano[touch]);
    }

    private static Integer[] order(int n, Comparator<Integer> comparator) {
        Integer[] idx = new Integer[n];
        for (int i = 0; i < n; i++) {
            idx[i] = i;
        }
        Arrays.sort(idx, comparator);
        return idx;
    }

    private int user(String id) {
        Integer known = userIds.get(id);
        if (known != null) {
            return known;
        }
        userIds.put(id, users.size());
        users.add(id);
        return users.size() - 1;
    }

    private int channel(String name) {
        Integer known = channelIds.get(name);
        if (known != null) {
            return known;
        }
        channelIds.put(name, channels.size());
        channels.add(name);
        return channels.size() - 1;
    }

    private void addTouch(int user, int channel, long second, int nano) {
        if (touchCount == touchUser.length) {
            int cap = touchCount * 2;
            touchUser = Arrays.copyOf(touchUser, cap);
            touchChannel = Arrays.copyOf(touchChannel, cap);
            touchSecond = Arrays.copyOf(touchSecond, cap);
            touchNano = Arrays.copyOf(touchNano, cap);
        }
        touchUser[touchCount] = user;
        touchChannel[touchCount] = channel;
        touchSecond[touchCount] = second;
        touchNano[touchCount++] = nano;
    }

    private void addConversion(int user, long second, int nano, BigDecimal value) {
        if (conversionCount == convUser.length) {
            int cap = conversionCount * 2;
            convUser = Arrays.copyOf(convUser, cap);
            convSecond = Arrays.copyOf(convSecond, cap);
            convNano = Arrays.copyOf(convNano, cap);
            convValue = Arrays.copyOf(convValue, cap);
        }
        convUser[conversionCount] = user;
        convSecond[conversionCount] = second;
        convNano[conversionCount] = nano;
        convValue[conversionCount++] = value;
    }
}
