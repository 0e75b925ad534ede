package io.kpikit.growth;

import io.kpikit.core.Ratio;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * How much each segment (product line, region, channel) contributed to the growth of a total.
 *
 * <p>Definitions, for segments {@code i} with previous values {@code p_i} and current values
 * {@code c_i}, and totals {@code P = sum p_i}, {@code C = sum c_i}:
 * <ul>
 *   <li>total growth {@code = (C - P) / |P|}, the relative change of {@link #total()};</li>
 *   <li>contribution of {@code i} {@code = (c_i - p_i) / |P|}, a {@link Ratio} with numerator
 *       {@code c_i - p_i} and denominator {@code |P|}.</li>
 * </ul>
 * Because every contribution has the same denominator, the contributions add up
 * <em>exactly</em> to the total growth rate: the numerators sum to {@code C - P} in exact
 * decimal arithmetic ({@link #sumOfContributions()} shows it).
 *
 * <p>Edge cases:
 * <ul>
 *   <li>a segment present in only one period counts as 0 in the other (a new product line
 *       contributes all its current value; a discontinued one subtracts all its previous
 *       value); {@link SegmentContribution#inPrevious()} and
 *       {@link SegmentContribution#inCurrent()} say which;</li>
 *   <li>a zero total base makes the total growth and every contribution undefined with the
 *       reason {@code "base is zero"};</li>
 *   <li>a negative total base follows the rule of {@link Change}: the denominator is
 *       {@code |P|}, and {@link #isNegativeBase()} flags it.</li>
 * </ul>
 *
 * <pre>{@code
 * // A 60 -> 80, B 40 -> 35: total 100 -> 115 = +15%
 * GrowthContribution g = GrowthContribution.between(
 *         Map.of("A", new BigDecimal("60"), "B", new BigDecimal("40")),
 *         Map.of("A", new BigDecimal("80"), "B", new BigDecimal("35")));
 * g.segment("A").get().contribution();   // 20/100 = +20%
 * g.segment("B").get().contribution();   // -5/100 = -5%
 * }</pre>
 *
 * <p>Segments are listed in the iteration order of {@code previous}, then the segments that
 * are only in {@code current}, in its iteration order; pass a {@link LinkedHashMap} for a
 * stable order.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class GrowthContribution implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Change total;
    private final List<SegmentContribution> segments;

    private GrowthContribution(Change total, List<SegmentContribution> segments) {
        this.total = total;
        this.segments = segments;
    }

    private static GrowthContribution create(Map<String, BigDecimal> previous, Map<String, BigDecimal> current) {
        Objects.requireNonNull(previous, "previous");
        Objects.requireNonNull(current, "current");
        Set<String> names = new LinkedHashSet<>(previous.keySet());
        names.addAll(current.keySet());
        BigDecimal previousTotal = BigDecimal.ZERO;
        BigDecimal currentTotal = BigDecimal.ZERO;
        for (String name : names) {
            Objects.requireNonNull(name, "segment");
            previousTotal = previousTotal.add(valueOf(previous, name, "previous"));
            currentTotal = currentTotal.add(valueOf(current, name, "current"));
        }
        List<SegmentContribution> segments = new ArrayList<>(names.size());
        for (String name : names) {
            Change change = Change.between(valueOf(previous, name, "previous"), valueOf(current, name, "current"));
            segments.add(new SegmentContribution(name, change, Growth.relative(change.difference(), previousTotal),
                    previous.containsKey(name), current.containsKey(name)));
        }
        return new GrowthContribution(Change.between(previousTotal, currentTotal), List.copyOf(segments));
    }

    private static BigDecimal valueOf(Map<String, BigDecimal> values, String name, String field) {
        if (!values.containsKey(name)) {
            return BigDecimal.ZERO;
        }
        return Objects.requireNonNull(values.get(name), field + " value of segment \"" + name + "\"");
    }

    /**
     * Returns the contribution of each segment to the growth of the total from
     * {@code previous} to {@code current}.
     *
     * @param previous the value of each segment in the earlier period
     * @param current the value of each segment in the later period
     * @return the contributions
     * @throws NullPointerException if a map, a segment name or a value is null
     */
    public static GrowthContribution between(Map<String, BigDecimal> previous, Map<String, BigDecimal> current) {
        return create(previous, current);
    }

    /**
     * Returns the change of the total; its relative change is the total growth rate.
     *
     * @return the change of the sum of all segments
     */
    public Change total() {
        return total;
    }

    /**
     * Returns whether the total base is negative, in which case every contribution was
     * divided by its absolute value.
     *
     * @return {@code true} if the previous total is negative
     */
    public boolean isNegativeBase() {
        return total.isNegativeBase();
    }

    /**
     * Returns the segments in the order described in the class documentation.
     *
     * @return the contribution of every segment
     */
    public List<SegmentContribution> segments() {
        return segments;
    }

    /**
     * Returns the contribution of one segment.
     *
     * @param name the segment name
     * @return the segment, or empty if it is in neither period
     * @throws NullPointerException if {@code name} is null
     */
    public Optional<SegmentContribution> segment(String name) {
        Objects.requireNonNull(name, "name");
        return segments.stream().filter(s -> s.segment().equals(name)).findFirst();
    }

    /**
     * Returns the sum of the contributions as one ratio: the sum of their numerators over
     * their common denominator {@code |P|}. It has the same numerator and denominator as the
     * total growth rate, {@code total().relative()}, which is the exactness guarantee.
     *
     * @return the summed contributions; undefined with {@code "base is zero"} when {@code P = 0}
     */
    public Ratio sumOfContributions() {
        BigDecimal sum = BigDecimal.ZERO;
        for (SegmentContribution s : segments) {
            sum = sum.add(s.contribution().numerator());
        }
        return Growth.relative(sum, total.previous());
    }

    /**
     * Returns whether {@code obj} is a contribution analysis with equal segments.
     *
     * @param obj the object to compare
     * @return {@code true} if equal
     */
    @Override
    public boolean equals(Object obj) {
        return this == obj || obj instanceof GrowthContribution && segments.equals(((GrowthContribution) obj).segments);
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return segments.hashCode();
    }

    /**
     * Returns a description listing the total and each segment's contribution.
     *
     * @return a short description
     */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder("growth ").append(total);
        for (SegmentContribution s : segments) {
            b.append("; ").append(s.segment()).append(' ').append(s.contribution());
        }
        return b.toString();
    }
}
