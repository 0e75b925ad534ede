package io.kpikit.attribution;

import io.kpikit.core.Ratio;
import java.util.Objects;

/**
 * The removal effect of one channel in a {@link MarkovChain}.
 *
 * <p>{@code conversions = (P − P⁻ᶜ) / P = 1 − P⁻ᶜ ÷ P}, with {@code P} the probability of
 * reaching conversion from start and {@code P⁻ᶜ} the same when every transition into a state
 * containing the channel goes to null; {@code value = (V − V⁻ᶜ) / V} likewise for the expected
 * conversion value. Each is an undefined {@link Ratio} when the chain never converts.
 *
 * @param channel the channel name
 * @param conversions the conversion removal effect
 * @param value the value removal effect
 */
public record RemovalEffect(String channel, Ratio conversions, Ratio value) {

    /**
     * Validates the record.
     *
     * @param channel the channel name
     * @param conversions the conversion removal effect
     * @param value the value removal effect
     * @throws NullPointerException if a field is null
     */
    public RemovalEffect {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(conversions, "conversions");
        Objects.requireNonNull(value, "value");
    }
}
