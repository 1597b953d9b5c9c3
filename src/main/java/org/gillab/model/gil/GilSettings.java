package org.gillab.model.gil;

import java.time.Duration;

/**
 * How a lock is set up when its interpreter is made.
 *
 * @param switchIntervalNanos sys.setswitchinterval for the new GIL (CPython's default: 5 ms)
 * @param checkInterval       sys.setcheckinterval for the old GIL (CPython 2's default: 100 ticks)
 * @param timelineCapacity    how many lock holds to remember for the timeline (0: none)
 */
public record GilSettings(long switchIntervalNanos, int checkInterval, int timelineCapacity) {
    public static final GilSettings DEFAULT = new GilSettings(Duration.ofMillis(5).toNanos(), 100, 0);

    public GilSettings {
        requireValidSwitchInterval(switchIntervalNanos);
        requireValidCheckInterval(checkInterval);
        if (timelineCapacity < 0) {
            throw new IllegalArgumentException("timeline capacity must be 0 or more, got " + timelineCapacity);
        }
    }

    /** The switch interval, if positive (CPython: "switch interval must be strictly positive"). */
    static long requireValidSwitchInterval(long nanos) {
        if (nanos <= 0) {
            throw new IllegalArgumentException("switch interval must be strictly positive, got " + nanos + " ns");
        }
        return nanos;
    }

    /** The check interval, if at least one tick. */
    static int requireValidCheckInterval(int ticks) {
        if (ticks < 1) {
            throw new IllegalArgumentException("check interval must be at least 1, got " + ticks);
        }
        return ticks;
    }
}
