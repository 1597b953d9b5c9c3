package org.gillab.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.gillab.cli.Main;
import org.gillab.lab.CPython;
import org.gillab.model.Interpreter;
import org.gillab.model.Profile;
import org.gillab.model.gil.GilKind;

/**
 * The model's fidelity suite: each Python program in bench/python runs on the model (by
 * {@code gil-lab run}, in a fresh JVM warmed up before the program starts) and on real CPython, one right
 * after the other, and the RESULT lines the programs print are shown side by side. Real CPython is {@code python3} on PATH (3.11 here);
 * 3.9 and 2.7, for lost updates and the old GIL, come from PATH or pyenv. A missing one is skipped
 * with a message.
 *
 * <p>Run from the project directory after {@code mvn package}:
 * {@code bench/fidelity [--quick] [countdown] [overhead] [intervals] [sleep] [convoy] [lost] [old] [free]}.
 */
public final class Fidelity {
    private static final Path PROGRAMS = Path.of("bench", "python");
    private static final long TIMEOUT_MINUTES = 15;
    private static final List<String> SECTIONS =
            List.of("countdown", "overhead", "intervals", "sleep", "subprocess", "convoy", "lost", "old", "free");

    private final boolean quick;

    private Fidelity(boolean quick) {
        this.quick = quick;
    }

    public static void main(String[] args) throws Exception {
        Set<String> chosen = new LinkedHashSet<>();
        boolean quick = false;
        for (String arg : args) {
            if (arg.equals("--quick")) {
                quick = true;
            } else if (SECTIONS.contains(arg)) {
                chosen.add(arg);
            } else {
                System.err.println("unknown section '" + arg + "': use --quick and any of " + String.join(", ", SECTIONS));
                System.exit(2);
            }
        }
        if (chosen.isEmpty()) {
            chosen.addAll(SECTIONS);
        }
        if (!Files.isDirectory(PROGRAMS)) {
            System.err.println("bench/python not found: run from the project directory");
            System.exit(2);
        }
        new Fidelity(quick).run(chosen);
    }

    private void run(Set<String> chosen) throws Exception {
        System.out.printf(Locale.ROOT, "GIL Lab fidelity suite: the model vs real CPython, %d cores, load average %s, Java %s%s%n",
                Runtime.getRuntime().availableProcessors(), loadAverage(), Runtime.version(), quick ? ", quick" : "");
        System.out.println("Timings drift on a shared machine: compare ratios, each pair measured back to back.");
        Optional<Python> python3 = Python.find("python3");
        if (python3.isPresent()) {
            coreSpeeds(python3.get());
        }
        for (String section : SECTIONS) {
            if (!chosen.contains(section)) {
                continue;
            }
            switch (section) {
                case "countdown" -> compare("countdown.py", List.of(n(50_000_000)), GilKind.NEW, Profile.PY311, python3,
                        "2 threads / 1 thread 1.00 +- 0.15 (CPython 3.11 here: 1.00); model at least as fast as CPython");
                case "overhead" -> overhead();
                case "intervals" -> compare("switch_interval.py", List.of(n(10_000_000)), GilKind.NEW, Profile.PY311, python3,
                        "hand-offs ~ runtime/interval (ratio ~1), median slice ~ one interval");
                case "sleep" -> compare("sleep_overlap.py", List.of(), GilKind.NEW, Profile.PY311, python3,
                        "4 threads sleep together: wall ~ one sleep (ratio ~1)");
                case "subprocess" -> compare("subprocess_overlap.py", List.of(), GilKind.NEW, Profile.PY311, python3,
                        "4 threads each wait for a child: wall ~ one child (ratio ~1)");
                case "convoy" -> compare("io_convoy.py", List.of(), GilKind.NEW, Profile.PY311, python3,
                        "each sleep(0) beside a CPU-bound thread costs ~ one interval (CPython: 5.30 ms at 5, 0.78 ms at 0.5)");
                case "lost" -> {
                    List<String> n = List.of(n(2_500_000));
                    compare("lost_updates.py", n, GilKind.NEW, Profile.PY39, Python.find("3.9"),
                            "3.9 checks at every instruction: counter += 1 loses updates");
                    compare("lost_updates.py", n, GilKind.NEW, Profile.PY311, python3,
                            "3.10+ checks only at backward jumps, calls, function entry: no update lost");
                }
                case "old" -> compare("countdown.py", List.of(n(10_000_000)), GilKind.OLD, Profile.PY39,
                        Python.find("2.7"), "old GIL: 2 CPU-bound threads clearly slower than one");
                case "free" -> compare("countdown.py", List.of(n(50_000_000)), GilKind.FREE, Profile.PY311,
                        Python.find("3.13t"), "no GIL: 2 threads ~0.5 of one thread on 2 cores");
                default -> throw new IllegalStateException(section);
            }
        }
    }

    /**
     * The GIL machinery's cost on one thread: countdown under the new lock against the same VM with no
     * lock ({@code unsafe}), each in a fresh JVM by {@code gil-lab run}, alternating, best of all.
     */
    private void overhead() throws IOException, InterruptedException {
        String n = n(50_000_000);
        System.out.printf(Locale.ROOT, "%n== single_thread.py %s  [model new vs unsafe, fresh JVMs]%n"
                + "   target: single-thread overhead of the GIL machinery < 5%%%n", n);
        Map<GilKind, Double> best = new EnumMap<>(GilKind.class);
        for (int round = 0; round < 2; round++) {
            for (GilKind kind : List.of(GilKind.NEW, GilKind.UNSAFE)) {
                List<String> command = modelCommand(kind, Profile.PY311, "single_thread.py", List.of(n));
                Outcome outcome = runProcess(command);
                outcome.print("model " + kind.name().toLowerCase(Locale.ROOT));
                Double seconds = outcome.results().get("best_s");
                if (seconds != null) {
                    best.merge(kind, seconds, Math::min);
                }
            }
        }
        if (best.size() == 2) {
            System.out.printf(Locale.ROOT, "   best: new %.3f s, unsafe %.3f s: the GIL machinery costs %+.1f%%%n",
                    best.get(GilKind.NEW), best.get(GilKind.UNSAFE), (best.get(GilKind.NEW) / best.get(GilKind.UNSAFE) - 1) * 100);
        }
    }

    /**
     * The same CPython loop pinned to each core in turn (taskset): the cores of a virtual machine can run at
     * different speeds (here once 1.8x apart, a busy neighbour on the host), and a ratio of one worker
     * against two then measures the cores as much as the lock, for CPython and the model alike.
     */
    private static void coreSpeeds(Python python) throws IOException, InterruptedException {
        List<String> speeds = new ArrayList<>();
        double fastest = Double.MAX_VALUE;
        double slowest = 0;
        for (int cpu = 0; cpu < Runtime.getRuntime().availableProcessors(); cpu++) {
            Outcome outcome = runProcess(List.of("taskset", "-c", String.valueOf(cpu), python.executable().toString(),
                    PROGRAMS.resolve("core_speed.py").toString()));
            Double ms = outcome.results().get("loop_ms");
            if (ms == null) {
                System.out.println("Cores: not measured (taskset: " + String.join(" ", outcome.lines()) + ")");
                return;
            }
            speeds.add("cpu" + cpu + " " + ms + " ms");
            fastest = Math.min(fastest, ms);
            slowest = Math.max(slowest, ms);
        }
        double apart = slowest / fastest;
        System.out.printf(Locale.ROOT, "Cores: %s per CPython loop, %.2fx apart%s%n", String.join(", ", speeds), apart,
                apart > 1.1 ? ": ratios of one worker against several measure the cores as well as the lock" : "");
    }

    /** Runs a command to its end (at most {@link #TIMEOUT_MINUTES}); its output and why it failed, if it did. */
    private static Outcome runProcess(List<String> command) throws IOException, InterruptedException {
        Path output = Files.createTempFile("gil-lab-fidelity", ".out");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
        try {
            boolean ended = process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES);
            String failure = !ended ? "timed out after " + TIMEOUT_MINUTES + " minutes"
                    : process.exitValue() != 0 ? "exit status " + process.exitValue() : null;
            return Outcome.of(Files.readString(output), failure);
        } finally {
            process.destroyForcibly();
            Files.deleteIfExists(output);
        }
    }

    private String n(long full) {
        return Long.toString(quick ? full / 5 : full);
    }

    /** Runs one program on the model, then on CPython, and prints both outputs and a table of their results. */
    private void compare(String program, List<String> args, GilKind kind, Profile profile, Optional<Python> cpython,
                         String target) throws Exception {
        String modelLabel = "model " + kind.name().toLowerCase(Locale.ROOT) + " " + profile.shortName();
        System.out.printf(Locale.ROOT, "%n== %s %s  [%s]%n   target: %s%n", program, String.join(" ", args), modelLabel, target);
        Outcome model = runProcess(modelCommand(kind, profile, program, args));
        model.print(modelLabel);
        Outcome real;
        String realLabel;
        if (cpython.isPresent()) {
            realLabel = "CPython " + cpython.get().version();
            real = cpython.get().run(PROGRAMS.resolve(program), args);
            real.print(realLabel);
        } else {
            realLabel = "CPython";
            real = Outcome.skipped();
            System.out.println("   (no real CPython of this kind found: model only)");
        }
        printTable(model, modelLabel, real, realLabel);
    }

    /**
     * {@code gil-lab run} of a program in a fresh JVM with the model's options: warmed up to steady state
     * before the program starts, as every timing of the model is (see WarmUp), with nothing else run in it.
     */
    private static List<String> modelCommand(GilKind kind, Profile profile, String program, List<String> args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(Interpreter.JVM_OPTIONS);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName(), "run",
                "--gil", kind.name().toLowerCase(Locale.ROOT), "--profile", profile.shortName(),
                PROGRAMS.resolve(program).toString()));
        command.addAll(args);
        return command;
    }

    private static void printTable(Outcome model, String modelLabel, Outcome real, String realLabel) {
        Set<String> keys = new LinkedHashSet<>(model.results().keySet());
        keys.addAll(real.results().keySet());
        if (keys.isEmpty()) {
            return;
        }
        System.out.printf(Locale.ROOT, "   %-36s %16s %18s%n", "result", modelLabel, realLabel);
        for (String key : keys) {
            System.out.printf(Locale.ROOT, "   %-36s %16s %18s%n", key, format(model.results().get(key)), format(real.results().get(key)));
        }
        Double modelSingle = model.results().get("single_s");
        Double realSingle = real.results().get("single_s");
        if (modelSingle != null && realSingle != null) {
            System.out.printf(Locale.ROOT, "   %-36s %16.2f%n", "model time / CPython time (1 thread)", modelSingle / realSingle);
        }
    }

    private static String format(Double value) {
        if (value == null) {
            return "-";
        }
        return value == Math.rint(value) ? String.format(Locale.ROOT, "%.0f", value) : String.format(Locale.ROOT, "%.3f", value);
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException e) {
            return "unknown";
        }
    }

    /** What a program printed, its RESULT lines parsed, and why it failed if it did. */
    record Outcome(List<String> lines, Map<String, Double> results, String failure) {
        static Outcome of(String output, String failure) {
            List<String> lines = new ArrayList<>();
            Map<String, Double> results = new LinkedHashMap<>();
            for (String line : output.split("\n")) {
                String[] words = line.trim().split("\\s+");
                if (words.length == 3 && words[0].equals("RESULT")) {
                    results.put(words[1], Double.valueOf(words[2]));
                } else if (!line.isBlank()) {
                    lines.add(line);
                }
            }
            return new Outcome(lines, results, failure);
        }

        static Outcome skipped() {
            return new Outcome(List.of(), Map.of(), null);
        }

        void print(String label) {
            System.out.println("   " + label + ":");
            lines.forEach(line -> System.out.println("     " + line));
            if (failure != null) {
                System.out.println("     FAILED: " + failure);
            }
        }
    }

    /** A real CPython executable. */
    record Python(Path executable, String version) {

        /** A version ("2.7", "3.13t") or command ("python3"), found on PATH or under pyenv as the lab finds it. */
        static Optional<Python> find(String asked) {
            return CPython.find(asked).python().map(found -> new Python(found.executable(), found.version()));
        }

        Outcome run(Path program, List<String> args) throws IOException, InterruptedException {
            List<String> command = new ArrayList<>(List.of(executable.toString(), program.toString()));
            command.addAll(args);
            return runProcess(command);
        }

    }
}
