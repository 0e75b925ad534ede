package io.kpikit.attribution;

import io.kpikit.core.Money;
import java.time.Instant;
import java.util.Objects;

/**
 * One conversion of a user at {@code time}, worth {@code value}.
 *
 * @param user the user id
 * @param time when the conversion happened
 * @param value the conversion value, {@code >= 0}
 */
public record Conversion(String user, Instant time, Money value) {

    /**
     * Validates the conversion.
     *
     * @param user the user id
     * @param time when the conversion happened
     * @param value the conversion value, {@code >= 0}
     * @throws NullPointerException if a field is null
     * @throws IllegalArgumentException if {@code value} is negative
     */
    public Conversion {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(value, "value");
        if (value.isNegative()) {
            throw new IllegalArgumentException("value must be >= 0, was " + value + " (user \"" + user + "\")");
        }
    }
}
