package org.gongkai.examples.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Runs the command line in-process and captures its status, stdout and stderr (decoded as UTF-8). */
final class Cli {
    private Cli() {
    }

    /**
     * The outcome of one command line.
     *
     * @param status the exit status
     * @param out what went to stdout
     * @param err what went to stderr
     */
    record Result(int status, String out, String err) {
        /** @return stdout without its trailing newline */
        String line() {
            return out.strip();
        }

        /** @return stdout read as JSON */
        Object json() {
            return TestJson.parse(out);
        }
    }

    /**
     * @param args the command line
     * @return its outcome
     */
    static Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
                PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            status = Main.run(args, o, e);
        }
        return new Result(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
