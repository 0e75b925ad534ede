package io.kpikit.attribution;

import io.kpikit.core.Money;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Currency;
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
 * <p>Values: a conversion value must be a whole number of the currency's minor units (at most
 * two decimal places in CNY, the rule of {@link PathSet}) that fits a {@code long}; a finer
 * value ({@code CNY 0.001}) is rejected when it is added, never rounded. The scale a value was
 * given with is kept for {@link Journeys#unattributedValue()} (the exact sum of the
 * unattributed values, at the largest of their scales, 0 when there are none).
 *
 * <p>Cost: the accumulator keeps every event until {@link #result()}, as columns of primitives
 * in blocks of 4,096 events that are never copied (20 bytes per touch, 25 per conversion), with
 * users and channels interned to dense ids in primitive hash tables. {@link #addTouch} and
 * {@link #addConversion} (and the record forms, which call them) allocate nothing for a known
 * user and channel, except a new block every 4,096 events. {@link #result()} ranks users and
 * channels by name once, groups the events by user with a counting sort and sorts each user's
 * events with a primitive sort: {@code O(n + users log users + n log k)} for {@code n} events
 * and at most {@code k} events per user.
 *
 * <p>This class is mutable and not thread-safe.
 */
public final class JourneyAccumulator implements Serializable {

    /** 2: events in primitive blocks, conversion values in minor units, users and channels in {@link StringIds}. */
    private static final long serialVersionUID = 2L;
    private static final long MIN_SECOND = Instant.MIN.getEpochSecond();
    private static final long MAX_SECOND = Instant.MAX.getEpochSecond();
    private static final int NANOS_PER_SECOND = 1_000_000_000;
    /** Below this many minor units a value converts exactly through a {@code double}, see {@link #minorUnits}. */
    private static final double EXACT_UNITS = 0x1p49;

    private final Duration lookback;
    private final Currency currency;
    private final int minorUnitScale;
    /** {@code 10^minorUnitScale}. */
    private final double minorUnitsPerUnit;
    private final StringIds users = new StringIds();
    /** Channel names, trimmed. */
    private final StringIds channels = new StringIds();
    private final JourneyEvents events = new JourneyEvents();

    /**
     * Creates an empty accumulator.
     *
     * @param lookback how far before a conversion touches still count, {@code >= 0}
     * @param currency the currency of the conversion values; it must have a minor unit
     * @throws IllegalArgumentException if {@code lookback} is negative, or the currency has no
     *     minor unit (such as XAU)
     * @throws NullPointerException if an argument is null
     */
    public JourneyAccumulator(Duration lookback, Currency currency) {
        this.lookback = Objects.requireNonNull(lookback, "lookback");
        this.currency = Objects.requireNonNull(currency, "currency");
        if (lookback.isNegative()) {
            throw new IllegalArgumentException("lookback must be >= 0, was " + lookback);
        }
        this.minorUnitScale = currency.getDefaultFractionDigits();
        if (minorUnitScale < 0) {
            throw new IllegalArgumentException("currency must have a minor unit, was " + currency.getCurrencyCode());
        }
        this.minorUnitsPerUnit = Math.pow(10, minorUnitScale);
    }

    /**
     * Adds a touchpoint; the same as {@link #addTouch(String, String, long, int)} with its
     * fields.
     *
     * @param touch the touch
     * @throws IllegalArgumentException if the channel is blank once trimmed with
     *     {@link String#trim()} (a name of control characters only)
     * @throws NullPointerException if {@code touch} is null
     */
    public void add(Touchpoint touch) {
        Objects.requireNonNull(touch, "touch");
        Instant time = touch.time();
        addTouch(touch.user(), touch.channel(), time.getEpochSecond(), time.getNano());
    }

    /**
     * Adds a touch given by its fields, without a {@link Touchpoint}: the user saw or clicked
     * {@code channel} at the instant {@code epochSecond} seconds and {@code nanos} nanoseconds
     * after 1970-01-01T00:00:00Z (as {@link Instant#ofEpochSecond(long, long)}). Allocates
     * nothing for a user and channel seen before.
     *
     * @param user the user id
     * @param channel the channel name, trimmed with {@link String#trim()}; not blank
     * @param epochSecond the seconds of the instant, in the range of {@link Instant}
     * @param nanos the nanoseconds within the second, in {@code [0, 999999999]}
     * @throws IllegalArgumentException if the channel is blank once trimmed, or the time is out
     *     of range; the message names the field, the value and the user
     * @throws NullPointerException if {@code user} or {@code channel} is null
     */
    public void addTouch(String user, String channel, long epochSecond, int nanos) {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(channel, "channel");
        String name = channel.trim();
        if (name.isBlank()) {
            throw new IllegalArgumentException("channel must not be blank, was \"" + channel + "\" (user \"" + user + "\")");
        }
        checkTime(user, epochSecond, nanos);
        events.addTouch(users.intern(user), channels.intern(name), epochSecond, nanos);
    }

    /**
     * Adds a conversion; the same as {@link #addConversion(String, long, int, long)} with its
     * fields and its value in minor units, except that the scale of the value is kept for
     * {@link Journeys#unattributedValue()}.
     *
     * @param conversion the conversion
     * @throws io.kpikit.core.CurrencyMismatchException if its value is in another currency
     * @throws IllegalArgumentException if its value has more decimal places than the currency's
     *     minor unit ({@code "value must have at most 2 decimal places in CNY, was 0.001 (user
     *     \"u1\")"}), or its minor units do not fit a {@code long}
     * @throws NullPointerException if {@code conversion} is null
     */
    public void add(Conversion conversion) {
        Objects.requireNonNull(conversion, "conversion");
        Money value = conversion.value();
        if (!value.currency().equals(currency)) {
            Money.zero(currency).checkSameCurrency(value);
        }
        BigDecimal amount = value.amount();
        Instant time = conversion.time();
        record(conversion.user(), time.getEpochSecond(), time.getNano(), minorUnits(amount, conversion.user()),
                Math.max(0, amount.scale()));
    }

    /**
     * Adds a conversion given by its fields, without a {@link Conversion}: the user converted at
     * the instant {@code epochSecond} seconds and {@code nanos} nanoseconds after
     * 1970-01-01T00:00:00Z, worth {@code valueMinorUnits} minor units of the accumulator's
     * currency ({@code 9900} for CNY 99.00). Allocates nothing for a user seen before.
     *
     * @param user the user id
     * @param epochSecond the seconds of the instant, in the range of {@link Instant}
     * @param nanos the nanoseconds within the second, in {@code [0, 999999999]}
     * @param valueMinorUnits the conversion value in minor units, {@code >= 0}
     * @throws IllegalArgumentException if the value is negative or the time is out of range;
     *     the message names the field, the value and the user
     * @throws NullPointerException if {@code user} is null
     */
    public void addConversion(String user, long epochSecond, int nanos, long valueMinorUnits) {
        Objects.requireNonNull(user, "user");
        if (valueMinorUnits < 0) {
            throw new IllegalArgumentException("valueMinorUnits must be >= 0, was " + valueMinorUnits
                    + " (user \"" + user + "\")");
        }
        record(user, epochSecond, nanos, valueMinorUnits, minorUnitScale);
    }

    private void record(String user, long epochSecond, int nanos, long units, int scale) {
        checkTime(user, epochSecond, nanos);
        events.addConversion(users.intern(user), epochSecond, nanos, units, scale);
    }

    private static void checkTime(String user, long epochSecond, int nanos) {
        if (epochSecond < MIN_SECOND || epochSecond > MAX_SECOND) {
            throw new IllegalArgumentException("epochSecond must be in [" + MIN_SECOND + ", " + MAX_SECOND + "], was "
                    + epochSecond + " (user \"" + user + "\")");
        }
        if (nanos < 0 || nanos >= NANOS_PER_SECOND) {
            throw new IllegalArgumentException("nanos must be in [0, 999999999], was " + nanos + " (user \"" + user
                    + "\")");
        }
    }

    /**
     * Returns a non-negative amount as an exact number of minor units. An amount with at most
     * {@code minorUnitScale} decimals is a whole number {@code u} of minor units, and its
     * {@code double} times {@code 10^minorUnitScale} is {@code u} within a relative error of
     * about 2^-52 (one rounding in {@link BigDecimal#doubleValue()}, one in the product): below
     * 2^49 units that error is under 1/8, so rounding gives {@code u} exactly, without
     * allocating (the argument of {@code PathSet.Builder.addToTotal}). Other amounts go through
     * {@link BigDecimal#movePointRight(int)}.
     */
    private long minorUnits(BigDecimal amount, String user) {
        if (amount.scale() <= minorUnitScale) {
            double units = amount.doubleValue() * minorUnitsPerUnit;
            if (units < EXACT_UNITS) {
                return Math.round(units);
            }
        }
        BigDecimal units = amount.movePointRight(minorUnitScale);
        if (units.stripTrailingZeros().scale() > 0) {
            throw new IllegalArgumentException("value must have at most " + minorUnitScale + " decimal places in "
                    + currency.getCurrencyCode() + ", was " + amount.toPlainString() + " (user \"" + user + "\")");
        }
        if (units.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0) {
            throw new IllegalArgumentException("value must be at most "
                    + BigDecimal.valueOf(Long.MAX_VALUE, minorUnitScale).toPlainString() + " in "
                    + currency.getCurrencyCode() + ", was " + amount.toPlainString() + " (user \"" + user + "\")");
        }
        return units.longValueExact();
    }

    /**
     * Adds every event of {@code other} to this accumulator; {@code other} is unchanged.
     * Merging an accumulator into itself counts its events twice.
     *
     * @param other another accumulator with the same lookback and currency
     * @throws IllegalArgumentException if the lookback or currency differ
     * @throws IllegalStateException if the touches or the conversions would exceed
     *     2,147,479,552; nothing is merged
     * @throws NullPointerException if {@code other} is null
     */
    public void merge(JourneyAccumulator other) {
        Objects.requireNonNull(other, "other");
        if (!other.lookback.equals(lookback) || !other.currency.equals(currency)) {
            throw new IllegalArgumentException("other must have lookback " + lookback + " and currency " + currency
                    + ", was " + other.lookback + " and " + other.currency);
        }
        JourneyEvents from = other.events;
        int touches = from.touchCount();
        int conversions = from.conversionCount();
        if ((long) events.touchCount() + touches > JourneyEvents.MAX_EVENTS
                || (long) events.conversionCount() + conversions > JourneyEvents.MAX_EVENTS) {
            throw new IllegalStateException("touches and conversions must each be at most " + JourneyEvents.MAX_EVENTS
                    + " per accumulator, was " + ((long) events.touchCount() + touches) + " and "
                    + ((long) events.conversionCount() + conversions));
        }
        int[] userIds = intern(other.users, users);
        int[] channelIds = intern(other.channels, channels);
        for (int t = 0; t < touches; t++) {
            events.addTouch(userIds[from.touchUser(t)], channelIds[from.touchChannel(t)], from.touchSecond(t),
                    from.touchNano(t));
        }
        for (int c = 0; c < conversions; c++) {
            events.addConversion(userIds[from.conversionUser(c)], from.conversionSecond(c), from.conversionNano(c),
                    from.conversionUnits(c), from.conversionScale(c));
        }
    }

    /** Returns, for each id of {@code from}, the id of the same string in {@code to}. */
    private static int[] intern(StringIds from, StringIds to) {
        int[] ids = new int[from.size()];
        for (int id = 0; id < ids.length; id++) {
            ids[id] = to.intern(from.name(id));
        }
        return ids;
    }

    /**
     * Builds the paths from the events added so far; the accumulator is unchanged and can take
     * more events.
     *
     * @return the paths and the unattributed conversions
     */
    public Journeys result() {
        int userCount = users.size();
        int[] userRank = users.ranks();
        int[] touchStart = new int[userCount + 1];
        int[] touches = events.orderTouches(userRank, channels.ranks(), touchStart);
        int[] convStart = new int[userCount + 1];
        int[] convs = events.orderConversions(userRank, convStart);
        long lookbackSeconds = lookback.getSeconds();
        int lookbackNanos = lookback.getNano();
        PathSet.Builder builder = PathSet.builderWithTouchAges(currency);
        String[] names = new String[16];
        double[] ages = new double[16];
        long unattributed = 0;
        long unattributedUnits = 0;
        BigDecimal unattributedRest = BigDecimal.ZERO;
        int unattributedScale = 0;
        for (int r = 0; r < userCount; r++) {
            int t = touchStart[r];
            int tEnd = touchStart[r + 1];
            boolean shared = false;
            long sharedSecond = 0;
            int sharedNano = 0;
            int sharedLen = 0;
            for (int c = convStart[r]; c < convStart[r + 1]; c++) {
                int ci = convs[c];
                long second = events.conversionSecond(ci);
                int nano = events.conversionNano(ci);
                // a conversion at the same instant as the previous one reuses its touches
                int len = shared && second == sharedSecond && nano == sharedNano ? sharedLen : 0;
                for (; t < tEnd; t++) {
                    int ti = touches[t];
                    // the age, conversion time − touch time, normalised as Duration.between does
                    long ageSeconds = second - events.touchSecond(ti);
                    int ageNanos = nano - events.touchNano(ti);
                    if (ageNanos < 0) {
                        ageSeconds--;
                        ageNanos += NANOS_PER_SECOND;
                    }
                    if (ageSeconds < 0) {
                        break; // the touch is after the conversion
                    }
                    if (ageSeconds > lookbackSeconds || ageSeconds == lookbackSeconds && ageNanos > lookbackNanos) {
                        continue; // older than the window: discarded
                    }
                    if (len == names.length) {
                        names = Arrays.copyOf(names, len * 2);
                        ages = Arrays.copyOf(ages, len * 2);
                    }
                    names[len] = channels.name(events.touchChannel(ti));
                    ages[len++] = ageSeconds + ageNanos / 1e9;
                }
                shared = true;
                sharedSecond = second;
                sharedNano = nano;
                sharedLen = len;
                long units = events.conversionUnits(ci);
                if (len > 0) {
                    builder.addTimed(names, ages, len, 1, BigDecimal.valueOf(units, minorUnitScale), 0);
                    continue;
                }
                unattributed++;
                if (unattributedUnits > Long.MAX_VALUE - units) {
                    unattributedRest = unattributedRest.add(BigDecimal.valueOf(unattributedUnits, minorUnitScale));
                    unattributedUnits = 0;
                }
                unattributedUnits += units;
                unattributedScale = Math.max(unattributedScale, events.conversionScale(ci));
            }
            int len = 0;
            for (; t < tEnd; t++) {
                if (len == names.length) {
                    names = Arrays.copyOf(names, len * 2);
                    ages = Arrays.copyOf(ages, len * 2);
                }
                ages[len] = 0;
                names[len++] = channels.name(events.touchChannel(touches[t]));
            }
            if (len > 0) {
                builder.addTimed(names, ages, len, 0, BigDecimal.ZERO, 1);
            }
        }
        // every unattributed value has at most unattributedScale decimals, so the scale is exact
        BigDecimal value = BigDecimal.valueOf(unattributedUnits, minorUnitScale).add(unattributedRest)
                .setScale(unattributedScale, RoundingMode.UNNECESSARY);
        return new Journeys(builder.build(), unattributed, Money.of(value, currency));
    }
}
