package org.gillab.model.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gillab.model.Interpreter;
import org.gillab.model.gil.GilKind;

/**
 * countdown(N) on one thread: the model (each lock kind) against real CPython on this machine, printed
 * as ratios measured in one run. Usage (after mvn package):
 * {@code java -cp target/gil-lab.jar:target/test-classes org.gillab.model.bench.CountdownBench [N]}.
 * Prints wall time and the thread's CPU time, since a loaded machine inflates wall time.
 */
public final class CountdownBench {
    private static final String COUNTDOWN = "def countdown(n):\n    while n > 0:\n        n -= 1\n";

    private CountdownBench() {}

    public static void main(String[] args) throws Exception {
        long n = args.length > 0 ? Long.parseLong(args[0].replace("_", "")) : 50_000_000L;
        double[] cpython = cpython(n);
        if (cpython == null) {
            System.out.println("python3 not found on PATH: model figures only");
        } else {
            System.out.printf("CPython  countdown(%,d): wall %.3f s, cpu %.3f s%n", n, cpython[0], cpython[1]);
        }
        double newWall = 0;
        for (GilKind kind : new GilKind[] {GilKind.NEW, GilKind.UNSAFE, GilKind.FREE, GilKind.OLD}) {
            double[] model = model(kind, n);
            if (kind == GilKind.NEW) {
                newWall = model[1];
            }
            System.out.printf("model %-6s wall %.3f s, cpu %.3f s", kind.name().toLowerCase(), model[0], model[1]);
            if (cpython != null) {
                System.out.printf("   model/CPython: wall %.2f, cpu %.2f", model[0] / cpython[0], model[1] / cpython[1]);
            }
            if (kind == GilKind.UNSAFE) {
                System.out.printf("   GIL machinery overhead (new vs no lock, cpu): %+.1f%%", 100 * (newWall / model[1] - 1));
            }
            System.out.println();
        }
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
