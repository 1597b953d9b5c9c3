package org.gillab.lab;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.gillab.model.Interpreter;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The convoy effect: a thread that makes blocking calls (time.sleep(0) gives the GIL up and takes it
 * back, as every I/O call does) beside one CPU-bound thread. Alone a call costs microseconds; beside
 * the CPU-bound thread, each return waits for the holder's whole switch interval. Rows: engine,
 * interval_ms, alone_ms and beside_cpu_ms (milliseconds per call), note.
 *
 * <pre>{@code
 * Table t = Convoy.calls(200).intervals(0.5, 5).run();
 * }</pre>
 */
public final class Convoy extends Comparison<Convoy> {
    private final int calls;
    private double[] intervalsMs = {0.5, 5};

    private Convoy(int calls) {
        this.calls = (int) Checks.atLeast("calls", calls, 1);
    }

    /** How many blocking calls the I/O thread makes at each interval. */
    public static Convoy calls(int n) {
        return new Convoy(n);
    }

    /** Switch intervals in milliseconds; default 0.5 and 5. */
    public Convoy intervals(double... milliseconds) {
        this.intervalsMs = Checks.intervalsMs(milliseconds);
        return this;
    }


    @Override
    protected Table emptyTable() {
        return Table.create("Convoy effect, " + calls + " blocking calls", StringColumn.create("engine"),
                DoubleColumn.create("interval_ms"), DoubleColumn.create("alone_ms"), DoubleColumn.create("beside_cpu_ms"),
                StringColumn.create("note"));
    }

    @Override
    protected List<Step> steps() {
        List<Step> steps = new ArrayList<>();
        List<CPython.Lookup> cpythons = findCPythons();
        for (double ms : intervalsMs) {
            steps.add(new Step("model, " + ms + " ms", results -> {
                try (Interpreter py = Interpreter.builder().switchInterval(Duration.ofNanos(Math.round(ms * 1e6))).build()) {
                    addRows(results, "model", Programs.onModel(py, "convoy.py", ms, calls));
                }
            }));
            for (CPython.Lookup lookup : cpythons) {
                steps.add(cpythonStep(lookup, (python, results) ->
                        addRows(results, python.engine(), python.run(CPython.program("convoy.py"), ms, calls))));
            }
        }
        return steps;
    }

    private static void addRows(Table results, String engine, List<List<Object>> rows) {
        for (List<Object> row : rows) {
            results.stringColumn("engine").append(engine);
            results.doubleColumn("interval_ms").append(Programs.number(row, 0));
            results.doubleColumn("alone_ms").append(Programs.number(row, 1));
            results.doubleColumn("beside_cpu_ms").append(Programs.number(row, 2));
            results.stringColumn("note").append("");
        }
    }
}
