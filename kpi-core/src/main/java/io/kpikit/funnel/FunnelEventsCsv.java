package io.kpikit.funnel;

import io.kpikit.core.CsvFields;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Reads raw funnel events from a CSV file ({@code user_id,event,timestamp[,value]}) and counts
 * them with an {@link EventFunnelAccumulator} into an {@link EventFunnel}.
 *
 * <p>Format. The first line is a header naming the columns, in any order: {@code user_id},
 * {@code event} and {@code timestamp} are required, {@code value} is optional. Then one event
 * per line:
 * <ul>
 *   <li>{@code user_id}: any non-empty text, compared exactly;</li>
 *   <li>{@code event}: the event name, compared exactly with the funnel's steps and exclusion
 *       events; other events are read, checked and then ignored;</li>
 *   <li>{@code timestamp}: an ISO-8601 instant in UTC or with an offset
 *       ({@code 2024-03-01T09:30:00Z}, {@code 2024-03-01T17:30:00.250+08:00}), in whole
 *       milliseconds, not before 1970-01-01T00:00:00Z (epoch milliseconds are not accepted:
 *       a bare number is ambiguous between seconds and milliseconds);</li>
 *   <li>{@code value}: a decimal with at most 6 decimal places and magnitude at most
 *       1,000,000,000 (what the accumulator sums exactly); empty or absent is 0.</li>
 * </ul>
 * A field may be quoted with double quotes ({@code ""} inside quotes is one quote); blank
 * lines are skipped; a UTF-8 byte order mark is ignored.
 *
 * <p>Order. The accumulator needs each user's events together and in time order; a file
 * rarely is, so this reader sorts: it keeps the events the funnel uses (steps and exclusion
 * events) in primitive arrays, groups them by user in order of first appearance (a stable
 * counting sort) and sorts each user's events by time, stably (events with equal timestamps
 * keep their file order, as the accumulator requires). Memory is therefore about 28 bytes per
 * kept event plus one entry per user; for files too large to hold, sort them by user and time
 * and feed an {@link EventFunnelAccumulator} directly.
 *
 * <p>Errors. A missing or unknown column, a row with the wrong number of fields, an empty
 * user or event, or a timestamp or value that does not follow the rules above is an
 * {@link IllegalArgumentException} whose message starts with the line number and names the
 * value ({@code "line 4: timestamp must be an ISO-8601 instant such as 2024-03-01T09:30:00Z,
 * was \"1709285400000\""}).
 *
 * <pre>{@code
 * user_id,event,timestamp,value
 * u1,visit,2024-03-01T09:30:00Z,
 * u1,order,2024-03-01T09:41:00Z,199.00
 * u2,visit,2024-03-02T10:00:00Z,
 *
 * EventFunnel f = FunnelEventsCsv.read(Path.of("events.csv"), FunnelDefinition.of(List.of("visit", "order")));
 * f.users();   // [2, 1]
 * }</pre>
 *
 * <p>This class is stateless and thread-safe.
 */
public final class FunnelEventsCsv {

    /** The largest magnitude of a value, as {@link EventFunnelAccumulator} accepts. */
    private static final BigDecimal MAX_VALUE = BigDecimal.valueOf(1_000_000_000L);

    private FunnelEventsCsv() {
    }

    /**
     * Reads the events of a UTF-8 file and counts them.
     *
     * @param file the CSV file
     * @param definition the funnel to count
     * @return the funnel
     * @throws IllegalArgumentException if the file is not valid, the message starting with the line
     * @throws UncheckedIOException if reading fails
     * @throws NullPointerException if an argument is null
     */
    public static EventFunnel read(Path file, FunnelDefinition definition) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(definition, "definition");
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(r, definition);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads events from CSV text and counts them.
     *
     * @param reader the CSV text; not closed
     * @param definition the funnel to count
     * @return the funnel
     * @throws IllegalArgumentException if the text is not valid, the message starting with the line
     * @throws UncheckedIOException if reading fails
     * @throws NullPointerException if an argument is null
     */
    public static EventFunnel read(Reader reader, FunnelDefinition definition) {
        Objects.requireNonNull(reader, "reader");
        Objects.requireNonNull(definition, "definition");
        Events events = new Events();
        BufferedReader in = reader instanceof BufferedReader ? (BufferedReader) reader : new BufferedReader(reader, 1 << 16);
        try {
            String header = in.readLine();
            if (header == null) {
                throw new IllegalArgumentException("line 1: header must name the columns user_id,event,timestamp"
                        + " and optionally value, was empty");
            }
            if (header.startsWith("\uFEFF")) {
                header = header.substring(1);
            }
            List<String> fields = new ArrayList<>();
            CsvFields.split(header, 1, fields);
            int[] col = columns(fields, header);
            Map<String, Integer> users = new HashMap<>();
            CsvFields.Rows rows = new CsvFields.Rows(in, fields.size());
            while (rows.next(fields)) {
                int lineNo = rows.lineNo();
                String user = nonEmpty(fields.get(col[0]), "user_id", lineNo);
                String event = nonEmpty(fields.get(col[1]), "event", lineNo);
                long time = timestamp(fields.get(col[2]), lineNo);
                double value = col[3] < 0 ? 0 : value(fields.get(col[3]), lineNo);
                int id = definition.eventId(event);
                if (id >= 0) {
                    Integer u = users.putIfAbsent(user, users.size());
                    events.add(u == null ? users.size() - 1 : u, id, time, value, lineNo);
                }
            }
            return events.count(definition, users.size());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Column indices of user_id, event, timestamp and value (-1 when absent). */
    private static int[] columns(List<String> names, String header) {
        int[] col = {-1, -1, -1, -1};
        List<String> known = List.of("user_id", "event", "timestamp", "value");
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i).trim();
            int k = known.indexOf(name);
            if (k < 0) {
                throw new IllegalArgumentException("line 1: column must be one of user_id, event, timestamp, value,"
                        + " was \"" + name + "\"");
            }
            if (col[k] >= 0) {
                throw new IllegalArgumentException("line 1: column names must be unique, was \"" + name + "\" twice");
            }
            col[k] = i;
        }
        if (col[0] < 0 || col[1] < 0 || col[2] < 0) {
            throw new IllegalArgumentException("line 1: header must have columns user_id, event and timestamp, was \""
                    + header + "\"");
        }
        return col;
    }

    private static String nonEmpty(String text, String field, int lineNo) {
        if (text.isEmpty()) {
            throw new IllegalArgumentException("line " + lineNo + ": " + field + " must not be empty, was \"\"");
        }
        return text;
    }

    private static long timestamp(String text, int lineNo) {
        String t = text.trim();
        Instant instant;
        try {
            instant = Instant.parse(t);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("line " + lineNo + ": timestamp must be an ISO-8601 instant such as"
                    + " 2024-03-01T09:30:00Z, was \"" + text + "\"", e);
        }
        if (instant.isBefore(Instant.EPOCH)) {
            throw new IllegalArgumentException("line " + lineNo + ": timestamp must not be before"
                    + " 1970-01-01T00:00:00Z, was \"" + text + "\"");
        }
        if (instant.getNano() % 1_000_000 != 0) {
            throw new IllegalArgumentException("line " + lineNo + ": timestamp must be in whole milliseconds, was \""
                    + text + "\"");
        }
        try {
            return instant.toEpochMilli();
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("line " + lineNo + ": timestamp must fit epoch milliseconds, was \""
                    + text + "\"", e);
        }
    }

    private static double value(String text, int lineNo) {
        String t = text.trim();
        if (t.isEmpty()) {
            return 0;
        }
        BigDecimal d;
        try {
            if (t.length() > 40) {
                throw new NumberFormatException("too long");
            }
            d = new BigDecimal(t);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("line " + lineNo + ": value must be a decimal number, was \"" + text
                    + "\"", e);
        }
        if (d.abs().compareTo(MAX_VALUE) > 0 || (d.scale() > 6 && d.stripTrailingZeros().scale() > 6)) {
            throw new IllegalArgumentException("line " + lineNo + ": value must have at most 6 decimal places and"
                    + " magnitude at most 1000000000, was " + t);
        }
        return d.doubleValue();
    }

    /** The kept events in primitive arrays, in file order. */
    private static final class Events {
        private int n;
        private int[] user = new int[64];
        private int[] event = new int[64];
        private long[] time = new long[64];
        private double[] value = new double[64];
        private int[] line = new int[64];

        void add(int u, int e, long t, double v, int lineNo) {
            if (n == user.length) {
                int size = n * 2;
                user = Arrays.copyOf(user, size);
                event = Arrays.copyOf(event, size);
                time = Arrays.copyOf(time, size);
                value = Arrays.copyOf(value, size);
                line = Arrays.copyOf(line, size);
            }
            user[n] = u;
            event[n] = e;
            time[n] = t;
            value[n] = v;
            line[n] = lineNo;
            n++;
        }

        /** Groups by user (stable counting sort), sorts each user's events by time (stable), counts. */
        EventFunnel count(FunnelDefinition definition, int users) {
            int[] start = new int[users + 1];
            for (int i = 0; i < n; i++) {
                start[user[i] + 1]++;
            }
            for (int u = 0; u < users; u++) {
                start[u + 1] += start[u];
            }
            int[] order = new int[n];
            int[] next = Arrays.copyOf(start, users);
            for (int i = 0; i < n; i++) {
                order[next[user[i]]++] = i;
            }
            EventFunnelAccumulator acc = new EventFunnelAccumulator(definition);
            for (int u = 0; u < users; u++) {
                sortByTime(order, start[u], start[u + 1]);
                for (int k = start[u]; k < start[u + 1]; k++) {
                    int i = order[k];
                    try {
                        acc.add(u, event[i], time[i], value[i]);
                    } catch (IllegalArgumentException e) {
                        throw new IllegalArgumentException("line " + line[i] + ": " + e.getMessage(), e);
                    }
                }
            }
            return acc.result();
        }

        private void sortByTime(int[] order, int from, int to) {
            for (int k = from + 1; k < to; k++) {
                if (time[order[k]] < time[order[k - 1]]) {
                    Integer[] segment = new Integer[to - from];
                    for (int j = from; j < to; j++) {
                        segment[j - from] = order[j];
                    }
                    Arrays.sort(segment, Comparator.comparingLong(i -> time[i]));
                    for (int j = from; j < to; j++) {
                        order[j] = segment[j - from];
                    }
                    return;
                }
            }
        }
    }
}
