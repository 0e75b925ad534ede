package io.kpikit.benchmarks.budget;

import io.kpikit.budget.LedgerActuals;
import io.kpikit.budget.PostingAccumulator;
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
 * Budget actuals from ledger postings: {@link PostingAccumulator} over {@code records}
 * postings (line index, month, amount in minor units) through the primitive
 * {@link PostingAccumulator#add(int, int, long)} path, then {@code result()}.
 *
 * <p>Data: a fixed seed; 200 budget lines registered up front, 12 monthly periods, amounts
 * 0.01 to 50,000.00 in fen, one posting in 20 a refund (negative). The postings live in
 * primitive arrays built in {@code @Setup} (not timed). The measured operation creates the
 * accumulator, adds every posting (each an exact 128-bit cell sum) and builds the
 * {@link LedgerActuals}; divide ms/op by {@code records} for the cost per posting.
 *
 * <pre>
 * java -jar kpi-benchmarks/target/benchmarks.jar 'budget.PostingBenchmark' -f 1 -wi 2 -i 3 -prof gc
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms6g", "-Xmx6g"})
@Warmup(iterations = 2)
@Measurement(iterations = 3)
public class PostingBenchmark {

    /** The number of budget lines. */
    static final int LINES = 200;
    /** The number of periods (months). */
    static final int PERIODS = 12;

    private static final Currency CNY = Currency.getInstance("CNY");

    /** The number of postings. */
    @Param({"100000", "1000000", "10000000"})
    public int records;

    private List<String> lineIds;
    private int[] line;
    private int[] period;
    private long[] amount;

    /** Generates the postings. */
    @Setup(Level.Trial)
    public void setUp() {
        lineIds = new ArrayList<>(LINES);
        for (int l = 0; l < LINES; l++) {
            lineIds.add("6601." + (1000 + l));
        }
        SplittableRandom r = new SplittableRandom(20_261_125L);
        line = new int[records];
        period = new int[records];
        amount = new long[records];
        for (int i = 0; i < records; i++) {
            line[i] = r.nextInt(LINES);
            period[i] = r.nextInt(PERIODS);
            long fen = 1 + r.nextLong(5_000_000L);
            amount[i] = r.nextInt(20) == 0 ? -fen : fen;
        }
    }

    /**
     * One accumulator over every posting, then the actuals.
     *
     * @return the actuals per line and period
     */
    @Benchmark
    public LedgerActuals accumulate() {
        PostingAccumulator acc = new PostingAccumulator(CNY, PERIODS, lineIds);
        int[] l = line;
        int[] p = period;
        long[] a = amount;
        for (int i = 0; i < l.length; i++) {
            acc.add(l[i], p[i], a[i]);
        }
        return acc.result();
    }
}
