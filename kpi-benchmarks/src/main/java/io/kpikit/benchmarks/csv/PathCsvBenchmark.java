package io.kpikit.benchmarks.csv;

import io.kpikit.attribution.PathCsv;
import io.kpikit.attribution.PathSet;
import io.kpikit.benchmarks.attribution.SyntheticPaths;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * CSV path parsing: {@link PathCsv#read(java.io.Reader, Currency)} over an in-memory CSV of
 * {@code records} data lines in the issue-6 export format
 * ({@code path,total_conversions,total_conversion_value,total_null}).
 *
 * <p>Data: the issue-6 set, {@link SyntheticPaths#generate(int, long)} with 2,000,000
 * journeys and seed 42 (213,130 distinct paths over 8 channels, 7.1 touches per path on
 * average), written as UTF-8 bytes in {@code @Setup} (not timed). With more lines than that
 * the rows repeat in the same order; {@code PathCsv} keeps every row (it does not merge equal
 * paths), so a repeated row costs what a new one does. The measured operation decodes the
 * bytes (an {@link InputStreamReader} over a {@code byte[]}), splits every line, parses the
 * numbers and builds the {@link PathSet}: no file system, so it is the parser's cost alone.
 * {@code RuleBasedBenchmark.readCsv} reads the same 213,130 rows from a file.
 *
 * <pre>
 * java -jar kpi-benchmarks/target/benchmarks.jar 'csv.PathCsvBenchmark' -f 1 -wi 2 -i 3 -prof gc
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms6g", "-Xmx6g"})
@Warmup(iterations = 2)
@Measurement(iterations = 3)
public class PathCsvBenchmark {

    private static final Currency CNY = Currency.getInstance("CNY");

    /** The number of data lines (the header comes on top). */
    @Param({"200000", "1000000", "10000000"})
    public int records;

    private byte[] csv;

    /** Writes the CSV text. */
    @Setup(Level.Trial)
    public void setUp() {
        SyntheticPaths data = SyntheticPaths.generate(2_000_000, 42);
        byte[][] rows = new byte[data.paths.length][];
        long length = "path,total_conversions,total_conversion_value,total_null\n".length();
        for (int i = 0; i < rows.length; i++) {
            rows[i] = (data.paths[i] + ',' + (long) data.conversions[i] + ',' + data.values[i].toPlainString() + ','
                    + (long) data.nulls[i] + '\n').getBytes(StandardCharsets.UTF_8);
        }
        for (int i = 0; i < records; i++) {
            length += rows[i % rows.length].length;
        }
        if (length > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("records must give a CSV under 2 GB, was " + records + " lines, "
                    + length + " bytes");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream((int) length);
        out.writeBytes("path,total_conversions,total_conversion_value,total_null\n".getBytes(StandardCharsets.UTF_8));
        for (int i = 0; i < records; i++) {
            out.writeBytes(rows[i % rows.length]);
        }
        csv = out.toByteArray();
    }

    /**
     * Reads every line into paths.
     *
     * @return the paths
     */
    @Benchmark
    public PathSet read() {
        return PathCsv.read(new InputStreamReader(new ByteArrayInputStream(csv), StandardCharsets.UTF_8), CNY);
    }
}
