package io.kpikit.json.shape;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.kpikit.core.Money;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Generators shared by the per-area round-trip properties. */
final class Gens {

    /**
     * Examples per area property: each example builds every type of an area and round-trips
     * them all (some twenty values), so 50 examples give every type fifty random inputs and
     * keep a property near a second on a busy machine.
     */
    static final int EXAMPLES = 50;

    static final Currency CNY = Currency.getInstance("CNY");

    /** Channel names: a small pool, so tables repeat and merge channels. */
    static final List<String> CHANNELS = List.of("SEM", "feed", "short video", "summit", "KOL", "email");

    private Gens() {
    }

    /** Money in CNY from 0 to 10 million, zero one time in six. */
    static Gen<Money> nonNegativeMoney() {
        return longs().between(0, 1_000_000_000L).mix(Generate.constant(0L), 17)
                .map(minor -> Money.ofMinor(minor, CNY));
    }

    /** Money in CNY of either sign. */
    static Gen<Money> money() {
        return longs().between(-1_000_000_000L, 1_000_000_000L).map(minor -> Money.ofMinor(minor, CNY));
    }

    /** Decimals with scales 0 to 4, of either sign. */
    static Gen<BigDecimal> decimals() {
        return longs().between(-10_000_000L, 10_000_000L).zip(integers().between(0, 4), BigDecimal::valueOf);
    }

    /** Non-negative decimals with scales 0 to 4. */
    static Gen<BigDecimal> nonNegativeDecimals() {
        return longs().between(0, 10_000_000L).zip(integers().between(0, 4), BigDecimal::valueOf);
    }

    /** A channel name from the pool. */
    static Gen<String> channel() {
        return Generate.pick(CHANNELS);
    }
}
