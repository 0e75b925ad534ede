package io.kpikit.attribution;

import io.kpikit.core.Checks;
import io.kpikit.core.Money;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Objects;

/**
 * Aggregated conversion paths: each path is a sequence of channels with its conversions,
 * conversion value and non-conversions ("nulls").
 *
 * <p>This is the input of every {@link AttributionModel}. Conversions and nulls are
 * non-negative weights and may be fractional; the conversion value is exact money in one
 * currency and must be zero on a path without conversions. A path may carry the age of each
 * touch (time from the touch to its conversion, in seconds) when it was built from journeys;
 * the time-decay model needs them.
 *
 * <p>Representation, so that models run over primitive arrays without allocating per path:
 * channels get dense int ids in order of first appearance; path {@code p} is
 * {@code touches[offsets[p]]} to {@code touches[offsets[p + 1] - 1]} in one flat {@code int[]}
 * (with touch ages, if any, in a parallel {@code double[]}); conversions, nulls and values (as
 * {@code double}) are parallel {@code double[]}s indexed by path; and the indices of the paths
 * with conversions are kept, since only those earn credit in the rule-based models. Path
 * strings are split in one pass over their characters, and a name seen before is recognised
 * without allocating. To build a large set, size the builder with
 * {@link #builder(Currency, int)}.
 *
 * <pre>{@code
 * PathSet paths = PathSet.builder(Currency.getInstance("CNY"))
 *         .add(List.of("Search", "Email"), 3, new BigDecimal("300.00"), 7)
 *         .add("Social > Search", " > ", 1, new BigDecimal("80.00"), 4)
 *         .build();
 * paths.totalConversions();   // 4.0
 * paths.totalValue();         // CNY 380.00
 * }</pre>
 *
 * <p>Path values must be whole minor units of the currency (a CNY value has at most two
 * decimal places; a finer value is rejected, never rounded), so {@link #totalValue()} is their
 * exact sum and attributed values add up to it exactly.
 *
 * <p>The accessors {@link #path(int)}, {@link #conversions(int)}, {@link #value(int)},
 * {@link #nulls(int)} and {@link #touchAges(int)} give back every path exactly as it was added
 * (channel names trimmed, values at the currency's scale), so adding them to a new builder in
 * order ({@link #builder(Currency)}, or {@link #builderWithTouchAges(Currency)} when
 * {@link #hasTouchAges()}) rebuilds an equal path set: that is how a stored path set is read
 * back.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PathSet implements Serializable {

    /** 3: the exact values of paths too large to recover from their double are part of the serial form. */
    private static final long serialVersionUID = 3L;
    /** The number of paths a builder has room for before it grows, unless told otherwise. */
    private static final int DEFAULT_CAPACITY = 16;
    /** The number of touches per path a builder has room for before it grows. */
    private static final int TOUCHES_PER_PATH = 8;

    private final List<String> channels;
    private final int[] offsets;
    private final int[] touches;
    private final double[] conversions;
    private final double[] nulls;
    private final double[] values;
    /** Age of each touch in seconds, parallel to {@code touches}, or null. */
    private final double[] ages;
    /** The indices of the paths with conversions, ascending; the rule-based models visit only these. */
    private final int[] convertingPaths;
    /**
     * The paths whose value has {@code 2^49} minor units or more, ascending, and their exact
     * values at the currency's scale: below that, {@link #value(int)} recovers a value exactly
     * from its {@code double} (see {@link Builder#addToTotal}); above, the double may be off.
     * Empty unless a path is worth more than about 5.6 trillion units of the currency.
     */
    private final int[] largeValuePaths;
    private final BigDecimal[] largeValues;
    private final double totalConversions;
    private final double totalNulls;
    private final Money totalValue;

    private PathSet(Builder b) {
        int n = b.size;
        int touchCount = b.offsets[n];
        this.channels = b.index.names();
        this.offsets = exactLength(b.offsets, n + 1);
        this.touches = exactLength(b.touches, touchCount);
        this.conversions = exactLength(b.conversions, n);
        this.nulls = exactLength(b.nulls, n);
        this.values = exactLength(b.values, n);
        this.ages = b.timed ? exactLength(b.ages, touchCount) : null;
        double conv = 0;
        double nul = 0;
        int converting = 0;
        for (int i = 0; i < n; i++) {
            conv += conversions[i];
            nul += nulls[i];
            converting += conversions[i] > 0 ? 1 : 0;
        }
        this.convertingPaths = new int[converting];
        for (int i = 0, k = 0; k < converting; i++) {
            if (conversions[i] > 0) {
                convertingPaths[k++] = i;
            }
        }
        this.totalConversions = conv;
        this.totalNulls = nul;
        this.totalValue = Money.of(b.totalValue(), b.currency).rounded(RoundingMode.UNNECESSARY);
        this.largeValuePaths = Arrays.copyOf(b.largePaths, b.largeCount);
        this.largeValues = Arrays.copyOf(b.largeAmounts, b.largeCount);
    }

    /**
     * Returns {@code a} itself when it has exactly {@code length} elements, else a copy of its
     * first {@code length}. Taking a builder's array is safe: the builder writes only past its
     * last path, so a full array is replaced by a larger copy before its next write.
     */
    private static int[] exactLength(int[] a, int length) {
        return a.length == length ? a : Arrays.copyOf(a, length);
    }

    private static double[] exactLength(double[] a, int length) {
        return a.length == length ? a : Arrays.copyOf(a, length);
    }

    /**
     * Returns a builder for paths whose value is in {@code currency}.
     *
     * @param currency the currency of the conversion values
     * @return an empty builder
     * @throws NullPointerException if {@code currency} is null
     */
    public static Builder builder(Currency currency) {
        return new Builder(Objects.requireNonNull(currency, "currency"), false, DEFAULT_CAPACITY);
    }

    /**
     * Returns a builder for about {@code expectedPaths} paths whose value is in
     * {@code currency}. Its arrays are sized for that many paths (and eight touches per path)
     * up front, so adding them does not grow the arrays; when exactly that many paths are added,
     * {@link Builder#build()} hands the per-path arrays to the path set without copying them.
     * Adding more or fewer paths is fine.
     *
     * @param currency the currency of the conversion values
     * @param expectedPaths the number of paths expected, {@code >= 0}
     * @return an empty builder
     * @throws IllegalArgumentException if {@code expectedPaths} is negative
     * @throws NullPointerException if {@code currency} is null
     */
    public static Builder builder(Currency currency, int expectedPaths) {
        Objects.requireNonNull(currency, "currency");
        Checks.nonNegative(expectedPaths, "expectedPaths");
        return new Builder(currency, false, expectedPaths);
    }

    /**
     * Returns a builder for paths that carry the age of every touch, in seconds, as paths built
     * from journeys do (the time-decay model needs them). Every path must be added with
     * {@link Builder#add(List, List, double, BigDecimal, double)}.
     *
     * <pre>{@code
     * // Search 2 days before the conversion, Email 1 hour before
     * PathSet timed = PathSet.builderWithTouchAges(Currency.getInstance("CNY"))
     *         .add(List.of("Search", "Email"), List.of(172800.0, 3600.0), 1, new BigDecimal("99.00"), 0)
     *         .build();
     * timed.touchAges(0);   // [172800.0, 3600.0]
     * }</pre>
     *
     * @param currency the currency of the conversion values
     * @return an empty builder whose paths carry touch ages
     * @throws NullPointerException if {@code currency} is null
     */
    public static Builder builderWithTouchAges(Currency currency) {
        return new Builder(Objects.requireNonNull(currency, "currency"), true, DEFAULT_CAPACITY);
    }

    /**
     * Returns the number of paths.
     *
     * @return the number of paths
     */
    public int size() {
        return offsets.length - 1;
    }

    /**
     * Returns the channel names; a channel's position is its id.
     *
     * @return the channels in order of first appearance
     */
    public List<String> channels() {
        return channels;
    }

    /**
     * Returns the channels of path {@code i} by name.
     *
     * @param i the path index
     * @return the channels along the path
     * @throws IndexOutOfBoundsException if {@code i} is not a path index
     */
    public List<String> path(int i) {
        Objects.checkIndex(i, size());
        List<String> out = new ArrayList<>(offsets[i + 1] - offsets[i]);
        for (int t = offsets[i]; t < offsets[i + 1]; t++) {
            out.add(channels.get(touches[t]));
        }
        return List.copyOf(out);
    }

    /**
     * Returns the conversions of path {@code i}.
     *
     * @param i the path index
     * @return the conversions (a non-negative weight)
     * @throws IndexOutOfBoundsException if {@code i} is not a path index
     */
    public double conversions(int i) {
        return conversions[Objects.checkIndex(i, size())];
    }

    /**
     * Returns the nulls (non-conversions) of path {@code i}.
     *
     * @param i the path index
     * @return the nulls (a non-negative weight)
     * @throws IndexOutOfBoundsException if {@code i} is not a path index
     */
    public double nulls(int i) {
        return nulls[Objects.checkIndex(i, size())];
    }

    /**
     * Returns the conversion value of path {@code i}, exactly as it was added, at the
     * currency's scale ({@code 300} added in CNY is {@code CNY 300.00}). The values of all
     * paths add up to {@link #totalValue()} exactly.
     *
     * @param i the path index
     * @return the value, zero on a path without conversions
     * @throws IndexOutOfBoundsException if {@code i} is not a path index
     */
    public Money value(int i) {
        Objects.checkIndex(i, size());
        int scale = totalValue.minorUnitScale();
        int large = Arrays.binarySearch(largeValuePaths, i);
        BigDecimal amount = large >= 0 ? largeValues[large]
                : BigDecimal.valueOf(Math.round(values[i] * Math.pow(10, scale)), scale);
        return Money.of(amount, totalValue.currency());
    }

    /**
     * Returns the age of every touch of path {@code i} (the time from the touch to the
     * conversion, in seconds; 0 on a path without conversions when built from journeys), in
     * the order of {@link #path(int)}.
     *
     * @param i the path index
     * @return one age per touch
     * @throws IllegalStateException if the paths carry no touch ages ({@link #hasTouchAges()})
     * @throws IndexOutOfBoundsException if {@code i} is not a path index
     */
    public List<Double> touchAges(int i) {
        Objects.checkIndex(i, size());
        if (ages == null) {
            throw new IllegalStateException("touch ages are not known: the paths were not built with touch ages");
        }
        List<Double> out = new ArrayList<>(offsets[i + 1] - offsets[i]);
        for (int t = offsets[i]; t < offsets[i + 1]; t++) {
            out.add(ages[t]);
        }
        return List.copyOf(out);
    }

    /**
     * Returns the total conversions over all paths.
     *
     * @return the total conversions
     */
    public double totalConversions() {
        return totalConversions;
    }

    /**
     * Returns the total nulls over all paths.
     *
     * @return the total nulls
     */
    public double totalNulls() {
        return totalNulls;
    }

    /**
     * Returns the total conversion value, the exact sum of the path values.
     *
     * @return the total value
     */
    public Money totalValue() {
        return totalValue;
    }

    /**
     * Returns whether the paths carry touch ages (they were built from journeys).
     *
     * @return whether touch ages are known
     */
    public boolean hasTouchAges() {
        return ages != null;
    }

    int[] offsets() {
        return offsets;
    }

    int[] touches() {
        return touches;
    }

    double[] conversionsArray() {
        return conversions;
    }

    int[] convertingPaths() {
        return convertingPaths;
    }

    double[] nullsArray() {
        return nulls;
    }

    double[] valuesArray() {
        return values;
    }

    double[] ages() {
        return ages;
    }

    @Override
    public boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        if (!(obj instanceof PathSet)) {
            return false;
        }
        PathSet o = (PathSet) obj;
        return channels.equals(o.channels) && Arrays.equals(offsets, o.offsets)
                && Arrays.equals(touches, o.touches) && Arrays.equals(conversions, o.conversions)
                && Arrays.equals(nulls, o.nulls) && Arrays.equals(values, o.values)
                && Arrays.equals(ages, o.ages) && totalValue.equals(o.totalValue)
                && totalValue.currency().equals(o.totalValue.currency())
                && Arrays.equals(largeValuePaths, o.largeValuePaths) && Arrays.equals(largeValues, o.largeValues);
    }

    @Override
    public int hashCode() {
        return Objects.hash(channels, Arrays.hashCode(touches), Arrays.hashCode(conversions), totalValue);
    }

    @Override
    public String toString() {
        return "PathSet[" + size() + " paths, " + channels.size() + " channels, conversions "
                + totalConversions + ", value " + totalValue + "]";
    }

    /**
     * Collects paths for a {@link PathSet}; validates each path as it is added. A builder made
     * by {@link PathSet#builderWithTouchAges(Currency)} takes paths with their touch ages
     * ({@link #add(List, List, double, BigDecimal, double)}) and no others; the other builders
     * take paths without.
     *
     * <p>This class is mutable and not thread-safe.
     */
    public static final class Builder {

        private final Currency currency;
        private final boolean timed;
        private final ChannelIndex index = new ChannelIndex();
        private final PathSplitter splitter = new PathSplitter(index);
        private final int minorUnitScale;
        /** {@code 10^minorUnitScale}. */
        private final double minorUnitsPerUnit;
        private int size;
        /** Path {@code p} has the touches {@code touches[offsets[p]]} to {@code touches[offsets[p + 1] - 1]}. */
        private int[] offsets;
        private int[] touches;
        private double[] ages;
        private double[] conversions;
        private double[] nulls;
        private double[] values;
        /**
         * The exact sum of the path values is {@code totalMinorUnits / 10^minorUnitScale +
         * totalValueRest}: values that are whole minor units are summed in the {@code long}
         * (see {@link #addToTotal}), the rest, and any overflow, in the {@code BigDecimal}.
         */
        private long totalMinorUnits;
        private BigDecimal totalValueRest = BigDecimal.ZERO;
        /** The paths added with touch ages; in a timed builder, all of them. */
        private int timedCount;
        /** Paths whose value has {@code 2^49} minor units or more, with the value (see {@link PathSet#value}). */
        private int largeCount;
        private int[] largePaths = new int[0];
        private BigDecimal[] largeAmounts = new BigDecimal[0];

        private Builder(Currency currency, boolean timed, int capacity) {
            this.currency = currency;
            this.timed = timed;
            this.minorUnitScale = Money.zero(currency).minorUnitScale();
            this.minorUnitsPerUnit = Math.pow(10, minorUnitScale);
            int touchCapacity = (int) Math.min((long) capacity * TOUCHES_PER_PATH, Integer.MAX_VALUE - 8);
            this.offsets = new int[capacity + 1];
            this.touches = new int[touchCapacity];
            this.ages = timed ? new double[touchCapacity] : null;
            this.conversions = new double[capacity];
            this.nulls = new double[capacity];
            this.values = new double[capacity];
        }

        /**
         * Adds a path given as channel names (each trimmed).
         *
         * @param channels the channels along the path, at least one, none blank
         * @param conversions the conversions, finite and {@code >= 0}
         * @param value the conversion value, {@code >= 0}, zero when there are no conversions
         * @param nulls the non-conversions, finite and {@code >= 0}
         * @return this builder
         * @throws IllegalArgumentException if the path is empty, a channel is blank, or a number
         *     is invalid; the message names the path by its index
         * @throws NullPointerException if an argument or a channel is null
         */
        public Builder add(List<String> channels, double conversions, BigDecimal value, double nulls) {
            Objects.requireNonNull(channels, "channels");
            checkNumbers(conversions, value, nulls);
            if (channels.isEmpty()) {
                throw new IllegalArgumentException("path must have at least one channel, was empty (path " + size + ")");
            }
            int start = offsets[size];
            ensureTouches(start + channels.size());
            int len = 0;
            for (String c : channels) {
                int id = index.intern(Objects.requireNonNull(c, "channel"));
                if (id < 0) {
                    throw new IllegalArgumentException("channel must not be blank, was \"" + c + "\" (path " + size + ")");
                }
                touches[start + len++] = id;
            }
            return commit(start + len, conversions, value, nulls);
        }

        /**
         * Adds a path given as channel names (each trimmed) with the age of each touch, to a
         * builder made by {@link PathSet#builderWithTouchAges(Currency)}.
         *
         * @param channels the channels along the path, at least one, none blank
         * @param touchAges the age of each touch in seconds, one per channel, finite and
         *     {@code >= 0}
         * @param conversions the conversions, finite and {@code >= 0}
         * @param value the conversion value, {@code >= 0}, zero when there are no conversions
         * @param nulls the non-conversions, finite and {@code >= 0}
         * @return this builder
         * @throws IllegalArgumentException if the path is empty, a channel is blank, the ages
         *     do not match the channels or one is invalid, or a number is invalid; the message
         *     names the path by its index
         * @throws IllegalStateException if the builder was not made for touch ages, or a path
         *     was added to it without them
         * @throws NullPointerException if an argument, a channel or an age is null
         */
        public Builder add(List<String> channels, List<Double> touchAges, double conversions, BigDecimal value,
                double nulls) {
            Objects.requireNonNull(channels, "channels");
            Objects.requireNonNull(touchAges, "touchAges");
            checkTimed();
            checkNumbers(conversions, value, nulls);
            if (channels.isEmpty()) {
                throw new IllegalArgumentException("path must have at least one channel, was empty (path " + size + ")");
            }
            if (touchAges.size() != channels.size()) {
                throw new IllegalArgumentException("touchAges must have one age per channel (" + channels.size()
                        + "), was " + touchAges.size() + " ages (path " + size + ")");
            }
            int start = offsets[size];
            ensureTouches(start + channels.size());
            for (int j = 0; j < channels.size(); j++) {
                String c = Objects.requireNonNull(channels.get(j), "channel");
                double age = Objects.requireNonNull(touchAges.get(j), "touchAge");
                if (!(age >= 0) || Double.isInfinite(age)) {
                    throw new IllegalArgumentException("touchAges[" + j + "] must be a finite number >= 0, was " + age
                            + " (path " + size + ")");
                }
                int id = index.intern(c);
                if (id < 0) {
                    throw new IllegalArgumentException("channel must not be blank, was \"" + c + "\" (path " + size + ")");
                }
                touches[start + j] = id;
                ages[start + j] = age;
            }
            timedCount++;
            return commit(start + channels.size(), conversions, value, nulls);
        }

        /**
         * Adds a path given as one string of channel names joined by {@code separator}, for
         * example {@code "Search > Email"} with separator {@code " > "}. The separator is matched
         * exactly, spaces included, so {@code " - "} splits {@code "e-mail - paid-search"} into
         * two channels; then each name is trimmed.
         *
         * @param path the channels joined by the separator
         * @param separator the separator, not empty
         * @param conversions the conversions, finite and {@code >= 0}
         * @param value the conversion value, {@code >= 0}, zero when there are no conversions
         * @param nulls the non-conversions, finite and {@code >= 0}
         * @return this builder
         * @throws IllegalArgumentException if the path or a channel name is blank, the separator
         *     is empty, or a number is invalid
         * @throws NullPointerException if an argument is null
         */
        public Builder add(CharSequence path, String separator, double conversions, BigDecimal value, double nulls) {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(separator, "separator");
            if (separator.isEmpty()) {
                throw new IllegalArgumentException("separator must not be empty, was \"\"");
            }
            checkNumbers(conversions, value, nulls);
            String s = path.toString();
            int start = offsets[size];
            ensureTouches(start + PathSplitter.maxNames(s.length(), separator.length()));
            return commit(splitter.split(s, separator, touches, start, size), conversions, value, nulls);
        }

        /** Adds a path of already interned ids with touch ages (journeys). */
        Builder addTimed(String[] names, double[] touchAges, int len, double conversions, BigDecimal value, double nulls) {
            checkTimed();
            checkNumbers(conversions, value, nulls);
            int start = offsets[size];
            ensureTouches(start + len);
            for (int i = 0; i < len; i++) {
                touches[start + i] = index.intern(names[i]);
                ages[start + i] = touchAges[i];
            }
            timedCount++;
            return commit(start + len, conversions, value, nulls);
        }

        /**
         * Returns the paths added so far.
         *
         * @return an immutable path set
         * @throws IllegalStateException if the builder was made for touch ages and a path was
         *     added to it without them
         */
        public PathSet build() {
            if (timed) {
                checkTimed();
            }
            return new PathSet(this);
        }

        /**
         * Checks that this builder takes touch ages and that every path so far came with them.
         * The methods that add a path without ages do not look (they are the hot path of
         * reading paths); a path they add to a timed builder is found here, by the next timed
         * add or by {@link #build()}: it is path {@code timedCount}, the first without ages.
         */
        private void checkTimed() {
            if (!timed) {
                throw new IllegalStateException("touch ages need a builder made by PathSet.builderWithTouchAges");
            }
            if (timedCount != size) {
                throw new IllegalStateException("every path of a builder with touch ages must be added with its ages,"
                        + " was added without (path " + timedCount + ")");
            }
        }

        private void checkNumbers(double conv, BigDecimal value, double nul) {
            Objects.requireNonNull(value, "value");
            if (!(conv >= 0) || Double.isInfinite(conv)) {
                throw new IllegalArgumentException("conversions must be a finite number >= 0, was " + conv + " (path " + size + ")");
            }
            if (!(nul >= 0) || Double.isInfinite(nul)) {
                throw new IllegalArgumentException("nulls must be a finite number >= 0, was " + nul + " (path " + size + ")");
            }
            if (value.signum() < 0) {
                throw new IllegalArgumentException("value must be >= 0, was " + value.toPlainString() + " (path " + size + ")");
            }
            if (value.scale() > minorUnitScale && value.stripTrailingZeros().scale() > minorUnitScale) {
                throw new IllegalArgumentException("value must have at most " + minorUnitScale + " decimal places in "
                        + currency.getCurrencyCode() + ", was " + value.toPlainString() + " (path " + size + ")");
            }
            if (conv == 0 && value.signum() != 0) {
                throw new IllegalArgumentException("value must be 0 on a path without conversions, was "
                        + value.toPlainString() + " (path " + size + ")");
            }
        }

        private void ensureTouches(int needed) {
            if (needed > touches.length) {
                int cap = (int) Math.min(Math.max(needed, touches.length * 2L), Integer.MAX_VALUE - 8);
                touches = Arrays.copyOf(touches, cap);
                if (timed) {
                    ages = Arrays.copyOf(ages, cap);
                }
            }
        }

        private Builder commit(int end, double conv, BigDecimal value, double nul) {
            if (size + 1 >= offsets.length) {
                offsets = Arrays.copyOf(offsets, Math.max(2, offsets.length * 2));
            }
            if (size == conversions.length) {
                int cap = Math.max(1, size * 2);
                conversions = Arrays.copyOf(conversions, cap);
                nulls = Arrays.copyOf(nulls, cap);
                values = Arrays.copyOf(values, cap);
            }
            double v = value.doubleValue();
            conversions[size] = conv;
            nulls[size] = nul;
            values[size] = v;
            addToTotal(value, v);
            size++;
            offsets[size] = end;
            return this;
        }

        /**
         * Adds a checked path value to the exact total. A value with at most
         * {@code minorUnitScale} decimals is a whole number {@code u} of minor units, and its
         * {@code double} times {@code 10^minorUnitScale} is {@code u} within a relative error
         * of about 2^-52 (one rounding in {@link BigDecimal#doubleValue()}, one in the product).
         * Below 2^49 minor units that error is under 1/8, so rounding gives {@code u} exactly
         * and the sum is kept in a {@code long}, moved to the {@code BigDecimal} before it
         * could overflow. Other values are added as {@code BigDecimal}s.
         */
        private void addToTotal(BigDecimal value, double asDouble) {
            double units = asDouble * minorUnitsPerUnit;
            if (value.scale() <= minorUnitScale && units < 0x1p49) {
                totalMinorUnits += Math.round(units);
                if (totalMinorUnits >= 1L << 62) {
                    totalValueRest = totalValueRest.add(BigDecimal.valueOf(totalMinorUnits, minorUnitScale));
                    totalMinorUnits = 0;
                }
            } else {
                totalValueRest = totalValueRest.add(value);
                if (!(units < 0x1p49)) {
                    keepLarge(value);
                }
            }
        }

        /** Keeps the exact value of the path being added, whose double may not give it back. */
        private void keepLarge(BigDecimal value) {
            if (largeCount == largePaths.length) {
                largePaths = Arrays.copyOf(largePaths, Math.max(4, largeCount * 2));
                largeAmounts = Arrays.copyOf(largeAmounts, largePaths.length);
            }
            largePaths[largeCount] = size;
            largeAmounts[largeCount++] = value.setScale(minorUnitScale, RoundingMode.UNNECESSARY);
        }

        private BigDecimal totalValue() {
            return BigDecimal.valueOf(totalMinorUnits, minorUnitScale).add(totalValueRest);
        }
    }
}
