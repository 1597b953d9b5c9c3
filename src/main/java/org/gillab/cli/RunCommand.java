package org.gillab.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import org.gillab.model.Interpreter;

/**
 * The "run" sub-command: {@code python FILE.py ARGS...} on the model. Prints what the program prints;
 * an uncaught exception prints a Python traceback on stderr and exits 1; SystemExit(n) exits n; a
 * program the compiler rejects prints CPython's SyntaxError report and exits 1; bad options exit 2.
 */
final class RunCommand {
    private RunCommand() {}

    static final String USAGE = """
            usage: gil-lab run [--gil new|old|free|unsafe] [--switch-interval SECONDS] [--check-interval N]
                               [--profile 3.9|3.11] [--stats] FILE.py [ARGS...]
            """;

    static int run(String[] args) {
        Interpreter.Builder builder = Interpreter.builder();
        boolean stats = false;
        int i = 0;
        try {
            for (; i < args.length && args[i].startsWith("--"); i++) {
                switch (args[i]) {
                    case "--gil" -> builder.gil(value(args, ++i));
                    case "--switch-interval" -> builder.switchInterval(Duration.ofNanos((long) (seconds(value(args, ++i)) * 1e9)));
                    case "--check-interval" -> builder.checkInterval(Integer.parseInt(value(args, ++i)));
                    case "--profile" -> builder.profile(value(args, ++i));
                    case "--stats" -> stats = true;
                    default -> throw new IllegalArgumentException("unknown option " + args[i]);
                }
            }
        } catch (IllegalArgumentException e) {
            System.err.println("gil-lab run: " + e.getMessage());
            System.err.print(USAGE);
            return 2;
        }
        if (i >= args.length) {
            System.err.print(USAGE);
            return 2;
        }
        Path file = Path.of(args[i]);
        String[] argv = Arrays.copyOfRange(args, i + 1, args.length);
        Interpreter py;
        try {
            py = builder.build();
        } catch (IllegalArgumentException e) {
            System.err.println("gil-lab run: " + e.getMessage());
            return 2;
        }
        try {
            return py.runMain("gil-lab run", file, argv);
        } finally {
            if (stats) {
                System.err.println(py.gilStats());
                System.err.println(py.heapStats());
            }
            py.close();
        }
    }

    private static String value(String[] args, int index) {
        if (index >= args.length) {
            throw new IllegalArgumentException(args[index - 1] + " needs a value");
        }
        return args[index];
    }

    private static double seconds(String text) {
        try {
            double s = Double.parseDouble(text);
            if (!(s > 0)) {
                throw new IllegalArgumentException("--switch-interval must be positive, got " + text);
            }
            return s;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--switch-interval takes seconds, e.g. 0.005; got " + text);
        }
    }
}
