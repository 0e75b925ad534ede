package io.kpikit.json.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

/**
 * The {@code ./kpi} script at the repository root, checked without running it (running it
 * builds the jar with Maven, too slow for every test run).
 */
class KpiScriptTest {

    /** The repository root: the nearest directory above the working directory holding mvnw. */
    private static Path root() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("mvnw"))) {
            dir = dir.getParent();
        }
        assertTrue(dir != null, "no mvnw above " + Path.of("").toAbsolutePath());
        return dir;
    }

    @Test
    void isAnExecutablePosixShellScriptThatRunsTheShadedJar() throws IOException {
        Path script = root().resolve("kpi");
        assertTrue(Files.isRegularFile(script), script + " exists");
        assertTrue(Files.isExecutable(script), script + " is executable");
        String text = Files.readString(script, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("#!/bin/sh\n"), "POSIX sh shebang");
        assertTrue(text.contains("kpi-json/target/kpi.jar"), "runs the shaded jar");
        assertTrue(text.contains("./mvnw -B -q package -DskipTests -pl kpi-json -am"), "builds it with the wrapper");
        assertTrue(text.contains("kpi: building the command-line jar (first run only)..."), "says it builds");
        assertTrue(text.contains("exec \"$java\""), "hands over to java");
    }

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void parsesAsShell() throws IOException, InterruptedException {
        Process p = new ProcessBuilder("sh", "-n", root().resolve("kpi").toString()).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), output);
    }
}
