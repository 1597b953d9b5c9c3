package org.gillab.lab;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.gillab.model.Interpreter;
import org.gillab.model.gil.GilKind;
import org.gillab.model.gil.GilStats;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.Table;

/**
 * The switch interval (sys.setswitchinterval) swept: N CPU-bound threads count down under the new
 * GIL at each interval. Rows: interval_ms, threads, seconds, handoffs, drop_requests,
 * median_slice_ms (the typical time a thread holds the lock before it must give it up). A shorter
 * interval means more hand-offs and shorter slices; the total time stays about the same.
 *
 * <pre>{@code
 * Table t = SwitchIntervals.of(20_000_000L).intervals(0.5, 5, 50).run();
 * }</pre>
 */
public final class SwitchIntervals extends Experiment {
    private static final int TIMELINE_HOLDS = 200_000;

    private final long count;
    private double[] intervalsMs = {0.5, 5, 50};
    private int threads = 2;

    private SwitchIntervals(long count) {
        this.count = Checks.atLeast("count", count, 0);
    }

    public static SwitchIntervals of(long count) {
        return new SwitchIntervals(count);
    }

    /** Switch intervals in milliseconds; default 0.5, 5 (CPython's default) and 50. */
    public SwitchIntervals intervals(double... milliseconds) {
        this.intervalsMs = Checks.intervalsMs(milliseconds);
        return this;
    }

    /** How many CPU-bound threads share the work; default 2. */
    public SwitchIntervals threads(int n) {
        this.threads = (int) Checks.atLeast("threads", n, 1);
        return this;
    }

    @Override
    protected Table emptyTable() {
        return Table.create("Switch interval, " + threads + " threads, countdown " + String.format(Locale.ROOT, "%,d", count),
                DoubleColumn.create("interval_ms"), LongColumn.create("threads"), DoubleColumn.create("seconds"),
                LongColumn.create("handoffs"), LongColumn.create("drop_requests"), DoubleColumn.create("median_slice_ms"));
    }

    @Override
    protected List<Step> steps() {
        List<Step> steps = new ArrayList<>();
        steps.add(new Step("model warmed up (JIT)", results -> ModelWarmUps.ensure(GilKind.NEW)));
        for (double ms : intervalsMs) {
            steps.add(new Step(ms + " ms", results -> {
                Duration interval = Duration.ofNanos(Math.round(ms * 1e6));
                try (Interpreter py = ModelRuns.interpreter(GilKind.NEW, interval, TIMELINE_HOLDS)) {
                    ModelRuns.Timing timing = ModelRuns.threads(py, threads, count);
                    GilStats stats = py.gilStats();
                    results.doubleColumn("interval_ms").append(ms);
                    results.longColumn("threads").append(threads);
                    results.doubleColumn("seconds").append(timing.seconds());
                    results.longColumn("handoffs").append(stats.handoffs());
                    results.longColumn("drop_requests").append(stats.dropRequests());
                    results.doubleColumn("median_slice_ms").append(stats.medianHoldNanos() / 1e6);
                }
            }));
        }
        return steps;
    }
}
