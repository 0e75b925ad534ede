package io.kpikit.attribution;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Random;

/** Small random path sets for property tests, drawn from a seed. */
final class RandomPaths {

    static final Currency CNY = Currency.getInstance("CNY");

    private RandomPaths() {
    }

    /** One row of a path set: channel names, conversions, value, nulls. */
    record Row(List<String> channels, double conversions, BigDecimal value, double nulls) {
    }

    static List<Row> rows(Random r, int channelCount) {
        List<Row> rows = new ArrayList<>();
        int n = 1 + r.nextInt(12);
        for (int i = 0; i < n; i++) {
            int len = 1 + r.nextInt(6);
            List<String> path = new ArrayList<>();
            for (int j = 0; j < len; j++) {
                path.add("ch" + r.nextInt(channelCount));
            }
            double conv = r.nextInt(3) == 0 ? 0 : (r.nextBoolean() ? r.nextInt(5) : r.nextInt(400) / 8.0);
            BigDecimal value = conv == 0 ? BigDecimal.ZERO : BigDecimal.valueOf(r.nextInt(1_000_000), 2);
            double nulls = r.nextInt(6);
            rows.add(new Row(path, conv, value, nulls));
        }
        return rows;
    }

    static PathSet build(List<Row> rows) {
        PathSet.Builder b = PathSet.builder(CNY);
        rows.forEach(row -> b.add(row.channels(), row.conversions(), row.value(), row.nulls()));
        return b.build();
    }

    /** The same rows as journeys (one touch a day), so that time decay can run. */
    static PathSet timed(List<Row> rows) {
        JourneyAccumulator acc = new JourneyAccumulator(Duration.ofDays(3650), CNY);
        Instant t0 = Instant.parse("2024-01-01T00:00:00Z");
        int user = 0;
        for (Row row : rows) {
            String u = String.format("u%04d", user++);
            for (int j = 0; j < row.channels().size(); j++) {
                acc.add(new Touchpoint(u, row.channels().get(j), t0.plus(Duration.ofDays(j))));
            }
            if (row.conversions() > 0) {
                acc.add(new Conversion(u, t0.plus(Duration.ofDays(row.channels().size())),
                        io.kpikit.core.Money.of(row.value(), CNY)));
            }
        }
        return acc.result().paths();
    }
}
