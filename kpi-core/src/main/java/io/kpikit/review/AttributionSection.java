package io.kpikit.review;

import io.kpikit.core.Figure;
import io.kpikit.core.Money;
import java.util.List;
import java.util.Objects;

/**
 * The attribution section of a review report: every model run on the same paths, side by side
 * (one row per channel, one credit per model).
 *
 * <pre>{@code
 * report.attribution().channels().get(0).credits().get(0).conversions();
 * }</pre>
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param models the model names, in the order run
 * @param totalConversions the conversions on all paths
 * @param totalValue the value of all conversions
 * @param channels the channels, in the order of the paths
 */
public record AttributionSection(List<String> models, Figure totalConversions, Money totalValue,
        List<AttributionRow> channels) {

    /**
     * Checks the components and copies the lists.
     *
     * @param models the model names, in the order run
     * @param totalConversions the conversions on all paths
     * @param totalValue the value of all conversions
     * @param channels the channels, in the order of the paths
     * @throws NullPointerException if a required component is null
     */
    public AttributionSection {
        models = List.copyOf(Objects.requireNonNull(models, "models"));
        Objects.requireNonNull(totalConversions, "totalConversions");
        Objects.requireNonNull(totalValue, "totalValue");
        channels = List.copyOf(Objects.requireNonNull(channels, "channels"));
    }
}
