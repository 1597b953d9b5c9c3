package org.gillab.model.gil;

import java.util.ArrayList;
import java.util.List;

/**
 * The most recent lock holds of one lock, in a ring of fixed capacity so that a long run cannot
 * exhaust memory: when full, the oldest hold is overwritten and counted as dropped. Written once per
 * hold (a slow path), so a monitor is cheap enough.
 */
final class Timeline {
    private final GilStats.Hold[] ring;
    private long recorded;

    Timeline(int capacity) {
        this.ring = new GilStats.Hold[capacity];
    }

    synchronized void record(GilStats.Hold hold) {
        ring[(int) (recorded % ring.length)] = hold;
        recorded++;
    }

    synchronized void clear() {
        recorded = 0;
    }

    /** The kept holds, oldest first. */
    synchronized List<GilStats.Hold> holds() {
        int kept = (int) Math.min(recorded, ring.length);
        List<GilStats.Hold> holds = new ArrayList<>(kept);
        for (long i = recorded - kept; i < recorded; i++) {
            holds.add(ring[(int) (i % ring.length)]);
        }
        return holds;
    }

    synchronized long dropped() {
        return Math.max(0, recorded - ring.length);
    }
}
