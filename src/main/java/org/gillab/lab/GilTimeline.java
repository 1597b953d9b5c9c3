package org.gillab.lab;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.gillab.model.Interpreter;
import org.gillab.model.gil.GilKind;
import org.gillab.model.gil.GilStats;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Who held the lock when: a short run of N CPU-bound threads under the new GIL, every hold of the
 * lock recorded. Rows: thread, start_ms, end_ms — draw them with {@code Chart.timeline(table)}.
 *
 * <pre>{@code
 * Table holds = GilTimeline.of(2_000_000L).threads(2).switchInterval(5).run();
 * }</pre>
 */
public final class GilTimeline extends Experiment {
    private static final int MAX_HOLDS = 100_000;

    private final long count;
    private int threads = 2;
    private double intervalMs = 5;

    private GilTimeline(long count) {
        this.count = Checks.atLeast("count", count, 0);
    }

    public static GilTimeline of(long count) {
        return new GilTimeline(count);
    }

    public GilTimeline threads(int n) {
        this.threads = (int) Checks.atLeast("threads", n, 1);
        return this;
    }

    /** The switch interval in milliseconds; default 5. */
    public GilTimeline switchInterval(double milliseconds) {
        this.intervalMs = Checks.positive("switch interval (ms)", milliseconds);
        return this;
    }

    @Override
    protected Table emptyTable() {
        return Table.create(String.format(Locale.ROOT, "GIL holds, %d threads, interval %s ms", threads, intervalMs),
                StringColumn.create("thread"), DoubleColumn.create("start_ms"), DoubleColumn.create("end_ms"));
    }

    @Override
    protected List<Step> steps() {
        return List.of(new Step("model warmed up (JIT)", results -> ModelRuns.warmUp(GilKind.NEW)),
                new Step("recorded", results -> {
                    Duration interval = Duration.ofNanos(Math.round(intervalMs * 1e6));
                    try (Interpreter py = ModelRuns.interpreter(GilKind.NEW, interval, MAX_HOLDS)) {
                        ModelRuns.threads(py, threads, count);
                        for (GilStats.Hold hold : py.gilStats().timeline()) {
                            results.stringColumn("thread").append(hold.thread());
                            results.doubleColumn("start_ms").append(hold.startNanos() / 1e6);
                            results.doubleColumn("end_ms").append(hold.endNanos() / 1e6);
                        }
                    }
                }));
    }
}
