package org.gillab.lab;

import java.util.ArrayList;
import java.util.List;
import org.gillab.model.Interpreter;
import org.gillab.model.Profile;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * {@code counter += 1} in several threads, under the model's version profiles: 3.9, which could
 * switch threads between any two instructions (so between the load and the store: updates are
 * lost), and 3.11, which switches only at backward jumps, calls and function entry (none are lost) —
 * beside the real CPythons asked for (profile: their version, e.g. 3.9). Rows: engine, profile,
 * threads, expected, counted, lost, note.
 *
 * <pre>{@code
 * Table t = LostUpdates.threads(4).increments(200_000).run();
 * }</pre>
 */
public final class LostUpdates extends Comparison<LostUpdates> {
    private final int threads;
    private long increments = 200_000;

    private LostUpdates(int threads) {
        this.threads = (int) Checks.atLeast("threads", threads, 1);
    }

    public static LostUpdates threads(int n) {
        return new LostUpdates(n);
    }

    /** How many times each thread adds 1; default 200,000. */
    public LostUpdates increments(long n) {
        this.increments = Checks.atLeast("increments", n, 0);
        return this;
    }

    @Override
    protected Table emptyTable() {
        return Table.create("counter += 1 in " + threads + " threads", StringColumn.create("engine"),
                StringColumn.create("profile"), LongColumn.create("threads"), LongColumn.create("expected"),
                LongColumn.create("counted"), LongColumn.create("lost"), StringColumn.create("note"));
    }

    @Override
    protected List<Step> steps() {
        List<Step> steps = new ArrayList<>();
        for (Profile profile : List.of(Profile.PY39, Profile.PY311)) {
            steps.add(new Step("model " + profile.shortName(), results -> {
                try (Interpreter py = Interpreter.builder().profile(profile).build()) {
                    addRow(results, "model", profile.shortName(), Programs.onModel(py, "lost_updates.py", threads, increments));
                }
            }));
        }
        for (CPython.Lookup lookup : findCPythons()) {
            steps.add(cpythonStep(lookup, (python, results) -> addRow(results, python.engine(), python.release(),
                    python.run(CPython.program("lost_updates.py"), threads, increments))));
        }
        return steps;
    }

    private void addRow(Table results, String engine, String profile, List<List<Object>> rows) {
        long expected = (long) Programs.number(rows.get(0), 0);
        long counted = (long) Programs.number(rows.get(0), 1);
        results.stringColumn("engine").append(engine);
        results.stringColumn("profile").append(profile);
        results.longColumn("threads").append(threads);
        results.longColumn("expected").append(expected);
        results.longColumn("counted").append(counted);
        results.longColumn("lost").append(expected - counted);
        results.stringColumn("note").append("");
    }
}
