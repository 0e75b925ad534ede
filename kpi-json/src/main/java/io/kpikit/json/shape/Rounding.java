package io.kpikit.json.shape;

import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Picks the rounding mode a money result was computed with, which core keeps in the rounded
 * value but does not expose: the first mode, {@code HALF_EVEN} first, whose result has the
 * value the document states. Without a stated value, or when no mode gives it, the result is
 * {@code HALF_EVEN}'s, and the derived-field check then reports the disagreement.
 */
final class Rounding {

    /** The modes tried, the default first; {@code UNNECESSARY} only fits exact divisions, which all modes give. */
    private static final List<RoundingMode> MODES = List.of(RoundingMode.HALF_EVEN, RoundingMode.HALF_UP,
            RoundingMode.HALF_DOWN, RoundingMode.UP, RoundingMode.DOWN, RoundingMode.CEILING, RoundingMode.FLOOR);

    private Rounding() {
    }

    /**
     * Builds the value with the first mode whose rounded result equals the stated one.
     *
     * @param stated the value of the derived field as read, if given
     * @param build builds the value with a mode, through the core factory
     * @param rounded the rounded result of a built value, as the derived field holds it
     */
    static <T> T infer(Optional<Object> stated, Function<RoundingMode, T> build, Function<T, Object> rounded) {
        return infer(build, t -> stated.isEmpty() || Objects.equals(rounded.apply(t), stated.get()));
    }

    /**
     * Builds the value with the first mode whose result the document agrees with.
     *
     * @param build builds the value with a mode, through the core factory
     * @param matches whether a built value has the rounded figures the document states
     */
    static <T> T infer(Function<RoundingMode, T> build, Predicate<T> matches) {
        T first = build.apply(MODES.get(0));
        if (matches.test(first)) {
            return first;
        }
        for (RoundingMode mode : MODES.subList(1, MODES.size())) {
            T t = build.apply(mode);
            if (matches.test(t)) {
                return t;
            }
        }
        return first;
    }
}
