package io.kpikit.benchmarks.attainment;

import io.kpikit.attainment.Attainment;
import io.kpikit.attainment.Scorecard;
import io.kpikit.attainment.ScorecardKpi;
import io.kpikit.attainment.ScorecardResult;
import io.kpikit.core.Direction;
import java.util.ArrayList;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * Attainment and the weighted scorecard over {@code records} KPIs. The attainment package has
 * no accumulator (a review has tens of KPIs, not millions), so this measures the per-KPI cost
 * of the two operations a review runs for every KPI.
 *
 * <p>Data: a fixed seed; targets 1,000.00 to 1,000,000.00 and actuals 50% to 150% of them,
 * both with two decimals, in {@code double[]}s; one KPI in four is lower-is-better; weights 1
 * to 100 (normalised by the scorecard), one KPI in three capped at 120%.
 *
 * <ul>
 *   <li>{@code attainment}: {@link Attainment#of(double, double, Direction)} for every KPI
 *       (exact decimals, one {@link io.kpikit.core.Ratio} each), consumed by a
 *       {@link Blackhole}.</li>
 *   <li>{@code scorecard}: {@link Scorecard#normalised(List)} and {@link Scorecard#score()}
 *       over KPIs built in {@code @Setup} (not timed): weight normalisation, clamping and the
 *       exact composite.</li>
 * </ul>
 *
 * <p>Sizes: 10<sup>5</sup> and 10<sup>6</sup> KPIs. Every KPI holds several
 * {@code BigDecimal}s (about 350 bytes with its attainment, and as much again in the result),
 * so 10<sup>7</sup> KPIs do not fit in the 6 GB heap.
 *
 * <pre>
 * java -jar kpi-benchmarks/target/benchmarks.jar 'attainment.ScorecardBenchmark' -f 1 -wi 2 -i 3 -prof gc
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms6g", "-Xmx6g"})
@Warmup(iterations = 2)
@Measurement(iterations = 3)
public class ScorecardBenchmark {

    /** The number of KPIs. */
    @Param({"100000", "1000000"})
    public int records;

    private double[] actual;
    private double[] target;
    private Direction[] direction;
    private List<ScorecardKpi> kpis;

    /** Generates the KPIs. */
    @Setup(Level.Trial)
    public void setUp() {
        SplittableRandom r = new SplittableRandom(20_261_128L);
        actual = new double[records];
        target = new double[records];
        direction = new Direction[records];
        kpis = new ArrayList<>(records);
        for (int i = 0; i < records; i++) {
            long targetFen = 100_000 + r.nextLong(99_900_001L);
            long actualFen = targetFen / 2 + r.nextLong(targetFen + 1);
            target[i] = targetFen / 100.0;
            actual[i] = actualFen / 100.0;
            direction[i] = r.nextInt(4) == 0 ? Direction.LOWER_IS_BETTER : Direction.HIGHER_IS_BETTER;
            ScorecardKpi kpi = ScorecardKpi.of("kpi-" + i, Attainment.of(actual[i], target[i], direction[i]),
                    1 + r.nextInt(100));
            kpis.add(i % 3 == 0 ? kpi.withCap(1.2) : kpi);
        }
    }

    /**
     * The attainment of every KPI.
     *
     * @param bh consumes each attainment
     */
    @Benchmark
    public void attainment(Blackhole bh) {
        double[] a = actual;
        double[] t = target;
        Direction[] d = direction;
        for (int i = 0; i < a.length; i++) {
            bh.consume(Attainment.of(a[i], t[i], d[i]));
        }
    }

    /**
     * The normalised scorecard of every KPI and its composite score.
     *
     * @return the composite and its lines
     */
    @Benchmark
    public ScorecardResult scorecard() {
        return Scorecard.normalised(kpis).score();
    }
}
