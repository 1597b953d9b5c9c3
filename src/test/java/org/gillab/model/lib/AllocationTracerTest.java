package org.gillab.model.lib;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.gillab.model.object.Heap;
import org.gillab.model.object.PyList;
import org.gillab.model.object.PyStr;
import org.gillab.model.object.ThreadState;
import org.junit.jupiter.api.Test;

/**
 * tracemalloc's tracer on a heap of its own: sizes measured once, when first needed; the peak as those
 * moments see it; the tests' live-object tracking still served while it traces and after it stops.
 */
class AllocationTracerTest {
    private final Heap heap = new Heap(false, true, true);
    private final ThreadState ts = heap.register("main", null);
    private final AllocationTracer tracer = new AllocationTracer(heap);

    @Test
    void aSizeIsMeasuredWhenFirstAskedForAndKept() {
        tracer.start(1);
        PyList list = new PyList(ts);
        long empty = SizeOf.builtin(list);
        assertArrayEquals(new long[] {empty, empty}, tracer.memory());
        PyStr item = new PyStr(ts, "abc");
        list.append(ts, item); // the list grows after it was measured: its trace keeps the first size
        long withItem = empty + SizeOf.builtin(item);
        assertArrayEquals(new long[] {withItem, withItem}, tracer.memory());
        ts.decref(item);
        ts.decref(list); // frees the list, then the str it held
        assertArrayEquals(new long[] {0, withItem}, tracer.memory());
        tracer.resetPeak();
        assertArrayEquals(new long[] {0, 0}, tracer.memory());
    }

    @Test
    void anObjectFreedBeforeAnyQueryIsMeasuredAtItsFree() {
        tracer.start(1);
        PyStr s = new PyStr(ts, "x".repeat(1000));
        ts.decref(s);
        assertArrayEquals(new long[] {0, SizeOf.builtin(s)}, tracer.memory());
    }

    @Test
    void tracesHaveTheUnknownFrameOutsidePythonCodeAndGoWithStop() {
        tracer.start(5);
        PyStr s = new PyStr(ts, "x");
        AllocationTracer.Where where = tracer.whereOf(s);
        assertEquals("<unknown>", where.frames().get(0).filename());
        assertEquals(1, tracer.traces().size());
        tracer.stop();
        assertFalse(tracer.tracing());
        assertNull(tracer.whereOf(s));
        assertEquals(0, tracer.traces().size());
        ts.decref(s);
    }

    @Test
    void liveObjectTrackingGoesOnWhileTracingAndAfterwards() {
        tracer.start(1);
        ThreadState later = heap.register("later", null); // a thread that starts while tracing is traced too
        PyStr during = new PyStr(later, "during");
        assertTrue(heap.liveObjects().contains(during));
        assertEquals(1, tracer.traces().size());
        tracer.stop();
        PyStr after = new PyStr(ts, "after");
        assertTrue(heap.liveObjects().contains(after));
        assertEquals(0, tracer.traces().size());
        later.decref(during);
        ts.decref(after);
        assertTrue(heap.liveObjects().isEmpty());
    }
}
