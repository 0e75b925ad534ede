package io.kpikit.benchmarks.funnel;

import io.kpikit.funnel.EventFunnel;
import io.kpikit.funnel.EventFunnelAccumulator;
import io.kpikit.funnel.FunnelDefinition;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * An ORDERED five-step funnel over synthetic events: kpikit's {@link EventFunnelAccumulator}
 * (primitive path) against DuckDB in-process computing the same user counts with a SQL window
 * query over the same rows.
 *
 * <p>Data: a fixed seed; about 10 events per user (5 to 15), users in ascending id order and
 * each user's timestamps non-decreasing, with ties (a quarter of consecutive events share a
 * millisecond); 40% of events are not funnel steps, the others either advance the user to the
 * next step or repeat one already reached. The events live in primitive arrays, already
 * grouped and sorted (the sort is not timed); DuckDB gets the same rows, with their position
 * {@code seq} in that order, through its appender in {@code @Setup} (not timed) and
 * partitions them by user inside its query. {@code @Setup} also checks that both sides give
 * identical counts per step and fails otherwise.
 *
 * <p>The funnel is ORDERED with no conversion window, so a user reaches step {@code s} when
 * their first step-0 event is followed by a step-1 event, then a step-2 event, ...; "followed"
 * means later in the input, equal timestamps allowed. The SQL says exactly that by comparing
 * {@code seq} (which orders a user's events by timestamp, ties in input order) rather than
 * {@code ts}: {@code ts > t(s-1)} would reject a step at the same millisecond as the one
 * before, which kpikit accepts. It is the plain window form: one window minimum per step.
 * kpikit's measured operation computes more than the counts (value per step and time to
 * convert between every pair of steps).
 *
 * <p>Run (from the repository root):
 * <pre>
 * ./mvnw -B -q package -DskipTests -pl kpi-core,kpi-json,kpi-benchmarks
 * java -jar kpi-benchmarks/target/benchmarks.jar FunnelBenchmark -f 1 -wi 2 -i 3 -prof gc
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms6g", "-Xmx6g"})
@Warmup(iterations = 2)
@Measurement(iterations = 3)
public class FunnelBenchmark {

    /** The funnel steps. */
    static final List<String> STEPS = List.of("visit", "product", "cart", "checkout", "order");

    /** The number of events. */
    @Param({"1000000", "10000000"})
    public int events;

    private long[] users;
    private int[] eventIds;
    private long[] timestamps;
    private double[] values;
    private FunnelDefinition definition;
    private Connection duckdb;

    /**
     * The SQL: per user, the first position ({@code seq}: timestamp order, ties in input order)
     * of each step after the previous one.
     */
    static final String SQL = String.join("\n",
            "WITH s0 AS (SELECT user_id, step, seq,",
            "    MIN(CASE WHEN step = 0 THEN seq END) OVER (PARTITION BY user_id) AS t0 FROM events),",
            "s1 AS (SELECT *, MIN(CASE WHEN step = 1 AND seq > t0 THEN seq END) OVER (PARTITION BY user_id) AS t1 FROM s0),",
            "s2 AS (SELECT *, MIN(CASE WHEN step = 2 AND seq > t1 THEN seq END) OVER (PARTITION BY user_id) AS t2 FROM s1),",
            "s3 AS (SELECT *, MIN(CASE WHEN step = 3 AND seq > t2 THEN seq END) OVER (PARTITION BY user_id) AS t3 FROM s2),",
            "s4 AS (SELECT *, MIN(CASE WHEN step = 4 AND seq > t3 THEN seq END) OVER (PARTITION BY user_id) AS t4 FROM s3),",
            "per_user AS (SELECT user_id, ANY_VALUE(t0) t0, ANY_VALUE(t1) t1, ANY_VALUE(t2) t2, ANY_VALUE(t3) t3,",
            "    ANY_VALUE(t4) t4 FROM s4 GROUP BY user_id)",
            "SELECT COUNT(t0), COUNT(t1), COUNT(t2), COUNT(t3), COUNT(t4) FROM per_user");

    /**
     * Generates the events, loads them into DuckDB and checks both sides agree.
     *
     * @throws SQLException if DuckDB fails
     */
    @Setup(Level.Trial)
    public void setUp() throws SQLException {
        generate(events, 20_251_123L);
        definition = FunnelDefinition.of(STEPS);
        duckdb = DriverManager.getConnection("jdbc:duckdb:");
        try (Statement st = duckdb.createStatement()) {
            st.execute("CREATE TABLE events (user_id BIGINT, step INTEGER, ts BIGINT, seq BIGINT, value DOUBLE)");
        }
        try (DuckDBAppender appender = ((DuckDBConnection) duckdb).createAppender(DuckDBConnection.DEFAULT_SCHEMA,
                "events")) {
            for (int i = 0; i < events; i++) {
                appender.beginRow().append(users[i]).append(eventIds[i]).append(timestamps[i]).append((long) i)
                        .append(values[i]).endRow();
            }
        }
        long[] ours = kpikit().users().stream().mapToLong(Long::longValue).toArray();
        long[] theirs = duckdbWindowSql();
        if (!Arrays.equals(ours, theirs)) {
            throw new IllegalStateException("counts differ: kpikit " + Arrays.toString(ours) + ", DuckDB "
                    + Arrays.toString(theirs));
        }
        System.out.println("\ncounts per step (kpikit = DuckDB): " + Arrays.toString(ours));
    }

    private void generate(int n, long seed) {
        users = new long[n];
        eventIds = new int[n];
        timestamps = new long[n];
        values = new double[n];
        SplittableRandom r = new SplittableRandom(seed);
        int i = 0;
        long user = 0;
        while (i < n) {
            user += 1 + r.nextInt(3);
            int count = Math.min(n - i, 5 + r.nextInt(11));
            long t = 1_700_000_000_000L + r.nextLong(86_400_000L * 365);
            int progress = 0;
            for (int j = 0; j < count; j++, i++) {
                t += r.nextInt(4) == 0 ? 0 : 1 + r.nextInt(600_000); // a quarter of events tie with the previous
                int id;
                if (r.nextInt(10) < 4) {
                    id = -1;
                } else if (progress < STEPS.size() && r.nextInt(10) < 6) {
                    id = progress++;
                } else {
                    id = r.nextInt(Math.max(1, progress));
                }
                users[i] = user;
                eventIds[i] = id;
                timestamps[i] = t;
                values[i] = id == STEPS.size() - 1 ? r.nextInt(100_000) / 100.0 : 0.0;
            }
        }
    }

    /**
     * Closes DuckDB.
     *
     * @throws SQLException if closing fails
     */
    @TearDown(Level.Trial)
    public void tearDown() throws SQLException {
        duckdb.close();
    }

    /**
     * kpikit: one accumulator over all events (primitive path), then the result.
     *
     * @return the funnel
     */
    @Benchmark
    public EventFunnel kpikit() {
        EventFunnelAccumulator acc = new EventFunnelAccumulator(definition);
        long[] u = users;
        int[] ids = eventIds;
        long[] ts = timestamps;
        double[] v = values;
        for (int i = 0; i < u.length; i++) {
            acc.add(u[i], ids[i], ts[i], v[i]);
        }
        return acc.result();
    }

    /**
     * DuckDB: the same counts with a SQL window query.
     *
     * @return the users per step
     * @throws SQLException if the query fails
     */
    @Benchmark
    public long[] duckdbWindowSql() throws SQLException {
        long[] counts = new long[STEPS.size()];
        try (Statement st = duckdb.createStatement(); ResultSet rs = st.executeQuery(SQL)) {
            rs.next();
            for (int s = 0; s < counts.length; s++) {
                counts[s] = rs.getLong(s + 1);
            }
        }
        return counts;
    }
}
