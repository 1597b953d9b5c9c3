package org.gillab.model.object;

import java.util.Arrays;
import java.util.List;

/**
 * The containers one thread made, in the order it made them (the list that _PyObject_GC_TRACK links
 * them into). Only its own thread appends; freed objects are not unlinked when they die but dropped
 * when the list fills, so a free costs nothing and the list holds at most twice the live containers.
 * Each time it made as many containers as the {@link CollectionSchedule}'s threshold since it last
 * counted, it drops its dead and tells the schedule how many more live ones it holds.
 */
final class ContainerList {
    private static final int INITIAL_CAPACITY = 256;
    @SuppressWarnings("unused")
    private long padBefore0, padBefore1, padBefore2, padBefore3, padBefore4, padBefore5, padBefore6, padBefore7;
    private final CollectionSchedule schedule;
    private PyObject[] items = new PyObject[INITIAL_CAPACITY];
    private int size;
    /** The live containers last reported to the schedule. */
    private int counted;
    /** How many more than {@link #counted} the list may hold before it counts its live ones again. */
    private long countInterval;
    @SuppressWarnings("unused")
    private long padAfter0, padAfter1, padAfter2, padAfter3, padAfter4, padAfter5, padAfter6, padAfter7;

    ContainerList(CollectionSchedule schedule) {
        this.schedule = schedule;
        this.countInterval = schedule.threshold();
    }

    /** Appends {@code o}; returns whether the containers grew enough for a collection to be due. */
    boolean add(PyObject o) {
        if (size == items.length) {
            dropFreed();
            if (size > items.length / 2) {
                items = Arrays.copyOf(items, items.length * 2);
            }
        }
        items[size++] = o;
        return size - counted > countInterval && reportGrowth();
    }

    /** Tells the schedule how many more live containers the list holds than it last did. */
    private boolean reportGrowth() {
        dropFreed();
        boolean due = schedule.grew(size - counted);
        counted = size;
        countInterval = nextInterval();
        return due;
    }

    /** Counting again costs a pass over the list: not before it grew by a quarter, however often collections are due. */
    private long nextInterval() {
        return Math.max(schedule.threshold(), size / 4);
    }

    /** Takes over the live containers of {@code other}, oldest first: a finished thread's containers outlive it. */
    void addLiveOf(ContainerList other) {
        other.dropFreed();
        if (size + other.size > items.length) {
            items = Arrays.copyOf(items, Math.max(items.length * 2, size + other.size));
        }
        System.arraycopy(other.items, 0, items, size, other.size);
        size += other.size;
        schedule.grew(other.size - other.counted); // a thread's end is no time to collect
        counted += other.size;
    }

    /**
     * Appends the live containers to {@code out}, oldest first; reads only, as its thread may be the caller's or paused.
     * One whose count reached zero is being freed, its weakref callbacks perhaps running the collection: not live,
     * as subtype_dealloc untracks an object before it clears its weak references.
     */
    void collectLive(List<PyObject> out) {
        PyObject[] seen = items;
        for (int i = 0, n = Math.min(size, seen.length); i < n; i++) {
            PyObject o = seen[i];
            if (o != null && o.refcount() > 0) {
                out.add(o);
            }
        }
    }

    /** After a collection, while its thread is paused or the caller: drops the dead and returns the live count. */
    int recount() {
        dropFreed();
        counted = size;
        countInterval = nextInterval();
        return size;
    }

    private void dropFreed() {
        int kept = 0;
        for (int i = 0; i < size; i++) {
            PyObject o = items[i];
            if (o != null && !o.isFreed()) {
                items[kept++] = o;
            }
        }
        Arrays.fill(items, kept, size, null);
        size = kept;
    }
}
