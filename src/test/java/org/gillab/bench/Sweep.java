package org.gillab.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.DoubleSummaryStatistics;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.gillab.lab.Countdown;
import tech.tablesaw.api.Row;
import tech.tablesaw.api.Table;

/**
 * The worker sweep a notebook reader sees, at several sizes: each mode's median speedup over one thread,
 * for the model and the real CPython side by side (Countdown, exactly as the notebooks run it), with
 * every figure the machine's cores forbid flagged. Prints figures; asserts nothing.
 *
 * <p>{@code bench/sweep [--repeats 3] [--sizes 2000000,20000000,50000000] [--workers 1,2,3,4] [--gils new,free]
 * [--cpython python3,3.13t]} (after {@code mvn package}). Flags: "!" a speedup above min(workers, cores)
 * x 1.1, or threads under a GIL outside 0.85-1.1 of one thread (issue 12's bounds); "~" a run too small
 * to time. Each figure is the median over the repeats, with their range in brackets; Countdown alternates
 * the order of the runs between repeats (see its class comment). Compare ratios from one run; say how
 * loaded the machine was (printed).
 */
public final class Sweep {
    private static final double MARGIN = 1.1;

    public static void main(String[] args) throws IOException {
        Map<String, String> options = new LinkedHashMap<>(Map.of("--repeats", "3", "--sizes", "2000000,20000000,50000000",
                "--workers", "1,2,3,4", "--gils", "new,free", "--cpython", "python3"));
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!options.containsKey(args[i])) {
                System.err.println("unknown option " + args[i] + ": use " + String.join(", ", options.keySet()));
                System.exit(2);
            }
            options.put(args[i], args[i + 1]);
        }
        int cores = Runtime.getRuntime().availableProcessors();
        int[] workers = Arrays.stream(options.get("--workers").split(",")).mapToInt(Integer::parseInt).toArray();
        System.out.printf(Locale.ROOT, "Worker sweep on %d cores, Java %s, %s repeats; flags: ! beyond what %d cores "
                        + "allow (or threads under a GIL outside 0.85-1.1), ~ too small to time%n",
                cores, Runtime.version(), options.get("--repeats"), cores);
        for (String size : options.get("--sizes").split(",")) {
            long count = Long.parseLong(size.replace("_", ""));
            String loadBefore = load();
            long started = System.nanoTime();
            Table runs = Countdown.of(count).workers(workers).modes("threads", "processes").gils(options.get("--gils").split(","))
                    .repeats(Integer.parseInt(options.get("--repeats"))).cpython(options.get("--cpython").split(",")).run();
            System.out.printf(Locale.ROOT, "%ncountdown %,d: %.0f s, load %s -> %s%n", count, (System.nanoTime() - started) / 1e9,
                    loadBefore, load());
            print(runs, workers, cores);
        }
    }

    /** One line per engine and way of running, one column per worker count: median speedups, flagged. */
    private static void print(Table runs, int[] workers, int cores) {
        Map<String, Map<Integer, List<Double>>> speedups = new LinkedHashMap<>();
        Map<String, String> notes = new LinkedHashMap<>();
        for (Row row : runs) {
            String engine = row.getString("engine");
            if (!row.getString("note").isEmpty() && row.getString("mode").isEmpty()) {
                notes.put(engine, row.getString("note"));
                continue;
            }
            if (row.getString("mode").equals("1 thread")) {
                continue;
            }
            String series = String.format(Locale.ROOT, "%-16s %s", engine, switch (row.getString("mode")) {
                case "processes" -> "Pool(N)";
                default -> "threads, " + row.getString("gil") + " GIL";
            });
            List<Double> values = speedups.computeIfAbsent(series, k -> new LinkedHashMap<>())
                    .computeIfAbsent(row.getInt("workers"), k -> new ArrayList<>());
            values.add(row.isMissing("speedup") ? Double.NaN : row.getDouble("speedup"));
        }
        StringBuilder header = new StringBuilder(String.format(Locale.ROOT, "  %-36s", "median speedup (lowest-highest)"));
        Arrays.stream(workers).forEach(n -> header.append(String.format(Locale.ROOT, " %17s", n + (n == 1 ? " worker" : ""))));
        System.out.println(header);
        speedups.forEach((series, byWorkers) -> {
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "  %-36s", series));
            for (int n : workers) {
                List<Double> values = byWorkers.getOrDefault(n, List.of());
                double median = median(values);
                line.append(String.format(Locale.ROOT, " %16s%s", Double.isNaN(median) ? "-" : withSpread(median, values),
                        values.isEmpty() ? " " : Double.isNaN(median) ? "~" : flag(series, n, median, cores)));
            }
            System.out.println(line);
        });
        notes.forEach((engine, note) -> System.out.println("  " + engine + ": " + note));
    }

    /** "!" beyond the cores, or (threads under the new GIL, which CPython keeps near 1) outside 0.85-1.1. */
    private static String flag(String series, int workers, double speedup, int cores) {
        boolean underNewGil = series.endsWith("threads, new GIL");
        if (speedup > Math.min(workers, cores) * MARGIN || (underNewGil && (speedup < 0.85 || speedup > MARGIN))) {
            return "!";
        }
        return " ";
    }

    /** "1.02 (0.97-1.05)": the median and the range of the repeats it is the median of. */
    private static String withSpread(double median, List<Double> values) {
        DoubleSummaryStatistics range = values.stream().filter(v -> !v.isNaN()).mapToDouble(Double::doubleValue).summaryStatistics();
        return range.getCount() < 2 ? String.format(Locale.ROOT, "%.2f", median)
                : String.format(Locale.ROOT, "%.2f (%.2f-%.2f)", median, range.getMin(), range.getMax());
    }

    /** The median of the values that are numbers; NaN when none is. */
    private static double median(List<Double> values) {
        double[] sorted = values.stream().filter(v -> !v.isNaN()).mapToDouble(Double::doubleValue).sorted().toArray();
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    private static String load() throws IOException {
        return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
    }
}
