package org.gillab.lab;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.gillab.model.gil.GilKind;
import org.gillab.pool.ProcessPool;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The seed's experiment in one call: count down from {@code count} on one thread, on N threads, and
 * on a Pool of N processes — on the model, and on the real CPythons of this machine beside it.
 *
 * <pre>{@code
 * Table t = Countdown.of(50_000_000L).run();                       // 1 thread, 2 threads, Pool(2)
 * Table sweep = Countdown.of(count).workers(1, 2, 4, 8)
 *         .modes("threads", "processes", "interpreters").gils("new", "free").repeats(3).run();
 * Table old = Countdown.of(count).modes("threads").gils("new", "old").cpython("2.7", "3.11").run();
 * }</pre>
 *
 * One row per run: engine (model, or cpython and its version), gil, mode, label, workers, count, repeat,
 * seconds, speedup (the one-thread time of the same engine, lock kind and repeat divided by this run's
 * time: above 1 is faster; a pool and interpreters are compared with one thread under the new GIL),
 * hand-offs of the lock (blank where nothing counts them) and a note. Each repeat of an engine runs one
 * thread under each lock kind first and again last, each pinned to a core of its own where the system
 * lets a thread be pinned ({@link BaselineCores}), and the one-thread row is their mean. Even
 * repeats run CPython first and the worker counts backwards, so that a drift of the machine's speed
 * weighs on every mode alike.
 * Threads modes run under each GIL kind given to gils(); "interpreters" runs one interpreter per worker,
 * each with its own GIL (PEP 684); "processes" uses a pool started before the clock starts, as the seed
 * does.
 *
 * <p>The model is timed on equal footing in every mode: one thread, N threads and N interpreters run in
 * a {@link TimingProcess} of their lock kind, a Pool's workers are processes of the same kind, and each
 * of them has warmed up to steady state before its first timing. A run too short to time honestly (less
 * than {@link #SHORTEST_TIMING_SECONDS} of work per core it can use) has no speedup, and its note says so.
 */
public final class Countdown extends Comparison<Countdown> {
    /** Less work than this per core, and start-up, scheduling and timer noise weigh as much as the work. */
    static final double SHORTEST_TIMING_SECONDS = 0.020;
    /** Two pinned one-thread runs further apart than this are worth a word in the note. */
    private static final double CORES_APART = 1.1;

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
                LongColumn.create("handoffs"), StringColumn.create("note"));
    }

    @Override
    protected List<Step> steps() {
        List<CPython.Lookup> cpythons = findCPythons();
        Map<GilKind, TimingProcess> timers = new EnumMap<>(GilKind.class);
        // One pool of the largest count serves every Pool(n): its workers, started and warmed up alike, each
        // take one of the n tasks (8 JVMs for a sweep of 1, 2, 4 and 8 workers instead of 15).
        AtomicReference<ProcessPool> pool = new AtomicReference<>();
        Set<GilKind> kinds = timedKinds();
        List<Step> steps = new ArrayList<>();
        steps.add(new Step("model: timing processes warmed up", results -> startTimers(kinds, timers)));
        for (int repeat = 1; repeat <= repeats; repeat++) {
            boolean backwards = repeat % 2 == 0;
            List<Step> model = modelRepeat(repeat, kinds, backwards, timers, pool);
            List<Step> cpython = new ArrayList<>();
            for (CPython.Lookup lookup : cpythons) {
                int r = repeat;
                if (r == 1 || lookup.python().isPresent()) {
                    cpython.add(cpythonStep(lookup, (python, results) -> addCPythonRows(python, r, backwards, results)));
                }
            }
            steps.addAll(backwards ? cpython : model);
            steps.addAll(backwards ? model : cpython);
        }
        return steps;
    }

    /**
     * One repeat of the model: one thread under each lock kind, every worker count in every mode, one
     * thread again. Even repeats run the worker counts and modes backwards, and CPython before the model
     * (see steps()): the host's speed drifts over minutes on a shared machine, and a drift then lands on
     * the early runs of one repeat and the late runs of the next, so that the medians over repeats share it.
     */
    private List<Step> modelRepeat(int r, Set<GilKind> kinds, boolean backwards, Map<GilKind, TimingProcess> timers,
                                   AtomicReference<ProcessPool> pool) {
        List<Step> steps = new ArrayList<>();
        int[] cpus = BaselineCores.of(r);
        for (GilKind kind : kinds) {
            String gil = kind.name().toLowerCase(Locale.ROOT);
            steps.add(new Step("model: " + label("1 thread", 1, gil), results ->
                    addRow(results, "model", gil, "1 thread", 1, r, oneThread(timers.get(kind), cpus, 0))));
        }
        List<Step> runs = new ArrayList<>();
        for (int n : workers) {
            for (String mode : modes) {
                runs.addAll(modelSteps(mode, n, r, timers, pool));
            }
        }
        if (backwards) {
            Collections.reverse(runs);
        }
        steps.addAll(runs);
        for (GilKind kind : kinds) {
            String gil = kind.name().toLowerCase(Locale.ROOT);
            steps.add(new Step("model: " + label("1 thread", 1, gil) + ", again", results ->
                    oneThreadAgain(results, "model", gil, r, oneThread(timers.get(kind), cpus, 1).seconds(), cpus)));
        }
        steps.add(new Step("model: speedups", results -> addSpeedups(results, "model", r)));
        return steps;
    }

    /** The repeat's first ({@code run} 0) or second one-thread run, on its core of {@code cpus} where there are cores to pin to. */
    private ModelRuns.Timing oneThread(TimingProcess timer, int[] cpus, int run) throws InterruptedException {
        return cpus == null ? timer.oneThread(count) : timer.oneThreadOn(cpus[run], count);
    }

    /** The new GIL (one thread, pools and interpreters are compared with it), and the threads' lock kinds. */
    private Set<GilKind> timedKinds() {
        Set<GilKind> kinds = new LinkedHashSet<>(List.of(GilKind.NEW));
        if (modes.contains("threads")) {
            gils.forEach(gil -> kinds.add(GilKind.parse(gil)));
        }
        return kinds;
    }

    /** One timing process per lock kind, all warming up at once; returns when all are ready. */
    private void startTimers(Set<GilKind> kinds, Map<GilKind, TimingProcess> timers) throws IOException, InterruptedException {
        for (GilKind kind : kinds) {
            timers.put(kind, keep(TimingProcess.start(kind)));
        }
        for (TimingProcess timer : timers.values()) {
            timer.awaitReady();
        }
    }

    private List<Step> modelSteps(String mode, int n, int r, Map<GilKind, TimingProcess> timers,
                                  AtomicReference<ProcessPool> pool) {
        List<Step> steps = new ArrayList<>();
        switch (mode) {
            case "threads" -> {
                for (String gil : gils) {
                    String label = label(mode, n, gil);
                    steps.add(new Step("model: " + label, results -> addRow(results, "model", gil, mode, n, r,
                            timers.get(GilKind.parse(gil)).threads(n, count))));
                }
            }
            case "processes" -> steps.add(new Step("model: Pool(" + n + ")", results -> {
                if (pool.get() == null) {
                    pool.set(keep(ProcessPool.of(Arrays.stream(workers).max().orElseThrow()).load(ModelRuns.COUNTDOWN).start()));
                }
                addRow(results, "model", "new", mode, n, r, ModelRuns.pool(pool.get(), n, count));
            }));
            case "interpreters" -> steps.add(new Step("model: " + n + " interpreters", results -> addRow(results,
                    "model", "per-interpreter", mode, n, r, timers.get(GilKind.NEW).interpreters(n, count))));
            default -> throw new IllegalStateException(mode);
        }
        return steps;
    }

    /** countdown.py on a CPython: one thread, each worker count in the modes it has (backwards: the counts reversed), one thread again. */
    private void addCPythonRows(CPython python, int r, boolean backwards, Table results) throws IOException, InterruptedException {
        List<String> cpythonModes = modes.stream().filter(m -> !m.equals("interpreters")).toList();
        List<Integer> order = new ArrayList<>(Arrays.stream(workers).boxed().toList());
        if (backwards) {
            Collections.reverse(order);
        }
        int[] cpus = BaselineCores.of(r);
        List<List<Object>> rows = python.run(CPython.program("countdown.py"), count, order, cpythonModes,
                cpus == null ? null : Arrays.stream(cpus).boxed().toList());
        for (List<Object> row : rows.subList(0, rows.size() - 1)) {
            String mode = (String) row.get(0);
            addRow(results, python.engine(), python.gil(), mode, ((Number) row.get(1)).intValue(), r,
                    new ModelRuns.Timing(Programs.number(row, 2), -1));
        }
        List<Object> again = rows.get(rows.size() - 1);
        boolean pinned = again.size() > 3 && again.get(3) != null; // a CPython without os.sched_setaffinity (2.7) runs it anywhere
        oneThreadAgain(results, python.engine(), python.gil(), r, Programs.number(again, 2), pinned ? cpus : null);
        addSpeedups(results, python.engine(), r);
    }

    /** A run's row; its speedup comes once the repeat's one-thread time is known ({@link #addSpeedups}). */
    private void addRow(Table results, String engine, String gil, String mode, int n, int repeat, ModelRuns.Timing timing) {
        results.stringColumn("engine").append(engine);
        results.stringColumn("gil").append(gil);
        results.stringColumn("mode").append(mode);
        results.stringColumn("label").append(label(mode, n, gil));
        results.intColumn("workers").append(n);
        results.longColumn("count").append(count);
        results.intColumn("repeat").append(repeat);
        results.doubleColumn("seconds").append(timing.seconds());
        results.doubleColumn("speedup").appendMissing();
        if (timing.handoffs() < 0) {
            results.longColumn("handoffs").appendMissing();
        } else {
            results.longColumn("handoffs").append(timing.handoffs());
        }
        results.stringColumn("note").append("");
    }

    /**
     * The repeat's second one-thread run, made after the others. Pinned to {@code cpus}, one run on each
     * ({@link BaselineCores}), the one-thread row is their mean: what a thread's work costs on this
     * machine's cores, as threads taking turns and a pool's processes use them. Where threads cannot be
     * pinned ({@code cpus} null), the row keeps the faster run: noise on a shared machine only ever adds
     * time, and a baseline slowed by it would make every other run of the repeat look faster than it was.
     */
    private static void oneThreadAgain(Table results, String engine, String gil, int repeat, double seconds, int[] cpus) {
        int row = oneThreadRow(results, engine, gil, repeat);
        double first = results.doubleColumn("seconds").get(row);
        if (cpus == null) {
            results.doubleColumn("seconds").set(row, Math.min(first, seconds));
            results.stringColumn("note").set(row, String.format(Locale.ROOT,
                    "the faster of two runs: %.3f s before the others, %.3f s after them", first, seconds));
            return;
        }
        double apart = Math.max(first, seconds) / Math.min(first, seconds);
        results.doubleColumn("seconds").set(row, (first + seconds) / 2);
        results.stringColumn("note").set(row, String.format(Locale.ROOT,
                "the mean of one run on each of two cores: %.3f s on cpu %d before the others, %.3f s on cpu %d after them%s",
                first, cpus[0], seconds, cpus[1], apart > CORES_APART ? String.format(Locale.ROOT,
                        " (%.2fx apart: this machine's cores differ, or it was busy)", apart) : ""));
    }

    /**
     * Each row's speedup over its repeat's one-thread time under the same lock (a pool's and interpreters'
     * over the new GIL's), or, where the work is too small to time honestly (less than
     * {@link #SHORTEST_TIMING_SECONDS} of it per core the run can use), a note instead.
     */
    private static void addSpeedups(Table results, String engine, int repeat) {
        int cores = Runtime.getRuntime().availableProcessors();
        for (int row = 0; row < results.rowCount(); row++) {
            if (results.stringColumn("engine").get(row).equals(engine) && results.intColumn("repeat").get(row) == repeat) {
                String gil = results.stringColumn("gil").get(row);
                // a pool and interpreters against one thread under the new GIL; a CPython 2.7 has only the old one
                boolean againstNewGil = (results.stringColumn("mode").get(row).equals("processes") || gil.equals("per-interpreter"))
                        && findOneThreadRow(results, engine, "new", repeat) >= 0;
                int baselineRow = oneThreadRow(results, engine, againstNewGil ? "new" : gil, repeat);
                double baseline = results.doubleColumn("seconds").get(baselineRow);
                double workPerCore = baseline / Math.min(results.intColumn("workers").get(row), cores);
                if (workPerCore < SHORTEST_TIMING_SECONDS) {
                    results.stringColumn("note").set(row, String.format(Locale.ROOT,
                            "too small to time: %.1f ms of work per core, under %.0f ms", workPerCore * 1000,
                            SHORTEST_TIMING_SECONDS * 1000));
                } else {
                    results.doubleColumn("speedup").set(row, baseline / results.doubleColumn("seconds").get(row));
                }
            }
        }
    }

    private static int oneThreadRow(Table results, String engine, String gil, int repeat) {
        int row = findOneThreadRow(results, engine, gil, repeat);
        if (row < 0) {
            throw new IllegalStateException("no one-thread run of " + engine + " under the " + gil + " GIL in repeat " + repeat);
        }
        return row;
    }

    /** The repeat's one-thread row of {@code engine} under {@code gil}, or -1. */
    private static int findOneThreadRow(Table results, String engine, String gil, int repeat) {
        for (int row = 0; row < results.rowCount(); row++) {
            if (results.stringColumn("engine").get(row).equals(engine) && results.intColumn("repeat").get(row) == repeat
                    && results.stringColumn("mode").get(row).equals("1 thread") && results.stringColumn("gil").get(row).equals(gil)) {
                return row;
            }
        }
        return -1;
    }

    /** "1 thread", "1 thread (old GIL)", "2 threads", "2 threads (free-threaded)", "Pool(2)", "2 interpreters". */
    static String label(String mode, int n, String gil) {
        return switch (mode) {
            case "threads", "1 thread" -> n + (n == 1 ? " thread" : " threads") + switch (gil) {
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
