package org.gillab.model.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gillab.model.Interpreter;
import org.gillab.model.gil.GilKind;

/**
 * countdown(N) on one thread: the model under each lock kind against real CPython on this machine,
 * printed as ratios measured in one run. Each kind runs in a JVM of its own (as the CLI would), so the
 * JIT compiles the eval loop for that kind alone. Prints wall time and the thread's CPU time: on a
 * loaded machine wall time mostly measures the wait for a core.
 * Usage (after mvn package): {@code java -cp target/gil-lab.jar:target/test-classes org.gillab.model.bench.CountdownBench [N]}
 */
public final class CountdownBench {
    private static final String COUNTDOWN = "def countdown(n):\n    while n > 0:\n        n -= 1\n";

    private CountdownBench() {}

    public static void main(String[] args) throws Exception {
        if (args.length == 2) { // a child JVM: one kind
            double[] r = model(GilKind.parse(args[0]), Long.parseLong(args[1]));
            System.out.println(r[0] + " " + r[1]);
            return;
        }
        long n = args.length > 0 ? Long.parseLong(args[0].replace("_", "")) : 50_000_000L;
        double[] cpython = cpython(n);
        if (cpython == null) {
            System.out.println("python3 not found on PATH: model figures only");
        } else {
            System.out.printf("CPython      countdown(%,d): wall %.3f s, cpu %.3f s%n", n, cpython[0], cpython[1]);
        }
        double unsafeCpu = 0;
        for (GilKind kind : new GilKind[] {GilKind.UNSAFE, GilKind.NEW, GilKind.FREE, GilKind.OLD}) {
            double[] model = child(kind, n);
            System.out.printf("model %-6s countdown(%,d): wall %.3f s, cpu %.3f s", kind.name().toLowerCase(), n, model[0], model[1]);
            if (cpython != null) {
                System.out.printf("   model/CPython: wall %.2f, cpu %.2f", model[0] / cpython[0], model[1] / cpython[1]);
            }
            if (kind == GilKind.UNSAFE) {
                unsafeCpu = model[1];
            } else if (kind == GilKind.NEW) {
                System.out.printf("   new GIL vs no lock (cpu): %+.1f%%", 100 * (model[1] / unsafeCpu - 1));
            }
            System.out.println();
        }
    }

    private static double[] child(GilKind kind, long n) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
                CountdownBench.class.getName(), kind.name(), Long.toString(n))).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String[] out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim().split("\\s+");
        if (p.waitFor() != 0) {
            throw new IllegalStateException("the " + kind + " run failed");
        }
        return new double[] {Double.parseDouble(out[0]), Double.parseDouble(out[1])};
    }

    /** {wall, cpu} seconds of a run after three quarter-size ones that warm the JIT up. */
    private static double[] model(GilKind kind, long n) {
        try (Interpreter py = Interpreter.builder().gil(kind).build()) {
            py.exec(COUNTDOWN);
            for (int i = 0; i < 3; i++) {
                py.call("countdown", n / 4);
            }
            var mx = ManagementFactory.getThreadMXBean();
            long wall = System.nanoTime();
            long cpu = mx.getCurrentThreadCpuTime();
            py.call("countdown", n);
            return new double[] {(System.nanoTime() - wall) / 1e9, (mx.getCurrentThreadCpuTime() - cpu) / 1e9};
        }
    }

    private static double[] cpython(long n) throws IOException, InterruptedException {
        Path script = Files.createTempFile("countdown", ".py");
        try {
            Files.writeString(script, COUNTDOWN + "import time\nw = time.perf_counter()\nc = time.thread_time()\ncountdown(" + n
                    + ")\nprint(time.perf_counter() - w, time.thread_time() - c)\n");
            Process p;
            try {
                p = new ProcessBuilder("python3", script.toString()).redirectErrorStream(true).start();
            } catch (IOException notFound) {
                return null;
            }
            String[] out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim().split("\\s+");
            p.waitFor();
            return new double[] {Double.parseDouble(out[0]), Double.parseDouble(out[1])};
        } finally {
            Files.deleteIfExists(script);
        }
    }
}
