package io.kpikit.benchmarks.json;

import io.kpikit.json.review.ReviewDocuments;
import io.kpikit.json.review.ReviewReports;
import io.kpikit.review.ReviewDocument;
import io.kpikit.review.ReviewReport;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
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
 * The JSON boundary of the review: reading a large review document with
 * {@link ReviewDocuments#read(java.io.InputStream, Path)} (strict parsing, binding and every
 * validation of the input records) and writing its report with
 * {@link ReviewReports#toJson(ReviewReport)}.
 *
 * <p>Data, from a fixed seed in {@code @Setup} (not timed): a document with {@code records}
 * budget lines (cost lines under 50 categories, budget 1,000.00 to 100,999.00 CNY, actual
 * 80% to 120% of it, one tag each) and {@code records / 10} inline attribution paths over 8
 * channels (1 to 6 touches, conversions 0 to 20, nulls 0 to 500, value 235.20 per
 * conversion), plus the header. Its report (budget tree, variances and all attribution
 * models) is computed once in {@code @Setup}; {@code write} times only its serialisation.
 * Divide ms/op by {@code records} for the cost per budget line.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms6g", "-Xmx6g"})
@Warmup(iterations = 2)
@Measurement(iterations = 3)
public class ReviewJsonBenchmark {

    private static final String[] CHANNELS = {
        "SEM", "feed", "short video", "industry summit", "direct", "email", "KOL", "affiliate"};

    /** Budget lines in the document; attribution paths are a tenth of it. */
    @Param({"10000", "100000"})
    public int records;

    private byte[] document;
    private ReviewReport report;

    /**
     * Writes the document and computes its report.
     *
     * @throws IOException if the generated document does not read (a bug in the generator)
     */
    @Setup(Level.Trial)
    public void setUp() throws IOException {
        document = generate(records, new SplittableRandom(20261124L)).getBytes(StandardCharsets.UTF_8);
        report = ReviewReport.of(read());
        System.out.printf("%ndocument: %,d bytes, %,d budget lines, %,d paths%n",
                document.length, records, Math.max(1, records / 10));
    }

    /**
     * Reads and validates the document.
     *
     * @return the document
     * @throws IOException never for the generated document
     */
    @Benchmark
    public ReviewDocument read() throws IOException {
        return ReviewDocuments.read(new ByteArrayInputStream(document), Path.of("."));
    }

    /**
     * Writes the precomputed report as JSON.
     *
     * @return the JSON text
     * @throws IOException never
     */
    @Benchmark
    public String write() throws IOException {
        return ReviewReports.toJson(report);
    }

    static String generate(int lines, SplittableRandom random) {
        StringBuilder sb = new StringBuilder(lines * 200);
        sb.append("{\"organisation\":\"Benchmark Co.\",\"period\":{\"label\":\"FY2024\",\"year\":2024},")
                .append("\"currency\":\"CNY\",\"budget\":{\"lines\":[");
        for (int i = 0; i < lines; i++) {
            long budget = 1_000 + random.nextInt(100_000);
            long actual = budget * (80 + random.nextInt(41)) / 100;
            sb.append(i == 0 ? "" : ",")
                    .append("{\"path\":\"area").append(i % 50).append("/line").append(i)
                    .append("\",\"kind\":\"COST\",\"budget\":{\"amount\":").append(budget)
                    .append(".00,\"currency\":\"CNY\"},\"actual\":{\"amount\":").append(actual)
                    .append(".00,\"currency\":\"CNY\"},\"tags\":{\"mix\":\"")
                    .append(i % 5 == 0 ? "experimental" : "proven").append("\"}}");
        }
        sb.append("]},\"attribution\":{\"paths\":[");
        int paths = Math.max(1, lines / 10);
        for (int i = 0; i < paths; i++) {
            sb.append(i == 0 ? "" : ",").append("{\"path\":[");
            int touches = 1 + random.nextInt(6);
            for (int t = 0; t < touches; t++) {
                sb.append(t == 0 ? "" : ",").append('"').append(CHANNELS[random.nextInt(CHANNELS.length)])
                        .append('"');
            }
            int conversions = i == 0 ? 1 : random.nextInt(21);
            sb.append("],\"conversions\":").append(conversions)
                    .append(",\"value\":").append(conversions * 23520 / 100).append('.')
                    .append(String.format("%02d", conversions * 23520 % 100))
                    .append(",\"nulls\":").append(random.nextInt(501)).append('}');
        }
        return sb.append("]}}").toString();
    }
}
