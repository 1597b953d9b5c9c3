package org.gillab.lab;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.gillab.model.Interpreter;
import org.gillab.model.gil.GilKind;
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
        return GilReport.holds(String.format(Locale.ROOT, "GIL holds, %d threads, interval %s ms", threads, intervalMs), List.of());
    }

    @Override
    protected List<Step> steps() {
        return List.of(new Step("model warmed up (JIT)", results -> ModelWarmUps.ensure(GilKind.NEW)),
                new Step("recorded", results -> {
                    Duration interval = Duration.ofNanos(Math.round(intervalMs * 1e6));
                    try (Interpreter py = ModelRuns.interpreter(GilKind.NEW, interval, MAX_HOLDS)) {
                        ModelRuns.threads(py, threads, count);
                        results.append(GilReport.holds(results.name(), py.gilStats().timeline()));
                    }
                }));
    }
}
