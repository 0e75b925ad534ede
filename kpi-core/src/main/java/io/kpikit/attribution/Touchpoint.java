package io.kpikit.attribution;

import java.time.Instant;
import java.util.Objects;

/**
 * One marketing touch of a user: the user saw or clicked {@code channel} at {@code time}.
 *
 * @param user the user id
 * @param channel the channel name, not blank (trimmed when paths are built)
 * @param time when the touch happened
 */
public record Touchpoint(String user, String channel, Instant time) {

    /**
     * Validates the touch.
     *
     * @param user the user id
     * @param channel the channel name, not blank (trimmed when paths are built)
     * @param time when the touch happened
     * @throws NullPointerException if a field is null
     * @throws IllegalArgumentException if {@code channel} is blank
     */
    public Touchpoint {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(time, "time");
        if (channel.isBlank()) {
            throw new IllegalArgumentException("channel must not be blank, was \"" + channel + "\" (user \"" + user + "\")");
        }
    }
}
