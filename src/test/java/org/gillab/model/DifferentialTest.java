package org.gillab.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.gillab.testing.CPython311;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The differential suite: every program under {@code src/test/resources/differential} runs on the model
 * (in this JVM, as {@code gil-lab run} runs it) and on CPython 3.11, and stdout, stderr and the exit
 * status must be the same (modules they import lie beside them: files named _*.py and package
 * directories), and afterwards every reference count exact, with no use after free (the
 * heap tracks its objects, so a failure names those that leaked). Object addresses are normalised, and so
 * are the file and line of frames in standard library modules and the line of frames in frozen ones (the
 * model's library is its own code); a
 * program's first lines may ask for more:
 * <pre>
 * # differential: normalize floats      (timings: every decimal number becomes &lt;float&gt;)
 * # differential: sort lines            (threads that print in an order CPython does not fix either)
 * # differential: args a b c            (sys.argv[1:])
 * # differential: needs sigint          (skipped when this JVM was started with SIGINT ignored)
 * </pre>
 * {@code -Ddifferential=language/classes} runs only the programs whose path contains that text.
 */
class DifferentialTest {
    private static final Path ROOT = Path.of("src/test/resources/differential");
    private static final Pattern DIRECTIVE = Pattern.compile("^# differential: (\\w+)(?: (\\w+))?(?: (.*))?$");
    private static final Pattern ADDRESS = Pattern.compile("0x[0-9a-f]{6,}");
    private static final Pattern FLOAT = Pattern.compile("-?\\d+\\.\\d+(?:e[-+]?\\d+)?");
    /** A traceback line in a standard library module: CPython's Lib/ or the model's own library. */
    private static final Pattern LIBRARY_FRAME = Pattern.compile("File \"(?:/gil-lab/lib|[^\"]*/lib/python3\\.11)/([^\"]+)\", line \\d+");
    /** A traceback line in a module CPython freezes (os, codecs, ...), which the model's library writes differently. */
    private static final Pattern FROZEN_FRAME = Pattern.compile("File \"<frozen ([^>]+)>\", line \\d+");

    @TestFactory
    Stream<DynamicTest> programsPrintWhatCPythonPrints() throws IOException {
        List<Path> programs;
        try (Stream<Path> files = Files.walk(ROOT)) {
            String only = System.getProperty("differential", "");
            programs = files.filter(p -> isProgram(p) && p.toString().contains(only)).sorted().toList();
        }
        return programs.stream().map(p -> DynamicTest.dynamicTest(ROOT.relativize(p).toString(), () -> compare(p)));
    }

    /**
     * A .py file is a program unless it is a module programs import: one whose name starts with an
     * underscore (beside the programs) or one inside a package directory (with an __init__.py).
     */
    private static boolean isProgram(Path file) {
        return file.toString().endsWith(".py") && !file.getFileName().toString().startsWith("_")
                && !Files.exists(file.resolveSibling("__init__.py"));
    }

    private static void compare(Path program) throws Exception {
        assumeTrue(CPython311.executable() != null, "no CPython 3.11 on this machine: the differential suite needs it");
        Directives d = Directives.of(program);
        assumeTrue(!d.needsSigint || !sigintIgnored(), "this JVM was started with SIGINT ignored (as a background job of a"
                + " non-interactive shell is): CPython keeps it ignored and the JVM does not, so " + program + " cannot compare");
        CPython311.Result expected = CPython311.run(program, d.args);
        // a guard against hangs, not a speed check: a program starting pools of worker JVMs on a loaded 2-core
        // machine has taken over a minute
        ModelRun actual = Assertions.assertTimeoutPreemptively(Duration.ofSeconds(150), () -> runOnModel(program, d.args),
                () -> program + " did not finish on the model");
        assertEquals(d.normalize(expected.stdout()), d.normalize(actual.result().stdout()), "stdout of " + program);
        assertEquals(d.normalize(expected.stderr()), d.normalize(actual.result().stderr()), "stderr of " + program);
        assertEquals(expected.exitStatus(), actual.result().exitStatus(), "exit status of " + program);
        assertTrue(actual.refcounts().exact(), actual.refcounts() + " after " + program);
        assertEquals(0, actual.heap().useAfterFree(), "uses after free in " + program);
    }

    /** Whether SIGINT (signal 2) is in this process's ignored set, the SigIgn mask of /proc/self/status. */
    private static boolean sigintIgnored() throws IOException {
        Path status = Path.of("/proc/self/status");
        if (!Files.exists(status)) {
            return false;
        }
        for (String line : Files.readAllLines(status)) {
            if (line.startsWith("SigIgn:")) {
                return (Long.parseUnsignedLong(line.substring(7).strip(), 16) & (1L << (2 - 1))) != 0;
            }
        }
        return false;
    }

    /** What a program did on the model, and the state of its heap afterwards. */
    record ModelRun(CPython311.Result result, RefcountReport refcounts, HeapStats heap) {}

    /**
     * {@code gil-lab run FILE} in this JVM, its output captured, then its reference counts checked once the
     * interpreter is closed: a daemon thread still running could hold references the check cannot see (a
     * ThreadingHTTPServer's handler closing its socket did), and closing stops them all, as finalizing stops
     * CPython's, their frames unwound and their references given back; on a
     * thread with the stack the model gives its threads (64 MB), since in a test JVM the eval loop's frames
     * may still be the interpreter's, several times larger than compiled ones, and a program recursing to
     * sys.getrecursionlimit() must meet RecursionError before the end of Java's stack.
     */
    static ModelRun runOnModel(Path program, List<String> args) {
        java.util.concurrent.CompletableFuture<ModelRun> run = new java.util.concurrent.CompletableFuture<>();
        Thread main = new Thread(null, () -> {
            try {
                run.complete(runHere(program, args));
            } catch (Throwable e) {
                run.completeExceptionally(e);
            }
        }, "differential " + program.getFileName(), 64L << 20);
        main.start();
        try {
            return run.join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw e;
        }
    }

    private static ModelRun runHere(Path program, List<String> args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream stdout = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream stderr = new PrintStream(err, true, StandardCharsets.UTF_8);
        // output is compared, not speed: the program's worker JVMs start cold, seconds sooner each
        Interpreter py = Interpreter.builder().stdout(stdout).stderr(stderr).trackObjects(true).warmProcesses(false).build();
        int status;
        try (py) {
            status = py.runMain("python3", program.toAbsolutePath(), args.toArray(new String[0]));
        }
        CPython311.Result result = new CPython311.Result(out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8), status);
        return new ModelRun(result, py.checkRefcounts(), py.heapStats());
    }

    /** What a program's "# differential:" lines ask for. */
    private record Directives(boolean floats, boolean sortLines, List<String> args, boolean needsSigint) {
        static Directives of(Path program) throws IOException {
            boolean floats = false;
            boolean sort = false;
            boolean sigint = false;
            List<String> args = new ArrayList<>();
            for (String line : Files.readAllLines(program)) {
                Matcher m = DIRECTIVE.matcher(line);
                if (!m.matches()) {
                    if (!line.startsWith("#")) {
                        break;
                    }
                    continue;
                }
                String rest = ((m.group(2) == null ? "" : m.group(2)) + " " + (m.group(3) == null ? "" : m.group(3))).strip();
                switch (m.group(1)) {
                    case "normalize" -> floats |= rest.equals("floats");
                    case "sort" -> sort |= rest.equals("lines");
                    case "args" -> args.addAll(Arrays.asList(rest.split("\\s+")));
                    case "needs" -> sigint |= rest.equals("sigint");
                    default -> throw new IllegalArgumentException(program + ": unknown directive " + line);
                }
            }
            return new Directives(floats, sort, args, sigint);
        }

        String normalize(String text) {
            String t = ADDRESS.matcher(text).replaceAll("0x...");
            t = LIBRARY_FRAME.matcher(t).replaceAll("File \"<stdlib>/$1\", line ?");
            t = FROZEN_FRAME.matcher(t).replaceAll("File \"<frozen $1>\", line ?");
            if (floats) {
                t = FLOAT.matcher(t).replaceAll("<float>");
            }
            if (sortLines) {
                List<String> lines = new ArrayList<>(t.lines().toList());
                lines.sort(null);
                t = String.join("\n", lines);
            }
            return t;
        }
    }
}
