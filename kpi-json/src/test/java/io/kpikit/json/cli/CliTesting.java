package io.kpikit.json.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Runs {@link Kpi#run(String[], Io)} in memory and captures what it prints. */
final class CliTesting {

    private CliTesting() {
    }

    /**
     * What one run printed and returned.
     *
     * @param code the exit code
     * @param out standard output
     * @param err standard error
     */
    record Result(int code, String out, String err) {

        /** Returns the first line of stderr. */
        String errLine() {
            int nl = err.indexOf('\n');
            return nl < 0 ? err : err.substring(0, nl);
        }
    }

    static Result kpi(String... args) {
        return kpiWithStdin(new byte[0], args);
    }

    static Result kpiWithStdin(byte[] stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (PrintStream o = new PrintStream(out, false, StandardCharsets.UTF_8);
                PrintStream e = new PrintStream(err, false, StandardCharsets.UTF_8)) {
            int code = Kpi.run(args, new Io(new ByteArrayInputStream(stdin), o, e));
            o.flush();
            e.flush();
            return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        }
    }

    /** Writes a UTF-8 file and returns its path as a string. */
    static String write(Path dir, String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file.toString();
    }
}
