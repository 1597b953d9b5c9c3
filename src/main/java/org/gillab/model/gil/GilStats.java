package org.gillab.model.gil;

import java.util.List;
import java.util.Locale;

/**
 * Counters of one lock since it was made or last reset ({@link Gil#resetStats()}).
 *
 * @param kind                  which variant counted them
 * @param switchIntervalNanos   the switch interval when the snapshot was taken (new GIL)
 * @param checkInterval         the check interval when the snapshot was taken (old GIL)
 * @param elapsedNanos          how long the counting has been going on
 * @param handoffs              how many times the lock passed from one thread to another
 *                              (the new GIL's switch_number)
 * @param dropRequests          how many times a waiter set gil_drop_request after a timed-out wait
 * @param forcedSwitches        how many times a dropper waited on switch_cond for the hand-off
 *                              (FORCE_SWITCHING)
 * @param checkIntervalReleases how many times the old GIL's holder released and re-acquired the lock
 *                              because its check interval ran out
 * @param threads               per-thread counters, in order of first use
 * @param timeline              the most recent holds, oldest first (empty when the timeline is off)
 * @param timelineDropped       how many older holds the bounded timeline no longer keeps
 */
public record GilStats(GilKind kind, long switchIntervalNanos, int checkInterval, long elapsedNanos,
                       long handoffs, long dropRequests, long forcedSwitches, long checkIntervalReleases,
                       List<ThreadStats> threads, List<Hold> timeline, long timelineDropped) {

    public GilStats {
        threads = List.copyOf(threads);
        timeline = List.copyOf(timeline);
    }

    /**
     * One thread's time under the lock.
     *
     * @param heldNanos        total time holding the lock (a hold in progress counts up to the snapshot)
     * @param waitedNanos      total time between asking for the lock and getting it
     * @param acquisitions     how many holds the thread began
     * @param longestWaitNanos the longest single wait
     */
    public record ThreadStats(String name, long heldNanos, long waitedNanos, long acquisitions,
                              long longestWaitNanos) {
    }

    /** One hold of the lock, in nanoseconds since the counting began. */
    public record Hold(String thread, long startNanos, long endNanos) {
        public long durationNanos() {
            return endNanos - startNanos;
        }
    }

    /** The median length of the holds in the timeline (0 when it is empty): the typical time slice. */
    public long medianHoldNanos() {
        long[] durations = timeline.stream().mapToLong(Hold::durationNanos).sorted().toArray();
        return durations.length == 0 ? 0 : durations[durations.length / 2];
    }

    /** A table for {@code --stats} and notebook output. */
    @Override
    public String toString() {
        StringBuilder out = new StringBuilder();
        switch (kind) {
            case NEW -> out.append(String.format(Locale.ROOT,
                    "GIL new (switch interval %s ms), over %s ms: %d hand-offs, %d drop requests, %d forced switches%n",
                    millis(switchIntervalNanos), millis(elapsedNanos), handoffs, dropRequests, forcedSwitches));
            case OLD -> out.append(String.format(Locale.ROOT,
                    "GIL old (check interval %d ticks), over %s ms: %d hand-offs, %d check-interval releases%n",
                    checkInterval, millis(elapsedNanos), handoffs, checkIntervalReleases));
            case FREE, UNSAFE -> {
                return "no GIL (" + kind.name().toLowerCase(Locale.ROOT) + "): threads never wait for a lock";
            }
        }
        if (!threads.isEmpty()) {
            out.append(String.format(Locale.ROOT, "  %-20s %12s %12s %13s %16s%n",
                    "thread", "held ms", "waited ms", "acquisitions", "longest wait ms"));
            for (ThreadStats thread : threads) {
                out.append(String.format(Locale.ROOT, "  %-20s %12s %12s %13d %16s%n", thread.name(),
                        millis(thread.heldNanos()), millis(thread.waitedNanos()), thread.acquisitions(),
                        millis(thread.longestWaitNanos())));
            }
        }
        if (!timeline.isEmpty()) {
            out.append(String.format(Locale.ROOT, "  timeline: %d holds kept (%d older dropped), median hold %s ms%n",
                    timeline.size(), timelineDropped, millis(medianHoldNanos())));
        }
        return out.toString().stripTrailing();
    }

    private static String millis(long nanos) {
        return String.format(Locale.ROOT, "%.3f", nanos / 1e6);
    }

    /** The statistics of a kind without a lock: nothing ever waits, so there is nothing to count. */
    static GilStats none(GilKind kind, long switchIntervalNanos, int checkInterval) {
        return new GilStats(kind, switchIntervalNanos, checkInterval, 0, 0, 0, 0, 0, List.of(), List.of(), 0);
    }
}
