package org.gillab.model.gil;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The counters of one lock: lock-wide events, the per-thread counters of every thread that used it,
 * and the optional timeline of holds. Every method runs on a slow path of the lock (taking,
 * dropping, a hand-off, a drop request), never per bytecode.
 *
 * <p>{@link #reset} starts a new generation: lock-wide counters go back to zero, threads zero their
 * own counters the next time they take or drop (only the owner writes them), and holds in progress
 * count from the reset on.
 */
final class Instrumentation {
    private final Timeline timeline;
    private final AtomicLong handoffs = new AtomicLong();
    private final AtomicLong dropRequests = new AtomicLong();
    private final AtomicLong forcedSwitches = new AtomicLong();
    private final AtomicLong checkIntervalReleases = new AtomicLong();
    /** Threads seen in this generation, in order of first use; guarded by this. */
    private final Set<GilThread> threads = new LinkedHashSet<>();
    private volatile long epoch = System.nanoTime();
    private volatile int generation;

    Instrumentation(int timelineCapacity) {
        this.timeline = timelineCapacity == 0 ? null : new Timeline(timelineCapacity);
    }

    void handoff() {
        handoffs.incrementAndGet();
    }

    void dropRequest() {
        dropRequests.incrementAndGet();
    }

    void forcedSwitch() {
        forcedSwitches.incrementAndGet();
    }

    void checkIntervalRelease() {
        checkIntervalReleases.incrementAndGet();
    }

    /** The thread got the lock at {@code now} after asking for it at {@code waitStart}. */
    void acquired(GilThread thread, long waitStart, long now) {
        enter(thread);
        thread.acquired(now - Math.max(waitStart, epoch), now);
    }

    /** The thread gave the lock up at {@code now}. */
    void released(GilThread thread, long now) {
        enter(thread);
        long start = thread.released(now, epoch);
        if (timeline != null) {
            timeline.record(new GilStats.Hold(thread.name(), start - epoch, now - epoch));
        }
    }

    /**
     * Makes the thread a member of this lock's statistics, or refuses a thread state of another lock;
     * the locks call it before they change any state.
     */
    void enter(GilThread thread) {
        if (thread.generation() != generation || !thread.belongsTo(this)) {
            join(thread);
        }
    }

    private synchronized void join(GilThread thread) {
        thread.joinOnce(this);
        if (thread.generation() != generation) {
            thread.startGeneration(generation);
            threads.add(thread);
        }
    }

    synchronized void reset() {
        handoffs.set(0);
        dropRequests.set(0);
        forcedSwitches.set(0);
        checkIntervalReleases.set(0);
        threads.clear();
        if (timeline != null) {
            timeline.clear();
        }
        epoch = System.nanoTime();
        generation++;
    }

    synchronized GilStats snapshot(GilKind kind, long switchIntervalNanos, int checkInterval) {
        long now = System.nanoTime();
        List<GilStats.ThreadStats> perThread = new ArrayList<>(threads.size());
        for (GilThread thread : threads) {
            perThread.add(thread.snapshot(generation, epoch, now));
        }
        return new GilStats(kind, switchIntervalNanos, checkInterval, now - epoch,
                handoffs.get(), dropRequests.get(), forcedSwitches.get(), checkIntervalReleases.get(),
                perThread,
                timeline == null ? List.of() : timeline.holds(),
                timeline == null ? 0 : timeline.dropped());
    }
}
