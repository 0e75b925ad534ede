package io.kpikit.budget;

import io.kpikit.core.Checks;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A target allocation mix: the intended share of each group, and how many percentage points
 * each actual share may deviate from it.
 *
 * <p>Shares are fractions in {@code [0, 1]} that sum to exactly 1; the tolerance is in
 * percentage points, in {@code [0, 100]}: the seeds' "80% to proven channels, 20% to
 * experiments, ±5 points" is
 * {@code MixTarget.of(Map.of("proven", new BigDecimal("0.80"), "experimental", new BigDecimal("0.20")),
 * BigDecimal.valueOf(5))}.
 * A group of the mix that the target does not name has a target of zero, so lines without the
 * tag ({@link AllocationMix#UNTAGGED}) fail a strict target unless it names them.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class MixTarget implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** Sorted by group. */
    private final Map<String, BigDecimal> shares;
    private final BigDecimal tolerancePoints;

    private MixTarget(Map<String, BigDecimal> shares, BigDecimal tolerancePoints) {
        this.shares = shares;
        this.tolerancePoints = tolerancePoints;
    }

    private static MixTarget create(Map<String, BigDecimal> input, BigDecimal tolerancePoints) {
        Objects.requireNonNull(input, "shares");
        Checks.nonNegative(tolerancePoints, "tolerance points");
        if (tolerancePoints.compareTo(HUNDRED) > 0) {
            throw new IllegalArgumentException("tolerance points must be <= 100, was " + tolerancePoints.toPlainString());
        }
        if (input.isEmpty()) {
            throw new IllegalArgumentException("shares must not be empty");
        }
        Map<String, BigDecimal> sorted = new TreeMap<>();
        for (Map.Entry<String, BigDecimal> e : input.entrySet()) {
            String group = Objects.requireNonNull(e.getKey(), "group");
            sorted.put(group, Objects.requireNonNull(e.getValue(), "share of \"" + group + "\""));
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (Map.Entry<String, BigDecimal> e : sorted.entrySet()) { // group order: deterministic messages
            String group = e.getKey();
            BigDecimal share = Checks.nonNegative(e.getValue(), "share of \"" + group + "\"");
            if (group.isBlank()) {
                throw new IllegalArgumentException("group must be non-blank, was \"" + group + "\"");
            }
            if (share.compareTo(BigDecimal.ONE) > 0) {
                throw new IllegalArgumentException("share of \"" + group + "\" must be <= 1, was " + share.toPlainString());
            }
            sum = sum.add(share);
        }
        if (sum.compareTo(BigDecimal.ONE) != 0) {
            throw new IllegalArgumentException("shares must sum to 1, was " + sum.toPlainString() + " " + sorted);
        }
        return new MixTarget(Collections.unmodifiableMap(sorted), tolerancePoints);
    }

    /**
     * Returns a target mix.
     *
     * @param shares the target share of each group, as fractions summing to exactly 1
     * @param tolerancePoints the allowed deviation of each share, in percentage points
     * @return the target
     * @throws IllegalArgumentException if a share is outside [0, 1], the shares do not sum to 1,
     *     there are none, a group is blank, or the tolerance is outside [0, 100]
     * @throws NullPointerException if an argument, a group or a share is null
     */
    public static MixTarget of(Map<String, BigDecimal> shares, BigDecimal tolerancePoints) {
        return create(shares, tolerancePoints);
    }

    /**
     * Returns the target shares, sorted by group.
     *
     * @return an unmodifiable map
     */
    public Map<String, BigDecimal> shares() {
        return shares;
    }

    /**
     * Returns the target share of a group.
     *
     * @param group the group
     * @return the share, zero when the target does not name the group
     * @throws NullPointerException if {@code group} is null
     */
    public BigDecimal share(String group) {
        return shares.getOrDefault(Objects.requireNonNull(group, "group"), BigDecimal.ZERO);
    }

    /**
     * Returns the tolerance in percentage points.
     *
     * @return the tolerance, in [0, 100]
     */
    public BigDecimal tolerancePoints() {
        return tolerancePoints;
    }

    /**
     * Returns the tolerance as a fraction: 5 points is 0.05.
     *
     * @return the tolerance fraction
     */
    BigDecimal toleranceFraction() {
        return tolerancePoints.movePointLeft(2);
    }

    /**
     * Returns whether {@code obj} is a target with equal shares and tolerance.
     *
     * @param obj the object to compare
     * @return {@code true} if equal
     */
    @Override
    public boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        if (!(obj instanceof MixTarget)) {
            return false;
        }
        MixTarget o = (MixTarget) obj;
        if (tolerancePoints.compareTo(o.tolerancePoints) != 0 || !shares.keySet().equals(o.shares.keySet())) {
            return false;
        }
        for (Map.Entry<String, BigDecimal> e : shares.entrySet()) {
            if (e.getValue().compareTo(o.shares.get(e.getKey())) != 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        int h = tolerancePoints.stripTrailingZeros().hashCode();
        for (Map.Entry<String, BigDecimal> e : shares.entrySet()) {
            h += e.getKey().hashCode() ^ e.getValue().stripTrailingZeros().hashCode();
        }
        return h;
    }

    /**
     * Returns the shares and tolerance, such as {@code "{experimental=0.20, proven=0.80} ± 5 pts"}.
     *
     * @return a short description
     */
    @Override
    public String toString() {
        return shares + " ± " + tolerancePoints.toPlainString() + " pts";
    }
}
