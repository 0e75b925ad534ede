package io.kpikit.review;

import io.kpikit.core.Figure;
import io.kpikit.core.Ratio;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/** Collects the warnings of one report; not thread-safe, used by one {@link ReviewReport#of} call. */
final class Warnings {

    private final List<ReviewWarning> warnings = new ArrayList<>();

    void add(String section, String item, String message) {
        warnings.add(new ReviewWarning(section, item, message));
    }

    /** Returns {@code r}, warning when it is undefined; null passes through. */
    Ratio check(String section, String item, String what, Ratio r) {
        if (r != null && !r.isDefined()) {
            add(section, item, what + " is undefined: " + r.undefinedReason().orElseThrow());
        }
        return r;
    }

    /** Returns {@code f}, warning when it is undefined; null passes through. */
    Figure check(String section, String item, String what, Figure f) {
        if (f != null && !f.isDefined()) {
            add(section, item, what + " is undefined: " + f.undefinedReason().orElseThrow());
        }
        return f;
    }

    List<ReviewWarning> toList() {
        return List.copyOf(warnings);
    }

    /** A figure of an optional double, undefined with {@code reason} when empty or not finite. */
    static Figure figure(OptionalDouble value, String reason) {
        return value.isPresent() ? Figure.ofComputed(value.getAsDouble(), reason) : Figure.undefined(reason);
    }
}
