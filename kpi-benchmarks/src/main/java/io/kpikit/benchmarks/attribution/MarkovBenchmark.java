package io.kpikit.benchmarks.attribution;

import io.kpikit.attribution.Attribution;
import io.kpikit.attribution.MarkovModel;
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
 * The exact Markov model of order 1 to 4 (and 6), end to end from the path strings in memory:
 * split, intern, build the chain, solve the base chain and one chain per channel. Data:
 * {@link SyntheticPaths}, ~213,000 distinct paths from 2,000,000 journeys over 8 channels.
 *
 * <pre>
 * java -jar kpi-benchmarks/target/benchmarks.jar 'attribution.MarkovBenchmark' -f 1 -wi 2 -i 3
 * </pre>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
@Fork(1)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class MarkovBenchmark {

    /** The order of the chain. */
    @Param({"1", "2", "3", "4", "6"})
    public int order;

    private SyntheticPaths data;

    /** Generates the data. */
    /**
     * Journeys aggregated into paths: 2,000,000 is the issue-6 set (about 213,000 distinct
     * paths); the CI smoke run uses a tiny value.
     */
    @Param({"2000000"})
    public int journeys;

    @Setup(Level.Trial)
    public void setUp() {
        data = SyntheticPaths.generate(journeys, 42);
    }

    /** @return the Markov attribution of the given order, from the strings */
    @Benchmark
    public Attribution markov() {
        return MarkovModel.ofOrder(order).attribute(RuleBasedBenchmark.build(data));
    }
}
