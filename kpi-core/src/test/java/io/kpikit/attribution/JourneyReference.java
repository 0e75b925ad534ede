package io.kpikit.attribution;

import io.kpikit.core.Money;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The journey algorithm of {@link JourneyAccumulator}'s javadoc written as plainly as
 * possible (per-user lists in a sorted map, {@link Comparator} sorts, {@link Instant} and
 * {@link Duration} arithmetic), to check the accumulator against. Not fast, not clever.
 */
final class JourneyReference {

    private JourneyReference() {
    }

    /** A user's events. */
    private static final class User {
        final List<Touchpoint> touches = new ArrayList<>();
        final List<Conversion> conversions = new ArrayList<>();
    }

    /** Builds the journeys of {@code events} (each a {@link Touchpoint} or a {@link Conversion}). */
    static Journeys of(List<Object> events, Duration lookback, Currency currency) {
        // users in string order
        Map<String, User> users = new TreeMap<>();
        for (Object e : events) {
            if (e instanceof Touchpoint) {
                Touchpoint t = (Touchpoint) e;
                users.computeIfAbsent(t.user(), u -> new User()).touches.add(t);
            } else {
                Conversion c = (Conversion) e;
                users.computeIfAbsent(c.user(), u -> new User()).conversions.add(c);
            }
        }
        PathSet.Builder builder = PathSet.builderWithTouchAges(currency);
        long unattributed = 0;
        BigDecimal unattributedValue = BigDecimal.ZERO;
        for (User user : users.values()) {
            // ties: touches by channel name, conversions by value
            List<Touchpoint> touches = new ArrayList<>(user.touches);
            touches.sort(Comparator.comparing(Touchpoint::time).thenComparing(t -> t.channel().trim()));
            List<Conversion> conversions = new ArrayList<>(user.conversions);
            conversions.sort(Comparator.comparing(Conversion::time).thenComparing(c -> c.value().amount()));
            int next = 0;
            Instant windowAt = null;
            List<Touchpoint> window = new ArrayList<>();
            for (Conversion c : conversions) {
                if (!c.time().equals(windowAt)) {
                    // a new instant: its window is the touches since the previous instant, not older than the lookback
                    window = new ArrayList<>();
                    while (next < touches.size() && !touches.get(next).time().isAfter(c.time())) {
                        Touchpoint t = touches.get(next++);
                        if (Duration.between(t.time(), c.time()).compareTo(lookback) <= 0) {
                            window.add(t);
                        }
                    }
                    windowAt = c.time();
                }
                if (window.isEmpty()) {
                    unattributed++;
                    unattributedValue = unattributedValue.add(c.value().amount());
                    continue;
                }
                String[] names = new String[window.size()];
                double[] ages = new double[window.size()];
                for (int i = 0; i < names.length; i++) {
                    names[i] = window.get(i).channel().trim();
                    Duration age = Duration.between(window.get(i).time(), c.time());
                    ages[i] = age.getSeconds() + age.getNano() / 1e9;
                }
                builder.addTimed(names, ages, names.length, 1, c.value().amount(), 0);
            }
            int rest = touches.size() - next;
            if (rest > 0) {
                String[] names = new String[rest];
                for (int i = 0; i < rest; i++) {
                    names[i] = touches.get(next + i).channel().trim();
                }
                builder.addTimed(names, new double[rest], rest, 0, BigDecimal.ZERO, 1);
            }
        }
        return new Journeys(builder.build(), unattributed, Money.of(unattributedValue, currency));
    }
}
