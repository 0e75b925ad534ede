package io.kpikit.benchmarks.roi;

import io.kpikit.roi.ChannelSpendAccumulator;
import io.kpikit.roi.ChannelTable;
import java.util.Currency;
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
 * ROI by channel: {@link ChannelSpendAccumulator} over {@code records} spend records (channel
 * id, cost and revenue in minor units) through the primitive
 * {@link ChannelSpendAccumulator#add(int, long, long)} path, then {@code result()}.
 *
 * <p>Data: a fixed seed; 12 channels drawn with skewed weights; cost 0.00 to 10,000.00 and
 * revenue 0 to 5 times the cost, in fen. The records live in primitive arrays built in
 * {@code @Setup} (not timed). The measured operation creates the accumulator, registers the
 * 12 channels, adds every record and builds the {@link ChannelTable}; divide ms/op by
 * {@code records} for the cost per record.
 *
 * <pre>
 * java -jar kpi-benchmarks/target/benchmarks.jar 'roi.ChannelSpendBenchmark' -f 1 -wi 2 -i 3 -prof gc
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms6g", "-Xmx6g"})
@Warmup(iterations = 2)
@Measurement(iterations = 3)
public class ChannelSpendBenchmark {

    /** The channel names, registered in this order (ids 0 to 11). */
    static final String[] CHANNELS = {"SEM", "Feed", "Social", "Video", "Display", "Email", "Affiliate", "KOL",
        "Search brand", "Outdoor", "Radio", "Print"};

    private static final Currency CNY = Currency.getInstance("CNY");

    /** The number of spend records. */
    @Param({"100000", "1000000", "10000000"})
    public int records;

    private int[] channel;
    private long[] cost;
    private long[] revenue;

    /** Generates the records. */
    @Setup(Level.Trial)
    public void setUp() {
        SplittableRandom r = new SplittableRandom(20_261_124L);
        channel = new int[records];
        cost = new long[records];
        revenue = new long[records];
        for (int i = 0; i < records; i++) {
            // skewed: min of two uniform draws favours the first channels
            channel[i] = Math.min(r.nextInt(CHANNELS.length), r.nextInt(CHANNELS.length));
            cost[i] = r.nextLong(1_000_001L);
            revenue[i] = cost[i] * r.nextInt(6) + r.nextInt(100);
        }
    }

    /**
     * One accumulator over every record, then the channel table.
     *
     * @return the channel table
     */
    @Benchmark
    public ChannelTable accumulate() {
        ChannelSpendAccumulator acc = new ChannelSpendAccumulator(CNY);
        for (String name : CHANNELS) {
            acc.register(name);
        }
        int[] ch = channel;
        long[] c = cost;
        long[] rev = revenue;
        for (int i = 0; i < ch.length; i++) {
            acc.add(ch[i], c[i], rev[i]);
        }
        return acc.result();
    }
}
