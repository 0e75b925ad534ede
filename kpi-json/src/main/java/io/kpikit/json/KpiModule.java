package io.kpikit.json;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.kpikit.budget.CategoryPath;
import io.kpikit.core.Direction;
import io.kpikit.core.Figure;
import io.kpikit.core.Money;
import io.kpikit.core.PointChange;
import io.kpikit.core.Ratio;
import io.kpikit.json.deser.CategoryPathDeserializer;
import io.kpikit.json.deser.DirectionDeserializer;
import io.kpikit.json.deser.FigureDeserializer;
import io.kpikit.json.deser.MoneyDeserializer;
import io.kpikit.json.deser.PointChangeDeserializer;
import io.kpikit.json.deser.RatioDeserializer;
import io.kpikit.json.deser.ShapeDeserializer;
import io.kpikit.json.ser.CategoryPathSerializer;
import io.kpikit.json.ser.DirectionSerializer;
import io.kpikit.json.ser.FigureSerializer;
import io.kpikit.json.ser.MoneySerializer;
import io.kpikit.json.ser.PointChangeSerializer;
import io.kpikit.json.ser.RatioSerializer;
import io.kpikit.json.ser.ShapeSerializer;
import io.kpikit.json.shape.Shape;
import io.kpikit.json.shape.Shapes;

/**
 * The Jackson module for kpikit: a serializer and a deserializer for the {@code io.kpikit.core}
 * value types {@link Money}, {@link Ratio}, {@link Figure}, {@link PointChange} and
 * {@link Direction}, and for the value and result types of the other core packages, each
 * described by a {@link Shape} ({@link Shapes#all()}).
 *
 * <p>Shapes, with the kpi-json README listing them all:
 * <pre>{@code
 * Money        {"amount": 9500000.00, "currency": "CNY"}
 * Ratio        {"value": 0.95, "numerator": 9500000.00, "denominator": 10000000.00}
 *              {"value": null, "numerator": 5, "denominator": 0, "reason": "division by zero: 5/0"}
 * Figure       {"value": 0.1}  or  {"value": null, "reason": "..."}
 * PointChange  {"before": <Ratio>, "after": <Ratio>, "points": <Ratio>, "relative": <Ratio>}
 * Direction    "HIGHER_IS_BETTER"
 * CategoryPath "online/feed-ads"
 * Roas         {"revenue": <Money>, "cost": <Money>, "ratio": <Ratio>, "notation": "1:4.2"}
 * }</pre>
 * A result is written as its inputs plus its headline derived figures; on reading, the inputs
 * go through the core factory and the derived figures given are checked against it; a result
 * of large inputs (an event funnel, an attribution) goes through core's {@code restore}
 * factory, which checks that the stored figures reconcile (a fitted Markov chain is written with
 * its fitted weights and solved again on reading). Every type has a serializer and a
 * deserializer: none is write-only.
 *
 * <p>The module is listed in {@code META-INF/services/com.fasterxml.jackson.databind.Module},
 * so {@code ObjectMapper.findAndRegisterModules()} finds it; {@link KpiJson#mapper()} adds it
 * to a mapper configured to reject hostile input. The deserializers are strict whatever the
 * mapper (see {@link io.kpikit.json.deser.KpiObjectDeserializer}).
 *
 * <pre>{@code
 * ObjectMapper mapper = new ObjectMapper().registerModule(new KpiModule());
 * mapper.writeValueAsString(Money.of("9500000.00", "CNY"));
 * // {"amount":9500000.00,"currency":"CNY"}
 * }</pre>
 *
 * <p>Instances are not meant to be shared across mappers while being configured; once
 * registered the module holds only immutable, thread-safe (de)serializers.
 */
public final class KpiModule extends SimpleModule {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the module with every kpikit core (de)serializer registered.
     */
    public KpiModule() {
        super(KpiModule.class.getName(), Version.unknownVersion());
        addSerializer(Money.class, MoneySerializer.INSTANCE);
        addDeserializer(Money.class, MoneyDeserializer.INSTANCE);
        addSerializer(Ratio.class, RatioSerializer.INSTANCE);
        addDeserializer(Ratio.class, RatioDeserializer.INSTANCE);
        addSerializer(Figure.class, FigureSerializer.INSTANCE);
        addDeserializer(Figure.class, FigureDeserializer.INSTANCE);
        addSerializer(PointChange.class, PointChangeSerializer.INSTANCE);
        addDeserializer(PointChange.class, PointChangeDeserializer.INSTANCE);
        addSerializer(Direction.class, DirectionSerializer.INSTANCE);
        addDeserializer(Direction.class, DirectionDeserializer.INSTANCE);
        addSerializer(CategoryPath.class, CategoryPathSerializer.INSTANCE);
        addDeserializer(CategoryPath.class, CategoryPathDeserializer.INSTANCE);
        for (Shape<?> shape : Shapes.all()) {
            register(shape);
        }
    }

    private <T> void register(Shape<T> shape) {
        addSerializer(shape.type(), new ShapeSerializer<>(shape));
        if (shape.isReadable()) {
            addDeserializer(shape.type(), new ShapeDeserializer<>(shape));
        }
    }
}
