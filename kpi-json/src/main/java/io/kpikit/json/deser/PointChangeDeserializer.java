package io.kpikit.json.deser;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import io.kpikit.core.PointChange;
import io.kpikit.core.Ratio;
import java.io.IOException;

/**
 * Reads a {@link PointChange} from {@code {"before": <ratio>, "after": <ratio>, "points":
 * <ratio>, "relative": <ratio>}} through {@link PointChange#between(Ratio, Ratio)}.
 *
 * <p>{@code before} and {@code after} are required. {@code points} and {@code relative} are
 * derived, so they may be left out; when given, each must equal the ratio kpikit computes
 * from the two rates (same numerator, denominator and, if undefined, reason), so an edited
 * change that no longer matches its rates is rejected rather than ignored.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PointChangeDeserializer extends KpiObjectDeserializer<PointChange> {

    private static final long serialVersionUID = 1L;

    /** The shared instance. */
    public static final PointChangeDeserializer INSTANCE = new PointChangeDeserializer();

    private PointChangeDeserializer() {
        super(PointChange.class, "before", "after", "points", "relative");
    }

    /**
     * Reads a nested {@link Ratio}.
     *
     * @param name the field name
     * @param p the parser, at the value
     * @param ctxt the deserialization context
     * @return the ratio
     * @throws IOException if the value is not a valid ratio object
     */
    @Override
    protected Object readField(String name, JsonParser p, DeserializationContext ctxt) throws IOException {
        return readObject(name, Ratio.class, p, ctxt);
    }

    /**
     * Rebuilds the change from the two rates and checks the derived fields.
     *
     * @param fields the fields read
     * @param ctxt the deserialization context
     * @return the change
     * @throws JsonMappingException if a rate is missing or a derived field disagrees
     */
    @Override
    protected PointChange build(Fields fields, DeserializationContext ctxt) throws JsonMappingException {
        PointChange change = PointChange.between(fields.require("before", Ratio.class),
                fields.require("after", Ratio.class));
        check(fields, "points", change.points());
        check(fields, "relative", change.relative());
        return change;
    }

    private static void check(Fields fields, String name, Ratio computed) throws JsonMappingException {
        if (!fields.has(name)) {
            return;
        }
        Ratio stated = fields.require(name, Ratio.class);
        if (!stated.equals(computed)) {
            throw fields.error(name, "must equal the change computed from before and after, "
                    + computed + ", was " + stated);
        }
    }
}
