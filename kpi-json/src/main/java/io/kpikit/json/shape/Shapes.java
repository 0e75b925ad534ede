package io.kpikit.json.shape;

import java.util.ArrayList;
import java.util.List;

/**
 * The shapes of kpikit's value and result types, one list per core package;
 * {@link io.kpikit.json.KpiModule} registers a serializer for each and a deserializer for each
 * readable one.
 *
 * <p>This class is a static utility; the shapes are immutable and thread-safe.
 */
public final class Shapes {

    private static final List<Shape<?>> ALL = collect();

    private Shapes() {
    }

    /**
     * Returns the shapes of every covered kpikit type, grouped by core package.
     *
     * @return the shapes, unmodifiable
     */
    public static List<Shape<?>> all() {
        return ALL;
    }

    private static List<Shape<?>> collect() {
        List<Shape<?>> all = new ArrayList<>();
        all.addAll(RoiShapes.all());
        all.addAll(AttainmentShapes.all());
        all.addAll(GrowthShapes.all());
        all.addAll(CustomerShapes.all());
        all.addAll(MarketShapes.all());
        all.addAll(BudgetShapes.all());
        all.addAll(FunnelShapes.all());
        all.addAll(StatsShapes.all());
        all.addAll(AttributionShapes.all());
        return List.copyOf(all);
    }
}
