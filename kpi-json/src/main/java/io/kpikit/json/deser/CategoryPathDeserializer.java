package io.kpikit.json.deser;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import io.kpikit.budget.CategoryPath;
import io.kpikit.json.shape.Codecs;
import java.io.IOException;

/**
 * Reads a budget {@link CategoryPath} from its text, {@code "online/feed-ads"}; {@code ""} is
 * the root. The text is parsed by {@link CategoryPath#of(String)}, so a blank segment or a
 * leading {@code /} is rejected with core's message.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CategoryPathDeserializer extends StdScalarDeserializer<CategoryPath> {

    private static final long serialVersionUID = 1L;

    /** The shared instance. */
    public static final CategoryPathDeserializer INSTANCE = new CategoryPathDeserializer();

    private CategoryPathDeserializer() {
        super(CategoryPath.class);
    }

    /**
     * Reads the path.
     *
     * @param p the parser, at the value
     * @param ctxt the deserialization context
     * @return the path
     * @throws IOException if the value is not a string or not a valid path
     */
    @Override
    public CategoryPath deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        return Codecs.CATEGORY_PATH.read(p, ctxt, CategoryPath.class, "CategoryPath");
    }
}
