package io.kpikit.funnel;

import io.kpikit.core.Checks;
import java.util.Objects;

/**
 * One named stage of a funnel and how many entered it, for example {@code ("visit", 1000000)}.
 *
 * @param name the stage name, not blank; unique within a funnel
 * @param count how many users (or events, in a non-strict funnel) reached the stage, never negative
 */
public record FunnelStage(String name, long count) {

    /**
     * Validates the stage.
     *
     * @param name the stage name, not blank; unique within a funnel
     * @param count how many users (or events, in a non-strict funnel) reached the stage, never negative
     * @throws NullPointerException if the name is null
     * @throws IllegalArgumentException if the name is blank or the count negative
     */
    public FunnelStage {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("stage name must not be blank, was \"" + name + "\"");
        }
        Checks.nonNegative(count, "count of stage \"" + name + "\"");
    }
}
