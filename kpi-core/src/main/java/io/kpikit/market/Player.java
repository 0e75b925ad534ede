package io.kpikit.market;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A named player of a {@link Market} and its sales (revenue, units, any non-negative
 * measure, the same one for every player of the market).
 *
 * <p>Example: {@code new Player("our brand", new BigDecimal("400"))}.
 *
 * @param name the player's name, not blank
 * @param sales the player's sales in the period, {@code >= 0}
 */
public record Player(String name, BigDecimal sales) {

    /**
     * Validates the player.
     *
     * @param name the player's name, not blank
     * @param sales the player's sales in the period, {@code >= 0}
     * @throws IllegalArgumentException if the name is blank or the sales are negative
     * @throws NullPointerException if an argument is null
     */
    public Player {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("name must not be blank, was \"" + name + "\"");
        }
        Objects.requireNonNull(sales, "sales");
        if (sales.signum() < 0) {
            throw new IllegalArgumentException("sales must be >= 0, was " + sales.toPlainString()
                    + " (player \"" + name + "\")");
        }
    }
}
