package io.kpikit.json.ser;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import io.kpikit.budget.CategoryPath;
import io.kpikit.json.shape.Codecs;
import java.io.IOException;

/**
 * Writes a budget {@link CategoryPath} as its text, {@code "online/feed-ads"} (the root as
 * {@code ""}), as every kpikit shape that holds a path does.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CategoryPathSerializer extends KpiSerializer<CategoryPath> {

    private static final long serialVersionUID = 1L;

    /** The shared instance. */
    public static final CategoryPathSerializer INSTANCE = new CategoryPathSerializer();

    private CategoryPathSerializer() {
        super(CategoryPath.class);
    }

    /**
     * Writes the path's text.
     *
     * @param value the path
     * @param gen the generator
     * @param provider the serializer provider
     * @throws IOException if the generator fails
     */
    @Override
    public void serialize(CategoryPath value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        Codecs.CATEGORY_PATH.write(gen, value, provider);
    }
}
