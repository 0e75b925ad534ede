package io.kpikit.review;

import java.util.List;
import java.util.Objects;

/**
 * One channel of the attribution section, with its credit under every model, side by side.
 *
 * <pre>{@code
 * // SEM: first_touch 60, last_touch 45, markov_order1 52.3 ...
 * }</pre>
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param channel the channel
 * @param credits one credit per model, in the order of the section's models
 */
public record AttributionRow(String channel, List<ModelCredit> credits) {

    /**
     * Checks the components and copies the lists.
     *
     * @param channel the channel
     * @param credits one credit per model, in the order of the section's models
     * @throws NullPointerException if a required component is null
     */
    public AttributionRow {
        Objects.requireNonNull(channel, "channel");
        credits = List.copyOf(Objects.requireNonNull(credits, "credits"));
    }
}
