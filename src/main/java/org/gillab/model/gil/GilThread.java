package org.gillab.model.gil;

/**
 * A thread's membership of one lock (CPython's PyThreadState, as far as the GIL is concerned).
 * The eval loop creates one per Python thread and passes it to every {@link Gil} call.
 *
 * <p>It also carries the thread's own GIL counters. Only the owning thread writes them, and only on
 * the lock's slow paths (taking, dropping), never per bytecode; they are volatile so that
 * {@link Gil#stats()} may read them from any thread.
 */
public final class GilThread {
    private volatile String name;

    /** The instrumentation of the lock this thread belongs to; set on first use by the owner. */
    private Instrumentation membership;
    /** Which reset of the lock's statistics the counters below belong to. */
    private volatile int generation = -1;
    /** When the current hold began (System.nanoTime), or {@link #NOT_HOLDING}. */
    private volatile long holdingSince = NOT_HOLDING;
    private volatile long heldNanos;
    private volatile long waitedNanos;
    private volatile long acquisitions;
    private volatile long longestWaitNanos;

    static final long NOT_HOLDING = Long.MIN_VALUE;

    public GilThread(String name) {
        this.name = name;
    }

    public String name() {
        return name;
    }

    /** A new label for its statistics and the timeline (threading.Thread.name = ...). */
    public void rename(String newName) {
        this.name = newName;
    }

    @Override
    public String toString() {
        return "GilThread[" + name + "]";
    }

    /** Joins the given lock's instruments, or refuses a thread state that belongs to another lock. */
    void joinOnce(Instrumentation instrumentation) {
        if (membership == null) {
            membership = instrumentation;
        } else if (membership != instrumentation) {
            throw new IllegalStateException("thread '" + name + "' already belongs to another GIL:"
                    + " make one GilThread per thread and per lock");
        }
    }

    boolean belongsTo(Instrumentation instrumentation) {
        return membership == instrumentation;
    }

    int generation() {
        return generation;
    }

    /** Starts a fresh set of counters for a new statistics generation (after a reset). */
    void startGeneration(int newGeneration) {
        heldNanos = 0;
        waitedNanos = 0;
        acquisitions = 0;
        longestWaitNanos = 0;
        generation = newGeneration;
    }

    void acquired(long waitNanos, long now) {
        acquisitions++;
        waitedNanos += waitNanos;
        if (waitNanos > longestWaitNanos) {
            longestWaitNanos = waitNanos;
        }
        holdingSince = now;
    }

    /** Ends the current hold and returns when it began. */
    long released(long now, long epoch) {
        long start = Math.max(holdingSince, epoch);
        heldNanos += now - start;
        holdingSince = NOT_HOLDING;
        return start;
    }

    /** The counters as of {@code now}; a hold in progress counts up to now. */
    GilStats.ThreadStats snapshot(int currentGeneration, long epoch, long now) {
        long since = holdingSince;
        long holding = since == NOT_HOLDING ? 0 : now - Math.max(since, epoch);
        if (generation != currentGeneration) {
            return new GilStats.ThreadStats(name, holding, 0, 0, 0);
        }
        return new GilStats.ThreadStats(name, heldNanos + holding, waitedNanos, acquisitions, longestWaitNanos);
    }
}
