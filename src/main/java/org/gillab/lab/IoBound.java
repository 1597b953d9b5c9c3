package org.gillab.lab;

import java.util.ArrayList;
import java.util.List;
import org.gillab.model.Interpreter;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Threads do help when they block: N threads each sleep (time.sleep releases the GIL while it
 * blocks, as socket and file I/O do), against the same sleeps one after another. Rows: engine, mode,
 * threads, sleep_s, seconds, note. Four threads sleeping 0.5 s take about 0.5 s, not 2 s.
 *
 * <pre>{@code
 * Table t = IoBound.threads(4).sleep(0.5).run();
 * }</pre>
 */
public final class IoBound extends Comparison<IoBound> {
    private final int threads;
    private double sleepSeconds = 0.5;

    private IoBound(int threads) {
        this.threads = (int) Checks.atLeast("threads", threads, 1);
    }

    public static IoBound threads(int n) {
        return new IoBound(n);
    }

    /** How long each thread sleeps, in seconds; default 0.5. */
    public IoBound sleep(double seconds) {
        this.sleepSeconds = Checks.positive("sleep (seconds)", seconds);
        return this;
    }


    @Override
    protected Table emptyTable() {
        return Table.create(threads + " threads sleeping " + sleepSeconds + " s", StringColumn.create("engine"),
                StringColumn.create("mode"), IntColumn.create("threads"), DoubleColumn.create("sleep_s"),
                DoubleColumn.create("seconds"), StringColumn.create("note"));
    }

    @Override
    protected List<Step> steps() {
        List<Step> steps = new ArrayList<>();
        steps.add(new Step("model", results -> {
            try (Interpreter py = new Interpreter()) {
                addRows(results, "model", Programs.onModel(py, "io_bound.py", threads, sleepSeconds));
            }
        }));
        for (CPython.Lookup lookup : findCPythons()) {
            steps.add(cpythonStep(lookup, (python, results) ->
                    addRows(results, python.engine(), python.run(CPython.program("io_bound.py"), threads, sleepSeconds))));
        }
        return steps;
    }

    private void addRows(Table results, String engine, List<List<Object>> rows) {
        for (List<Object> row : rows) {
            results.stringColumn("engine").append(engine);
            results.stringColumn("mode").append((String) row.get(0));
            results.intColumn("threads").append(threads);
            results.doubleColumn("sleep_s").append(sleepSeconds);
            results.doubleColumn("seconds").append(Programs.number(row, 2));
            results.stringColumn("note").append("");
        }
    }
}
