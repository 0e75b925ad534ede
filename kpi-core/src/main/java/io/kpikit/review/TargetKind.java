package io.kpikit.review;

/**
 * How a KPI's target in a {@link ReviewDocument} is stated, and so what {@code base},
 * {@code target} and {@code actual} mean.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum TargetKind {

    /**
     * A level to reach: {@code target} and {@code actual} are levels (sales CNY 120,000,000,
     * CSAT 0.90); {@code base}, when given, is last period's level, for the change.
     */
    LEVEL,

    /**
     * Growth over a base ("+20%"): {@code base} is the base level, {@code target} the targeted
     * growth as a fraction ({@code 0.20}), {@code actual} the level reached. Both readings are
     * reported: level attainment {@code actual / (base × (1 + target))} and growth attainment
     * {@code ((actual − base) / base) / target}.
     */
    GROWTH,

    /**
     * A change of a share or rate in percentage points ("market share +5 pts"): {@code base}
     * and {@code actual} are the share before and after as fractions ({@code 0.20},
     * {@code 0.26}), {@code target} the targeted change in points ({@code 5}).
     */
    POINTS
}
