package io.kpikit.attainment;

import io.kpikit.core.Ratio;
import java.io.Serializable;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * One line of a {@link Scorecard}: a named KPI, its attainment rate, its weight and an optional
 * floor and cap on its score.
 *
 * <p>The score of the KPI is its attainment clamped to {@code [floor, cap]}: with a cap of 1.2, an
 * attainment of 150% scores 120%, so one runaway KPI cannot carry the scorecard; with a floor of
 * 0, a cost far over target (a negative attainment under
 * {@link AttainmentConvention#RELATIVE_GAP}) scores 0. Without them the attainment is the score.
 * The weight is checked here for being finite and non-negative; whether it must lie in
 * {@code [0, 1]} and sum to one with the others is up to {@link Scorecard}.
 *
 * <pre>{@code
 * ScorecardKpi sales = ScorecardKpi.of("sales", Ratio.of(150, 100), 0.6).withCap(1.2);
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ScorecardKpi implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String name;
    private final Ratio attainment;
    private final double weight;
    /** NaN when absent; never exposed. */
    private final double floor;
    /** NaN when absent; never exposed. */
    private final double cap;

    private ScorecardKpi(String name, Ratio attainment, double weight, double floor, double cap) {
        this.name = name;
        this.attainment = attainment;
        this.weight = weight;
        this.floor = floor;
        this.cap = cap;
    }

    private static ScorecardKpi create(String name, Ratio attainment, double weight, double floor, double cap) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(attainment, "attainment");
        if (name.isBlank()) {
            throw new IllegalArgumentException("name must not be blank, was \"" + name + "\"");
        }
        if (!Double.isFinite(weight) || weight < 0) {
            throw new IllegalArgumentException("weight must be a finite number >= 0, was " + weight + kpi(name));
        }
        if (!Double.isNaN(floor) && !Double.isNaN(cap) && floor > cap) {
            throw new IllegalArgumentException("floor must be <= cap (" + cap + "), was " + floor + kpi(name));
        }
        return new ScorecardKpi(name, attainment, weight, floor, cap);
    }

    static String kpi(String name) {
        return " (kpi \"" + name + "\")";
    }

    /**
     * Returns a KPI line without floor or cap.
     *
     * @param name the KPI name, unique within a scorecard
     * @param attainment the attainment rate, possibly undefined
     * @param weight the weight, finite and non-negative
     * @return the KPI line
     * @throws IllegalArgumentException if the name is blank or the weight is NaN, infinite or
     *     negative; the message names the KPI
     * @throws NullPointerException if an argument is null
     */
    public static ScorecardKpi of(String name, Ratio attainment, double weight) {
        return create(name, attainment, weight, Double.NaN, Double.NaN);
    }

    /**
     * Returns a KPI line for an {@link Attainment}, without floor or cap.
     *
     * @param name the KPI name, unique within a scorecard
     * @param attainment the attainment; its ratio is used
     * @param weight the weight, finite and non-negative
     * @return the KPI line
     * @throws IllegalArgumentException as {@link #of(String, Ratio, double)}
     * @throws NullPointerException if an argument is null
     */
    public static ScorecardKpi of(String name, Attainment attainment, double weight) {
        return of(name, Objects.requireNonNull(attainment, "attainment").ratio(), weight);
    }

    /**
     * Returns a copy whose score is at most {@code cap}.
     *
     * @param cap the highest score, as a rate ({@code 1.2} for 120%)
     * @return the capped KPI line
     * @throws IllegalArgumentException if {@code cap} is NaN or infinite, or below the floor
     */
    public ScorecardKpi withCap(double cap) {
        if (!Double.isFinite(cap)) {
            throw new IllegalArgumentException("cap must be a finite number, was " + cap + kpi(name));
        }
        return create(name, attainment, weight, floor, cap);
    }

    /**
     * Returns a copy whose score is at least {@code floor}.
     *
     * @param floor the lowest score, as a rate ({@code 0} for 0%)
     * @return the floored KPI line
     * @throws IllegalArgumentException if {@code floor} is NaN or infinite, or above the cap
     */
    public ScorecardKpi withFloor(double floor) {
        if (!Double.isFinite(floor)) {
            throw new IllegalArgumentException("floor must be a finite number, was " + floor + kpi(name));
        }
        return create(name, attainment, weight, floor, cap);
    }

    /**
     * Returns the KPI name.
     *
     * @return the name
     */
    public String name() {
        return name;
    }

    /**
     * Returns the attainment rate.
     *
     * @return the attainment, possibly undefined
     */
    public Ratio attainment() {
        return attainment;
    }

    /**
     * Returns the weight as given.
     *
     * @return the weight
     */
    public double weight() {
        return weight;
    }

    /**
     * Returns the floor of the score.
     *
     * @return the floor, or empty when there is none
     */
    public OptionalDouble floor() {
        return Double.isNaN(floor) ? OptionalDouble.empty() : OptionalDouble.of(floor);
    }

    /**
     * Returns the cap of the score.
     *
     * @return the cap, or empty when there is none
     */
    public OptionalDouble cap() {
        return Double.isNaN(cap) ? OptionalDouble.empty() : OptionalDouble.of(cap);
    }

    /**
     * Returns {@code "sales: 150/100 = 1.5, weight 0.6, cap 1.2"}.
     *
     * @return a short description
     */
    @Override
    public String toString() {
        return name + ": " + attainment + ", weight " + weight
                + (Double.isNaN(floor) ? "" : ", floor " + floor) + (Double.isNaN(cap) ? "" : ", cap " + cap);
    }
}
