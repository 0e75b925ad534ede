package io.kpikit.json.shape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonSerializer;
import io.kpikit.core.Money;
import com.fasterxml.jackson.databind.deser.DefaultDeserializationContext;
import io.kpikit.json.JsonTesting;
import io.kpikit.json.deser.ShapeDeserializer;
import io.kpikit.json.ser.KpiSerializer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every public concrete class of the covered kpi-core packages has a serializer in
 * {@link io.kpikit.json.KpiModule}, or is in {@link #EXCLUDED} with the reason; a new core type
 * fails this test until it gets a shape or a reason.
 */
class CoverageTest {

    /** The kpi-core packages whose types kpi-json covers, in the order their shapes were added. */
    static final List<String> AREAS = List.of("roi", "attainment", "growth", "customer", "market", "budget", "funnel",
            "stats", "attribution");

    /** Classes left out on purpose, each with the reason (the kpi-json README repeats them). */
    static final Map<String, String> EXCLUDED = Map.ofEntries(
            // static utilities: no instances to write
            Map.entry("io.kpikit.roi.MarginalRoi", "static utility returning a Ratio"),
            Map.entry("io.kpikit.roi.Payback", "static utility returning a Ratio"),
            Map.entry("io.kpikit.roi.RoasNotation", "static utility: formats and parses \"1:4.8\""),
            Map.entry("io.kpikit.attainment.Phasing", "static utility returning lists of Money"),
            Map.entry("io.kpikit.growth.Correlation", "static utility returning a Figure"),
            Map.entry("io.kpikit.growth.MovingAverage", "static utility returning a list"),
            Map.entry("io.kpikit.customer.Csat", "static utility returning a Ratio"),
            Map.entry("io.kpikit.customer.CustomerRates", "static utility returning Ratios"),
            Map.entry("io.kpikit.customer.UnitEconomics", "static utility returning Ratios"),
            Map.entry("io.kpikit.customer.OrderAccumulator", "accumulator; OrderStats is its result"),
            Map.entry("io.kpikit.budget.PostingAccumulator", "accumulator; LedgerActuals is its result"),
            Map.entry("io.kpikit.funnel.EventFunnelAccumulator", "accumulator; EventFunnel is its result"),
            Map.entry("io.kpikit.attribution.JourneyAccumulator", "accumulator; Journeys is its result"),
            // models are configuration with no accessors for their parameters; their results are covered
            Map.entry("io.kpikit.attribution.MarkovModel", "model (configuration); MarkovChain and Attribution are covered"),
            Map.entry("io.kpikit.attribution.RuleBasedModel", "model (configuration); Attribution is covered"),
            Map.entry("io.kpikit.attribution.ShapleyModel", "model (configuration); ShapleyValues and Attribution are covered"),
            // readers and builders
            Map.entry("io.kpikit.attribution.PathCsv", "static reader of path CSV files"),
            Map.entry("io.kpikit.funnel.FunnelEventsCsv", "static reader of funnel event CSV files"),
            Map.entry("io.kpikit.attribution.PathSet$Builder", "mutable builder of a PathSet"),
            // accumulators: mutable, merged across partitions; their result() is covered
            Map.entry("io.kpikit.roi.ChannelSpendAccumulator", "accumulator; ChannelTable is its result"));

    @Test
    void everyPublicCoreTypeHasASerializerOrAReason() {
        List<String> missing = new ArrayList<>();
        List<String> excludedButCovered = new ArrayList<>();
        for (Class<?> type : publicConcreteClasses()) {
            boolean covered = hasShapeSerializer(type);
            if (!covered && !EXCLUDED.containsKey(type.getName())) {
                missing.add(type.getName());
            }
            if (covered && EXCLUDED.containsKey(type.getName())) {
                excludedButCovered.add(type.getName());
            }
        }
        assertEquals(List.of(), missing, "public kpi-core types without a serializer or a reason");
        assertEquals(List.of(), excludedButCovered, "excluded types that have a serializer");
        assertTrue(new TreeSet<>(classNames()).containsAll(EXCLUDED.keySet()),
                "an excluded class no longer exists: " + EXCLUDED.keySet());
    }

    @Test
    void everyShapeIsRegisteredWithItsSerializerAndReadableOnesWithADeserializer() throws Exception {
        for (Shape<?> shape : Shapes.all()) {
            assertTrue(hasShapeSerializer(shape.type()), shape.toString());
            assertEquals(shape.isReadable(), hasShapeDeserializer(shape.type()), shape.toString());
        }
    }

    @Test
    void noRegisteredShapeIsWriteOnly() {
        // issue 7: a deserializer for every public value and result type of kpi-core
        List<String> writeOnly = new ArrayList<>();
        for (Shape<?> shape : Shapes.all()) {
            if (!shape.isReadable()) {
                writeOnly.add(shape.type().getName());
            }
        }
        assertEquals(List.of(), writeOnly, "shapes that kpi-json writes but cannot read");
    }

    private static boolean hasShapeDeserializer(Class<?> type) throws IOException {
        DefaultDeserializationContext ctxt = ((DefaultDeserializationContext) JsonTesting.MAPPER.getDeserializationContext())
                .createDummyInstance(JsonTesting.MAPPER.getDeserializationConfig());
        return ctxt.findRootValueDeserializer(JsonTesting.MAPPER.constructType(type)) instanceof ShapeDeserializer;
    }

    private static boolean hasShapeSerializer(Class<?> type) {
        try {
            JsonSerializer<Object> s = JsonTesting.MAPPER.getSerializerProviderInstance().findValueSerializer(type);
            return s instanceof KpiSerializer;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Public, non-abstract, non-interface, non-enum, non-record-less classes of the areas. */
    static List<Class<?>> publicConcreteClasses() {
        List<Class<?>> out = new ArrayList<>();
        for (String name : classNames()) {
            Class<?> c;
            try {
                c = Class.forName(name, false, Money.class.getClassLoader());
            } catch (ClassNotFoundException e) {
                throw new AssertionError(e);
            }
            int m = c.getModifiers();
            if (Modifier.isPublic(m) && !Modifier.isAbstract(m) && !c.isInterface() && !c.isEnum()
                    && !c.isAnonymousClass() && !c.isSynthetic()) {
                out.add(c);
            }
        }
        return out;
    }

    /** Names of every top-level and nested class in io/kpikit/&lt;area&gt;/, from kpi-core's jar or directory. */
    static List<String> classNames() {
        Path location;
        try {
            location = Path.of(Money.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new AssertionError(e);
        }
        List<String> entries = new ArrayList<>();
        try {
            if (Files.isDirectory(location)) {
                try (Stream<Path> files = Files.walk(location)) {
                    files.forEach(f -> entries.add(location.relativize(f).toString().replace('\\', '/')));
                }
            } else {
                try (JarFile jar = new JarFile(location.toFile())) {
                    jar.stream().forEach(e -> entries.add(e.getName()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> names = new TreeMap<>();
        for (String entry : entries) {
            for (String area : AREAS) {
                String prefix = "io/kpikit/" + area + "/";
                if (entry.startsWith(prefix) && entry.endsWith(".class") && entry.indexOf('/', prefix.length()) < 0
                        && !entry.endsWith("package-info.class")) {
                    String name = entry.substring(0, entry.length() - ".class".length()).replace('/', '.');
                    names.put(name, area);
                }
            }
        }
        assertTrue(!names.isEmpty(), "no kpi-core classes found at " + location);
        return Collections.unmodifiableList(new ArrayList<>(names.keySet()));
    }
}
