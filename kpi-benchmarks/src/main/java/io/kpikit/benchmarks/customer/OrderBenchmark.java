package io.kpikit.benchmarks.customer;

import io.kpikit.customer.OrderAccumulator;
import io.kpikit.customer.OrderStats;
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
 * Repeat purchase from raw orders: {@link OrderAccumulator} over {@code records} orders
 * (one customer id each) through {@link OrderAccumulator#add(long)}.
 *
 * <p>Data: a fixed seed; {@code records / 3} possible customers (64-bit ids), each order's
 * customer drawn uniformly, so about 95% of the possible customers order at least once and a
 * customer orders 3 times on average. The ids live in a {@code long[]} built in
 * {@code @Setup} (not timed).
 *
 * <ul>
 *   <li>{@code accumulate}: a new accumulator, every order, then {@code result()}. Its
 *       per-customer hash table starts at 16 slots and doubles as customers arrive, so this
 *       includes the table growth a fresh accumulator pays once per distinct customer.</li>
 *   <li>{@code addKnownCustomers}: the same orders added to an accumulator that has already
 *       seen every customer (filled once in {@code @Setup}), so the table never grows: the
 *       steady-state cost of {@code add}.</li>
 * </ul>
 *
 * <pre>
 * java -jar kpi-benchmarks/target/benchmarks.jar 'customer.OrderBenchmark' -f 1 -wi 2 -i 3 -prof gc
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms6g", "-Xmx6g"})
@Warmup(iterations = 2)
@Measurement(iterations = 3)
public class OrderBenchmark {

    /** The number of orders. */
    @Param({"100000", "1000000", "10000000"})
    public int records;

    private long[] customer;
    private OrderAccumulator known;

    /** Generates the orders and fills the accumulator used by {@link #addKnownCustomers()}. */
    @Setup(Level.Trial)
    public void setUp() {
        SplittableRandom r = new SplittableRandom(20_261_126L);
        int customers = Math.max(1, records / 3);
        customer = new long[records];
        for (int i = 0; i < records; i++) {
            customer[i] = 4_000_000_000L + r.nextInt(customers);
        }
        known = new OrderAccumulator();
        for (long c : customer) {
            known.add(c);
        }
    }

    /**
     * A new accumulator over every order, then the statistics.
     *
     * @return the statistics
     */
    @Benchmark
    public OrderStats accumulate() {
        OrderAccumulator acc = new OrderAccumulator();
        long[] c = customer;
        for (int i = 0; i < c.length; i++) {
            acc.add(c[i]);
        }
        return acc.result();
    }

    /**
     * Every order again into an accumulator that knows every customer already.
     *
     * @return the statistics
     */
    @Benchmark
    public OrderStats addKnownCustomers() {
        OrderAccumulator acc = known;
        long[] c = customer;
        for (int i = 0; i < c.length; i++) {
            acc.add(c[i]);
        }
        return acc.result();
    }
}
