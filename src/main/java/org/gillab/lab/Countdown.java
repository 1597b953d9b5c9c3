package org.gillab.lab;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.gillab.model.gil.GilKind;
import org.gillab.pool.ProcessPool;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The seed's experiment in one call: count down from {@code count} on one thread, on N threads, and
 * on a Pool of N processes — on the model, and on the real CPython of this machine beside it.
 *
 * <pre>{@code
 * Table t = Countdown.of(50_000_000L).run();                       // 1 thread, 2 threads, Pool(2)
 * Table sweep = Countdown.of(count).workers(1, 2, 4, 8)
 *         .modes("threads", "processes", "interpreters").gils("new", "free").repeats(3).run();
 * }</pre>
 *
 * One row per run: engine (model or cpython), gil, mode, label, workers, count, repeat, seconds,
 * speedup (the single-thread time of the same engine and repeat divided by this run's time: above 1
 * is faster) and hand-offs of the lock (blank where nothing counts them). Threads modes run under each
 * GIL kind given to gils(); "interpreters" runs one interpreter per worker, each with its own GIL
 * (PEP 684); "processes" uses a pool started and warmed before the clock starts, as the seed does.
 */
public final class Countdown extends Comparison<Countdown> {
    private static final List<String> MODES = List.of("threads", "processes", "interpreters");
    private static final List<String> GILS = List.of("new", "old", "free");

    private final long count;
    private int[] workers = {2};
    private Set<String> modes = new LinkedHashSet<>(List.of("threads", "processes"));
    private Set<String> gils = new LinkedHashSet<>(List.of("new"));
    private int repeats = 1;

    private Countdown(long count) {
        this.count = Checks.atLeast("count", count, 0);
    }

    /** The countdown from {@code count}, split among the workers as the seed splits it. */
    public static Countdown of(long count) {
        return new Countdown(count);
    }

    /** Worker counts to run (a sweep when several); default 2. */
    public Countdown workers(int... counts) {
        this.workers = Checks.workers(counts);
        return this;
    }

    /** Which multi-worker modes to run: "threads", "processes", "interpreters"; default threads and processes. */
    public Countdown modes(String... names) {
        this.modes = Checks.names("mode", names, MODES);
        return this;
    }

    /** The model's lock kinds for the threads mode: "new" (3.2+), "old" (2.x), "free" (3.13t); default new. */
    public Countdown gils(String... kinds) {
        this.gils = Checks.names("GIL kind", kinds, GILS);
        return this;
    }

    /** How many times to run everything (each repeat has its own single-thread baseline); default 1. */
    public Countdown repeats(int times) {
        this.repeats = (int) Checks.atLeast("repeats", times, 1);
        return this;
    }



    @Override
    protected Table emptyTable() {
        return Table.create("Countdown " + String.format(Locale.ROOT, "%,d", count),
                StringColumn.create("engine"), StringColumn.create("gil"), StringColumn.create("mode"),
                StringColumn.create("label"), IntColumn.create("workers"), LongColumn.create("count"),
                IntColumn.create("repeat"), DoubleColumn.create("seconds"), DoubleColumn.create("speedup"),
                LongColumn.create("handoffs"));
    }

    @Override
    protected List<Step> steps() {
        Optional<CPython> python = findCPython();
        Map<Integer, ProcessPool> pools = new HashMap<>();
        Map<String, Double> baselines = new HashMap<>();
        List<Step> steps = new ArrayList<>();
        steps.add(new Step("model warmed up (JIT)", results ->
                ModelRuns.warmUp(gils.stream().map(GilKind::parse).toList())));
        for (int repeat = 1; repeat <= repeats; repeat++) {
            int r = repeat;
            steps.add(new Step("model: 1 thread", results -> {
                ModelRuns.Timing t = ModelRuns.oneThread(count);
                baselines.put("model" + r, t.seconds());
                addRow(results, baselines, "model", "new", "1 thread", "1 thread", 1, r, t);
            }));
            for (int n : workers) {
                for (String mode : modes) {
                    steps.addAll(modelSteps(mode, n, r, pools, baselines));
                }
            }
            python.ifPresent(py -> steps.add(new Step("cpython " + py.version(), results -> {
                List<String> cpythonModes = modes.stream().filter(m -> !m.equals("interpreters")).toList();
                for (List<Object> row : py.run(CPython.program("countdown.py"), count, workers, cpythonModes)) {
                    String mode = (String) row.get(0);
                    int n = ((Number) row.get(1)).intValue();
                    double seconds = ((Number) row.get(2)).doubleValue();
                    if (mode.equals("1 thread")) {
                        baselines.put("cpython" + r, seconds);
                    }
                    addRow(results, baselines, "cpython", "new", mode, label(mode, n, "new"), n, r,
                            new ModelRuns.Timing(seconds, -1));
                }
            })));
        }
        return steps;
    }

    private List<Step> modelSteps(String mode, int n, int r, Map<Integer, ProcessPool> pools, Map<String, Double> baselines) {
        List<Step> steps = new ArrayList<>();
        switch (mode) {
            case "threads" -> {
                for (String gil : gils) {
                    String label = label(mode, n, gil);
                    steps.add(new Step("model: " + label, results -> addRow(results, baselines, "model", gil, mode,
                            label, n, r, ModelRuns.threads(GilKind.parse(gil), n, count))));
                }
            }
            case "processes" -> steps.add(new Step("model: Pool(" + n + ")", results -> {
                ProcessPool pool = pools.computeIfAbsent(n, size -> keep(ModelRuns.warmPool(size)));
                addRow(results, baselines, "model", "new", mode, label(mode, n, "new"), n, r, ModelRuns.pool(pool, count));
            }));
            case "interpreters" -> steps.add(new Step("model: " + n + " interpreters", results -> addRow(results,
                    baselines, "model", "per-interpreter", mode, label(mode, n, "new"), n, r, ModelRuns.interpreters(n, count))));
            default -> throw new IllegalStateException(mode);
        }
        return steps;
    }

    private void addRow(Table results, Map<String, Double> baselines, String engine, String gil, String mode,
                        String label, int n, int repeat, ModelRuns.Timing timing) {
        Double baseline = baselines.get(engine + repeat);
        results.stringColumn("engine").append(engine);
        results.stringColumn("gil").append(gil);
        results.stringColumn("mode").append(mode);
        results.stringColumn("label").append(label);
        results.intColumn("workers").append(n);
        results.longColumn("count").append(count);
        results.intColumn("repeat").append(repeat);
        results.doubleColumn("seconds").append(timing.seconds());
        results.doubleColumn("speedup").append(baseline == null ? Double.NaN : baseline / timing.seconds());
        if (timing.handoffs() < 0) {
            results.longColumn("handoffs").appendMissing();
        } else {
            results.longColumn("handoffs").append(timing.handoffs());
        }
    }

    /** "1 thread", "2 threads", "2 threads (free-threaded)", "Pool(2)", "2 interpreters". */
    static String label(String mode, int n, String gil) {
        return switch (mode) {
            case "threads" -> n + (n == 1 ? " thread" : " threads") + switch (gil) {
                case "free" -> " (free-threaded)";
                case "old" -> " (old GIL)";
                default -> "";
            };
            case "processes" -> "Pool(" + n + ")";
            case "interpreters" -> n + (n == 1 ? " interpreter" : " interpreters");
            default -> mode;
        };
    }
}
