package io.kpikit.benchmarks.attribution;

import java.io.BufferedWriter;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * A seeded synthetic data set: journeys over 8 channels with path lengths 1 to 10, aggregated
 * into distinct paths with conversions, value and nulls (2,000,000 journeys give about
 * 200,000 distinct paths).
 *
 * <p>Channels are drawn with skewed weights and lengths from a truncated geometric
 * distribution, so popular short paths repeat and long paths are mostly unique, as in real
 * exports. A journey converts with probability 3% + 1.5% per touch; a conversion is worth
 * 10.00 to 500.00.
 */
public final class SyntheticPaths {

    /** The channel names. */
    static final String[] CHANNELS = {"Search", "Direct", "Email", "Social", "Display", "Affiliate", "Video", "Referral"};
    private static final double[] CHANNEL_WEIGHTS = {0.26, 0.20, 0.15, 0.12, 0.10, 0.07, 0.06, 0.04};
    /** P(length = L) ∝ RATIO^L for L in 1..10. */
    private static final double RATIO = 0.66;

    /** Path strings joined by " > ". */
    public final String[] paths;
    /** Conversions per path. */
    public final double[] conversions;
    /** Conversion value per path. */
    public final BigDecimal[] values;
    /** Nulls per path. */
    public final double[] nulls;
    /** The number of journeys aggregated. */
    public final int journeys;

    private SyntheticPaths(String[] paths, double[] conversions, BigDecimal[] values, double[] nulls, int journeys) {
        this.paths = paths;
        this.conversions = conversions;
        this.values = values;
        this.nulls = nulls;
        this.journeys = journeys;
    }

    /**
     * Generates the data set.
     *
     * @param journeys the number of journeys
     * @param seed the seed
     * @return the aggregated paths
     */
    public static SyntheticPaths generate(int journeys, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        double[] lengthCdf = new double[10];
        double total = 0;
        for (int l = 1; l <= 10; l++) {
            total += Math.pow(RATIO, l);
            lengthCdf[l - 1] = total;
        }
        Map<String, long[]> agg = new HashMap<>(400_000);
        StringBuilder sb = new StringBuilder();
        for (int j = 0; j < journeys; j++) {
            double u = r.nextDouble() * total;
            int len = 1;
            while (lengthCdf[len - 1] < u) {
                len++;
            }
            sb.setLength(0);
            for (int t = 0; t < len; t++) {
                if (t > 0) {
                    sb.append(" > ");
                }
                sb.append(CHANNELS[pick(r)]);
            }
            long[] row = agg.computeIfAbsent(sb.toString(), k -> new long[3]);
            if (r.nextDouble() < 0.03 + 0.015 * len) {
                row[0]++;
                row[1] += 1_000 + r.nextInt(49_001);
            } else {
                row[2]++;
            }
        }
        int n = agg.size();
        String[] paths = new String[n];
        double[] conv = new double[n];
        BigDecimal[] values = new BigDecimal[n];
        double[] nulls = new double[n];
        int i = 0;
        for (Map.Entry<String, long[]> e : agg.entrySet()) {
            paths[i] = e.getKey();
            conv[i] = e.getValue()[0];
            values[i] = BigDecimal.valueOf(e.getValue()[1], 2);
            nulls[i] = e.getValue()[2];
            i++;
        }
        return new SyntheticPaths(paths, conv, values, nulls, journeys);
    }

    private static int pick(SplittableRandom r) {
        double u = r.nextDouble();
        for (int c = 0; c < CHANNEL_WEIGHTS.length - 1; c++) {
            u -= CHANNEL_WEIGHTS[c];
            if (u < 0) {
                return c;
            }
        }
        return CHANNEL_WEIGHTS.length - 1;
    }

    /**
     * Writes the data set as a CSV file in the common export format.
     *
     * @param file the file to write
     * @throws IOException if writing fails
     */
    public void writeCsv(Path file) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("path,total_conversions,total_conversion_value,total_null\n");
            for (int i = 0; i < paths.length; i++) {
                w.write(paths[i]);
                w.write(',');
                w.write(Long.toString((long) conversions[i]));
                w.write(',');
                w.write(values[i].toPlainString());
                w.write(',');
                w.write(Long.toString((long) nulls[i]));
                w.write('\n');
            }
        }
    }
}
