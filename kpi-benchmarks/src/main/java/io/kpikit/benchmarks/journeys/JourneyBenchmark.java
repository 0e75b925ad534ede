package io.kpikit.benchmarks.journeys;

import io.kpikit.attribution.Conversion;
import io.kpikit.attribution.JourneyAccumulator;
import io.kpikit.attribution.Journeys;
import io.kpikit.attribution.Touchpoint;
import io.kpikit.core.Money;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * Journeys to paths: {@link JourneyAccumulator} over {@code records} raw events (touches and
 * conversions of many users), with a 30-day lookback.
 *
 * <p>Data: a fixed seed; users with 2 to 14 events each, every event a touch on one of 8
 * channels (skewed weights) or, one time in seven, a conversion worth 10.00 to 500.00 CNY;
 * a user's events are minutes to days apart. {@code records} counts touches and conversions
 * together (about 86% touches, one user per 8 events). The events are then shuffled, as in a
 * log where users interleave. The {@link Touchpoint} and {@link Conversion} records (with
 * their {@link Instant}s and {@link Money}), and the same events as primitive columns (user,
 * channel, epoch second, nanos, value in fen), are built in {@code @Setup} (not timed): the
 * timed work and allocation are the accumulator's own, not the caller's.
 *
 * <ul>
 *   <li>{@code add}: a new accumulator and every event by {@code add(Touchpoint)} and
 *       {@code add(Conversion)}, no {@code result()}: the per-record cost of {@code add}. The
 *       accumulator keeps every event (it orders them per user only in {@code result()}), in
 *       blocks that are never copied.</li>
 *   <li>{@code addPrimitive}: the same events by {@code addTouch(String, String, long, int)}
 *       and {@code addConversion(String, long, int, long)}, from the columns.</li>
 *   <li>{@code addAndResult}: as {@code add}, then {@code result()}: sort per user and time,
 *       cut paths at conversions, build the {@code PathSet}.</li>
 * </ul>
 *
 * <pre>
 * java -jar kpi-benchmarks/target/benchmarks.jar 'journeys.JourneyBenchmark' -f 1 -wi 2 -i 3 -prof gc
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms6g", "-Xmx6g"})
@Warmup(iterations = 2)
@Measurement(iterations = 3)
public class JourneyBenchmark {

    /** The channel names. */
    static final String[] CHANNELS = {"Search", "Direct", "Email", "Social", "Display", "Affiliate", "Video", "Referral"};

    private static final Currency CNY = Currency.getInstance("CNY");
    private static final Duration LOOKBACK = Duration.ofDays(30);

    /** The number of events: touches plus conversions. */
    @Param({"100000", "1000000", "10000000"})
    public int records;

    private Touchpoint[] touches;
    private Conversion[] conversions;
    private String[] touchUser;
    private String[] touchChannel;
    private long[] touchSecond;
    private int[] touchNano;
    private String[] conversionUser;
    private long[] conversionSecond;
    private int[] conversionNano;
    private long[] conversionFen;

    /** Generates the events. */
    @Setup(Level.Trial)
    public void setUp() {
        SplittableRandom r = new SplittableRandom(20_261_127L);
        List<Touchpoint> t = new ArrayList<>(records);
        List<Conversion> c = new ArrayList<>(records / 5);
        long base = Instant.parse("2025-01-01T00:00:00Z").getEpochSecond();
        int user = 0;
        int events = 0;
        while (events < records) {
            String id = "user-" + (1_000_000 + user++);
            int count = Math.min(records - events, 2 + r.nextInt(13));
            long second = base + r.nextLong(300L * 86_400);
            for (int e = 0; e < count; e++) {
                second += 60 + r.nextLong(3L * 86_400);
                Instant at = Instant.ofEpochSecond(second);
                if (r.nextInt(7) == 0) {
                    c.add(new Conversion(id, at, Money.of(BigDecimal.valueOf(1_000 + r.nextInt(49_001), 2), CNY)));
                } else {
                    t.add(new Touchpoint(id, CHANNELS[Math.min(r.nextInt(8), r.nextInt(8))], at));
                }
            }
            events += count;
        }
        touches = t.toArray(new Touchpoint[0]);
        conversions = c.toArray(new Conversion[0]);
        shuffle(touches, r);
        shuffle(conversions, r);
        columns();
    }

    /** The same events, in the same order, as primitive columns for the primitive adds. */
    private void columns() {
        touchUser = new String[touches.length];
        touchChannel = new String[touches.length];
        touchSecond = new long[touches.length];
        touchNano = new int[touches.length];
        for (int i = 0; i < touches.length; i++) {
            touchUser[i] = touches[i].user();
            touchChannel[i] = touches[i].channel();
            touchSecond[i] = touches[i].time().getEpochSecond();
            touchNano[i] = touches[i].time().getNano();
        }
        conversionUser = new String[conversions.length];
        conversionSecond = new long[conversions.length];
        conversionNano = new int[conversions.length];
        conversionFen = new long[conversions.length];
        for (int i = 0; i < conversions.length; i++) {
            conversionUser[i] = conversions[i].user();
            conversionSecond[i] = conversions[i].time().getEpochSecond();
            conversionNano[i] = conversions[i].time().getNano();
            conversionFen[i] = conversions[i].value().toMinorUnits();
        }
    }

    private static void shuffle(Object[] a, SplittableRandom r) {
        for (int i = a.length - 1; i > 0; i--) {
            int j = r.nextInt(i + 1);
            Object x = a[i];
            a[i] = a[j];
            a[j] = x;
        }
    }

    private JourneyAccumulator fill() {
        JourneyAccumulator acc = new JourneyAccumulator(LOOKBACK, CNY);
        for (Touchpoint t : touches) {
            acc.add(t);
        }
        for (Conversion c : conversions) {
            acc.add(c);
        }
        return acc;
    }

    /**
     * A new accumulator and every event, without building the paths.
     *
     * @return the accumulator
     */
    @Benchmark
    public JourneyAccumulator add() {
        return fill();
    }

    /**
     * A new accumulator and every event by the primitive adds, without building the paths.
     *
     * @return the accumulator
     */
    @Benchmark
    public JourneyAccumulator addPrimitive() {
        JourneyAccumulator acc = new JourneyAccumulator(LOOKBACK, CNY);
        for (int i = 0; i < touchUser.length; i++) {
            acc.addTouch(touchUser[i], touchChannel[i], touchSecond[i], touchNano[i]);
        }
        for (int i = 0; i < conversionUser.length; i++) {
            acc.addConversion(conversionUser[i], conversionSecond[i], conversionNano[i], conversionFen[i]);
        }
        return acc;
    }

    /**
     * A new accumulator, every event, then the paths.
     *
     * @return the paths and the unattributed conversions
     */
    @Benchmark
    public Journeys addAndResult() {
        return fill().result();
    }
}
