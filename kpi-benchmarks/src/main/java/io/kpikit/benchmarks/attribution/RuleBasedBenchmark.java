package io.kpikit.benchmarks.attribution;

import io.kpikit.attribution.Attribution;
import io.kpikit.attribution.Conversion;
import io.kpikit.attribution.JourneyAccumulator;
import io.kpikit.attribution.PathCsv;
import io.kpikit.attribution.PathSet;
import io.kpikit.attribution.RuleBasedModel;
import io.kpikit.attribution.ShapleyModel;
import io.kpikit.attribution.Touchpoint;
import io.kpikit.core.Money;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Currency;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Rule-based attribution, Shapley and the CSV reader on ~213,000 distinct paths aggregated
 * from 2,000,000 seeded journeys over 8 channels ({@link SyntheticPaths}).
 *
 * <p>Every model benchmark is end to end from the path strings in memory: split, intern,
 * build the {@link PathSet} (with a builder sized for the number of paths, which is known),
 * attribute. Time decay needs touch timestamps, which path strings
 * do not carry, so it runs on a journey-built set (one journey per converting path) prepared
 * in setup. {@code ruleBased_all} builds the paths once and runs all seven models.
 *
 * <pre>
 * ./mvnw -B -o -q package -pl kpi-core,kpi-json,kpi-benchmarks -DskipTests
 * java -jar kpi-benchmarks/target/benchmarks.jar 'attribution.RuleBasedBenchmark' -f 1 -wi 2 -i 3
 * </pre>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
@Fork(1)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class RuleBasedBenchmark {

    static final Currency CNY = Currency.getInstance("CNY");

    private SyntheticPaths data;
    private PathSet timed;
    private Path csv;

    /**
     * Generates the data, the journey-built set for time decay, and the CSV file.
     *
     * @throws IOException if the CSV cannot be written
     */
    /**
     * Journeys aggregated into paths: 2,000,000 is the issue-6 set (about 213,000 distinct
     * paths); the CI smoke run uses a tiny value.
     */
    @Param({"2000000"})
    public int journeys;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        data = SyntheticPaths.generate(journeys, 42);
        JourneyAccumulator acc = new JourneyAccumulator(Duration.ofDays(30), CNY);
        Instant t0 = Instant.parse("2024-01-01T00:00:00Z");
        for (int i = 0; i < data.paths.length; i++) {
            if (data.conversions[i] > 0) {
                String user = "u" + i;
                String[] channels = data.paths[i].split(" > ");
                for (int t = 0; t < channels.length; t++) {
                    acc.add(new Touchpoint(user, channels[t], t0.plus(Duration.ofHours(7L * t))));
                }
                acc.add(new Conversion(user, t0.plus(Duration.ofHours(7L * channels.length)), Money.of(data.values[i], CNY)));
            }
        }
        timed = acc.result().paths();
        csv = Files.createTempFile("kpikit-paths", ".csv");
        data.writeCsv(csv);
    }

    /**
     * Deletes the CSV file.
     *
     * @throws IOException if it cannot be deleted
     */
    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        Files.deleteIfExists(csv);
    }

    static PathSet build(SyntheticPaths data) {
        PathSet.Builder b = PathSet.builder(CNY, data.paths.length);
        for (int i = 0; i < data.paths.length; i++) {
            b.add(data.paths[i], " > ", data.conversions[i], data.values[i], data.nulls[i]);
        }
        return b.build();
    }

    /** @return the paths built from the strings (split, intern, validate) */
    @Benchmark
    public PathSet buildPaths() {
        return build(data);
    }

    /** @return the CSV file read into paths */
    @Benchmark
    public PathSet readCsv() {
        return PathCsv.read(csv, CNY, " > ");
    }

    /** @return first touch, from the strings */
    @Benchmark
    public Attribution firstTouch() {
        return RuleBasedModel.firstTouch().attribute(build(data));
    }

    /** @return last touch, from the strings */
    @Benchmark
    public Attribution lastTouch() {
        return RuleBasedModel.lastTouch().attribute(build(data));
    }

    /** @return last non-direct touch, from the strings */
    @Benchmark
    public Attribution lastNonDirect() {
        return RuleBasedModel.lastNonDirect("Direct").attribute(build(data));
    }

    /** @return linear per touch, from the strings */
    @Benchmark
    public Attribution linearPerTouch() {
        return RuleBasedModel.linearPerTouch().attribute(build(data));
    }

    /** @return linear per channel, from the strings */
    @Benchmark
    public Attribution linearPerChannel() {
        return RuleBasedModel.linearPerChannel().attribute(build(data));
    }

    /** @return position based, from the strings */
    @Benchmark
    public Attribution positionBased() {
        return RuleBasedModel.positionBased().attribute(build(data));
    }

    /** @return time decay on the journey-built paths */
    @Benchmark
    public Attribution timeDecay() {
        return RuleBasedModel.timeDecay().attribute(timed);
    }

    /**
     * Builds the paths once from the strings and runs all seven rule-based models.
     *
     * @param bh the blackhole
     */
    @Benchmark
    public void ruleBased_all(Blackhole bh) {
        PathSet paths = build(data);
        bh.consume(RuleBasedModel.firstTouch().attribute(paths));
        bh.consume(RuleBasedModel.lastTouch().attribute(paths));
        bh.consume(RuleBasedModel.lastNonDirect("Direct").attribute(paths));
        bh.consume(RuleBasedModel.linearPerTouch().attribute(paths));
        bh.consume(RuleBasedModel.linearPerChannel().attribute(paths));
        bh.consume(RuleBasedModel.positionBased().attribute(paths));
        bh.consume(RuleBasedModel.timeDecay().attribute(timed));
    }

    /** @return exact rate-based Shapley (8 channels, 256 coalitions), from the strings */
    @Benchmark
    public Attribution shapleyRate() {
        return ShapleyModel.rateBased().attribute(build(data));
    }
}
