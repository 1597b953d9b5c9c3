package org.gillab.lab;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.gillab.model.HeapStats;
import org.gillab.model.Interpreter;
import org.gillab.model.RefcountReport;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * What the GIL protects: threads that only pass one shared object around, so every instruction
 * adds or removes a reference to it. Under the new GIL and under 3.13t's biased counting ("free")
 * the counts end exact; with no lock and plain read-add-write counts ("unsafe") increments and
 * decrements are lost: objects are freed while still referenced, or leak. Rows: gil, threads,
 * iterations, lost_counts (objects whose count is too low), extra_counts (too high), freed_in_use,
 * leaked, use_after_free (accesses the heap caught), exact.
 *
 * <pre>{@code
 * Table t = RefcountRace.threads(4).iterations(200_000).run();   // gils new, free, unsafe
 * }</pre>
 */
public final class RefcountRace extends Experiment {
    private static final List<String> GILS = List.of("new", "old", "free", "unsafe");

    private final int threads;
    private long iterations = 200_000;
    private Set<String> gils = new LinkedHashSet<>(List.of("new", "free", "unsafe"));

    private RefcountRace(int threads) {
        this.threads = (int) Checks.atLeast("threads", threads, 1);
    }

    public static RefcountRace threads(int n) {
        return new RefcountRace(n);
    }

    /** How many times each thread passes the shared object around; default 200,000. */
    public RefcountRace iterations(long n) {
        this.iterations = Checks.atLeast("iterations", n, 0);
        return this;
    }

    /** The lock kinds to compare: "new", "old", "free", "unsafe"; default new, free, unsafe. */
    public RefcountRace gils(String... kinds) {
        this.gils = Checks.names("GIL kind", kinds, GILS);
        return this;
    }

    @Override
    protected Table emptyTable() {
        return Table.create("Reference counts, " + threads + " threads sharing one object", StringColumn.create("gil"),
                LongColumn.create("threads"), LongColumn.create("iterations"), LongColumn.create("lost_counts"),
                LongColumn.create("extra_counts"), LongColumn.create("freed_in_use"), LongColumn.create("leaked"),
                LongColumn.create("use_after_free"), BooleanColumn.create("exact"));
    }

    @Override
    protected List<Step> steps() {
        List<Step> steps = new ArrayList<>();
        for (String gil : gils) {
            steps.add(new Step(gil, results -> {
                try (Interpreter py = Interpreter.withGil(gil)) {
                    Programs.onModel(py, "refcount_race.py", threads, iterations);
                    RefcountReport report = py.checkRefcounts();
                    HeapStats heap = py.heapStats();
                    results.stringColumn("gil").append(gil);
                    results.longColumn("threads").append(threads);
                    results.longColumn("iterations").append(iterations);
                    results.longColumn("lost_counts").append(report.lostCounts());
                    results.longColumn("extra_counts").append(report.extraCounts());
                    results.longColumn("freed_in_use").append(report.freed());
                    results.longColumn("leaked").append(report.leaked());
                    results.longColumn("use_after_free").append(heap.useAfterFree());
                    results.booleanColumn("exact").append(report.exact() && heap.useAfterFree() == 0);
                }
            }));
        }
        return steps;
    }
}
