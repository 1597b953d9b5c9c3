package org.gillab.model.object;

import java.util.concurrent.atomic.AtomicLong;

/**
 * When the cycle collector runs by itself (gcmodule.c's thresholds; scheduled as 3.12's _Py_ScheduleGC
 * does, for the allocating thread's next eval-breaker check point, where no half-made object is about).
 * A collection is due once the live containers grew by the first threshold (700, gen0's) since the last
 * collection, and by a quarter of those that survived it if that is more: the model's collector is not
 * generational, so every collection is a full one, and the quarter (CPython's rule for its oldest
 * generation) keeps the work per allocation bounded however large the heap. Growth is counted net of
 * frees, as gen0's count is, by each thread's {@link ContainerList} from time to time; a program whose
 * containers die young never collects.
 */
public final class CollectionSchedule {
    private final AtomicLong growth = new AtomicLong();
    private volatile long survivors;
    private volatile boolean enabled = true;
    private volatile long[] thresholds = {700, 10, 10};

    /** gc.isenabled(). */
    public boolean enabled() {
        return enabled;
    }

    /** gc.enable() and gc.disable(). */
    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    /** gc.get_threshold(): a copy. */
    public long[] thresholds() {
        return thresholds.clone();
    }

    /** gc.set_threshold(): a first threshold of 0 turns automatic collection off, as in CPython. */
    public void setThresholds(long[] thresholds) {
        this.thresholds = thresholds.clone();
    }

    /** A list counted {@code delta} more live containers than it had: whether a collection is due now. */
    boolean grew(long delta) {
        long total = growth.addAndGet(delta);
        return enabled && thresholds[0] > 0 && total > threshold();
    }

    /** The growth that makes a collection due: the first threshold, or a quarter of the survivors if more. */
    long threshold() {
        return Math.max(Math.max(thresholds[0], 1), survivors / 4);
    }

    /** A collection left {@code live} containers: growth counts from here. */
    void collected(long live) {
        survivors = live;
        growth.set(0);
    }
}
