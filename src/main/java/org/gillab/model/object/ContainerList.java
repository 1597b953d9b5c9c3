package org.gillab.model.object;

import java.util.List;

/**
 * The containers one thread made, in the order it made them (the list that _PyObject_GC_TRACK links
 * them into). Only its own thread appends; freed objects are not unlinked when they die but dropped
 * when the list fills, so a free costs nothing and the list holds at most twice the live containers.
 */
final class ContainerList {
    private static final int INITIAL_CAPACITY = 256;
    @SuppressWarnings("unused")
    private long padBefore0, padBefore1, padBefore2, padBefore3, padBefore4, padBefore5, padBefore6, padBefore7;
    private PyObject[] items = new PyObject[INITIAL_CAPACITY];
    private int size;
    @SuppressWarnings("unused")
    private long padAfter0, padAfter1, padAfter2, padAfter3, padAfter4, padAfter5, padAfter6, padAfter7;

    void add(PyObject o) {
        if (size == items.length) {
            dropFreed();
            if (size > items.length / 2) {
                items = java.util.Arrays.copyOf(items, items.length * 2);
            }
        }
        items[size++] = o;
    }

    /** Adds the live containers of {@code other}, oldest first: a finished thread's containers outlive it. */
    void addLiveOf(ContainerList other) {
        other.dropFreed();
        for (int i = 0; i < other.size; i++) {
            add(other.items[i]);
        }
    }

    /** Appends the live containers to {@code out}, oldest first; reads only, as its thread may be the caller's or paused. */
    void collectLive(List<PyObject> out) {
        PyObject[] seen = items;
        for (int i = 0, n = Math.min(size, seen.length); i < n; i++) {
            PyObject o = seen[i];
            if (o != null && !o.isFreed()) {
                out.add(o);
            }
        }
    }

    private void dropFreed() {
        int kept = 0;
        for (int i = 0; i < size; i++) {
            PyObject o = items[i];
            if (o != null && !o.isFreed()) {
                items[kept++] = o;
            }
        }
        java.util.Arrays.fill(items, kept, size, null);
        size = kept;
    }
}
