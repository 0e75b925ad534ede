package io.kpikit.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.BenchmarkList;
import org.openjdk.jmh.runner.BenchmarkListEntry;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.format.OutputFormatFactory;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * The CI smoke run: every JMH benchmark in this module runs once, in this JVM, on tiny
 * inputs, so that a benchmark that no longer compiles against kpi-core, throws, or fails its
 * own {@code @Setup} check (FunnelBenchmark compares kpikit with DuckDB) breaks
 * {@code ./mvnw verify}. The numbers it produces mean nothing and are not looked at.
 *
 * <p>Every size parameter a benchmark declares must have a small value in {@link #SMALL};
 * a benchmark with a parameter this test does not know fails here, with a message saying
 * so, rather than running at full size in CI.
 */
class BenchmarkSmokeTest {

    /** The value each known parameter gets in the smoke run. */
    static final Map<String, String> SMALL = Map.of(
            "records", "1000",      // the accumulator, scorecard and CSV benchmarks
            "events", "1000",       // FunnelBenchmark
            "order", "1",           // MarkovBenchmark: one chain order is enough to run the code
            "journeys", "2000");    // RuleBasedBenchmark, MarkovBenchmark: 2,000 journeys, not 2M

    /** Benchmarks of this module only. */
    static final String INCLUDE = "^io\\.kpikit\\.benchmarks\\.";

    @Test
    void everyBenchmarkRunsOnceOnTinyInputs() throws Exception {
        List<BenchmarkListEntry> entries = List.copyOf(BenchmarkList.defaultList().find(
                OutputFormatFactory.createFormatInstance(new PrintStream(OutputStream.nullOutputStream()),
                        VerboseMode.SILENT), List.of(INCLUDE), List.of()));
        assertFalse(entries.isEmpty(), "META-INF/BenchmarkList lists no benchmark: is annotation processing on?");
        for (BenchmarkListEntry e : entries) {
            for (String param : e.getParams().orElse(Map.of()).keySet()) {
                assertTrue(SMALL.containsKey(param), e.getUsername() + " has @Param \"" + param
                        + "\": give it a small value in BenchmarkSmokeTest.SMALL");
            }
        }

        Path log = Path.of("target", "jmh-smoke.txt");
        Files.createDirectories(log.getParent());
        ChainedOptionsBuilder options = new OptionsBuilder()
                .include(INCLUDE)
                .forks(0)
                .warmupIterations(0)
                .measurementIterations(1)
                .measurementTime(TimeValue.milliseconds(50))
                .shouldFailOnError(true)
                .output(log.toString());
        SMALL.forEach(options::param);
        Collection<RunResult> results = new Runner(options.build()).run();

        Map<String, RunResult> byName = new TreeMap<>();
        for (RunResult r : results) {
            byName.put(r.getParams().getBenchmark(), r);
            for (String param : r.getParams().getParamsKeys()) {
                assertEquals(SMALL.get(param), r.getParams().getParam(param),
                        r.getParams().getBenchmark() + " ran with " + param + " not set to its small value");
            }
            Result<?> primary = r.getPrimaryResult();
            assertTrue(primary.getSampleCount() >= 1 && Double.isFinite(primary.getScore()) && primary.getScore() > 0,
                    r.getParams().getBenchmark() + " produced no usable result: " + primary);
        }
        Set<String> expected = entries.stream().map(BenchmarkListEntry::getUsername)
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(expected, byName.keySet(), "every benchmark must produce a result");
    }
}
