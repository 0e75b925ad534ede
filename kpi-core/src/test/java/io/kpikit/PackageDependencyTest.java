package io.kpikit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps DESIGN.md's arrows one way: every package may use {@code core} and {@code stats},
 * {@code review} may use every package, and no other package names a sibling (in an import,
 * a fully qualified name or a javadoc link).
 */
class PackageDependencyTest {

    private static final Path SOURCES = Paths.get("src", "main", "java", "io", "kpikit");
    private static final Pattern REFERENCE = Pattern.compile("\\bio\\.kpikit\\.([a-z]+)\\b");
    private static final Set<String> SHARED = Set.of("core", "stats");

    @Test
    void packagesUseOnlyCoreAndStats() throws IOException {
        List<String> violations = new ArrayList<>();
        Set<String> packagesSeen = new TreeSet<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            files.filter(p -> p.toString().endsWith(".java")).forEach(file -> {
                String own = SOURCES.relativize(file).getName(0).toString();
                packagesSeen.add(own);
                Matcher m = REFERENCE.matcher(read(file));
                while (m.find()) {
                    String used = m.group(1);
                    boolean allowed = used.equals(own) || SHARED.contains(used)
                            || (own.equals("review") && !used.equals("review"));
                    if (!allowed) {
                        violations.add(SOURCES.relativize(file) + " uses io.kpikit." + used);
                    }
                }
            });
        }
        assertTrue(packagesSeen.containsAll(Set.of("core", "attainment", "growth", "roi", "customer", "market")),
                "the scan must see the packages, saw " + packagesSeen);
        assertEquals(List.of(), violations);
    }

    @Test
    void coreUsesNoOtherKpikitPackage() throws IOException {
        List<String> violations = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES.resolve("core"))) {
            files.filter(p -> p.toString().endsWith(".java")).forEach(file -> {
                Matcher m = REFERENCE.matcher(read(file));
                while (m.find()) {
                    if (!m.group(1).equals("core")) {
                        violations.add(file.getFileName() + " uses io.kpikit." + m.group(1));
                    }
                }
            });
        }
        assertEquals(List.of(), violations);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
