package org.gillab.model.object;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Consumer;

/**
 * The cycle collector (Modules/gcmodule.c, gc_collect_main): finds the containers that only other
 * containers of the same garbage refer to, and frees them, as reference counting alone never does.
 * <ol>
 * <li>update_refs/subtract_refs: each container's count minus the references other containers hold
 * to it; what remains are references from outside (frames, untracked objects, the interpreter);</li>
 * <li>move_unreachable: everything a container with outside references reaches is alive, the rest is
 * garbage;</li>
 * <li>handle_weakrefs and finalize_garbage: weak references to the garbage are cleared (their
 * callbacks run) and each __del__ runs once (PEP 442), with the garbage kept alive meanwhile;</li>
 * <li>handle_resurrected_objects: what a finalizer made reachable again survives, with all it reaches;</li>
 * <li>delete_garbage: each remaining object drops its references; CPython's tp_clear breaks the
 * cycles, here every object is held by one extra reference until all have dropped theirs, so that
 * what they referred to outside the garbage is freed by its count and the garbage itself last.</li>
 * </ol>
 * It runs in a thread that holds the GIL, which keeps every other thread of the heap still.
 */
public final class CycleCollector {
    private CycleCollector() {}

    /** The mark of a candidate found alive in {@link PyObject#gcRefs}. */
    private static final int REACHABLE = Integer.MIN_VALUE;
    /** The mark {@link #unreachable} leaves on what it found unreachable, until the collection frees it. */
    private static final int UNREACHABLE = -1;

    /**
     * Collects the heap of {@code ts} and returns what gc.collect() does: the objects freed as CPython
     * counts them (the unreachable ones less those a finalizer resurrected). Without a GIL (free, unsafe)
     * other running threads would change counts under it, and the model has no stop-the-world pause: it
     * then collects only while the calling thread is the heap's only one, and otherwise finds nothing.
     */
    public static int collect(ThreadState ts) {
        return collect(ts, null, null);
    }

    /**
     * What Py_FinalizeEx does to a module's namespace as the process ends (finalize_modules): the
     * namespace stops being a root, so everything only it keeps alive is garbage, whose finalizers
     * (__del__) and weak reference callbacks run in the order the objects were made, as CPython's
     * collection of the namespace runs them, and which is then freed; the namespace keeps only
     * __builtins__. Where no container has a finalizer to run or a weak reference to clear, nothing of it
     * could be seen, and nothing is done: the process ends with its objects, as a large heap ends faster.
     */
    public static void collectNamespace(ThreadState ts, PyDict namespace) {
        List<PyObject> containers = ts.heap().liveContainers();
        if (containers.stream().noneMatch(o -> o.finalizerPending() || o.weaklyReferenced)) {
            return;
        }
        collect(ts, containers, namespace);
        // objects the collector does not track (a traceback, say) kept cycles alive from the namespace;
        // clearing it freed them, and the cycles they held are garbage now
        collect(ts);
    }

    /** @param containers the heap's live containers, or null to list them here */
    private static int collect(ThreadState ts, List<PyObject> containers, PyDict abandoned) {
        Heap heap = ts.heap();
        ts.collectionDue = false;
        if (heap.collecting || !heap.hasLock() && heap.threads().size() > 1) {
            return 0; // a finalizer's own gc.collect() finds nothing, as gc_collect_main is not re-entered
        }
        heap.collecting = true;
        try {
            return collectUnreachable(ts, containers != null ? containers : heap.liveContainers(), abandoned);
        } finally {
            heap.collecting = false;
            heap.recountContainers();
        }
    }

    private static int collectUnreachable(ThreadState ts, List<PyObject> containers, PyDict abandoned) {
        List<PyObject> garbage = unreachable(containers, 0, abandoned);
        if (garbage.isEmpty()) {
            clear(ts, abandoned);
            return 0;
        }
        List<PyDict> inlineDicts = inlineDicts(garbage);
        garbage.forEach(ts::incref);
        garbage.forEach(o -> PyWeakRef.clearIfWeaklyReferenced(ts, o));
        for (PyObject o : garbage) {
            if (o.finalizerPending()) {
                o.finalizeObject(ts);
            }
        }
        clear(ts, abandoned); // after the finalizers, which may read the namespace
        List<PyObject> stillGarbage = withoutResurrected(garbage);
        for (PyObject o : garbage) {
            if (o.gcRefs != UNREACHABLE) {
                ts.decref(o); // resurrected: only the pin goes
            }
        }
        int found = stillGarbage.size() - (int) inlineDicts.stream().filter(d -> d.gcRefs == UNREACHABLE).count();
        stillGarbage.forEach(o -> o.gcRefs = 0);
        stillGarbage.forEach(o -> PyWeakRef.clearIfWeaklyReferenced(ts, o)); // new ones a finalizer made
        stillGarbage.forEach(o -> o.release(ts));
        stillGarbage.forEach(ts::freeCollected);
        return found;
    }

    /**
     * The containers of {@code candidates} that no reference from outside them keeps alive, in their
     * order: update_refs, subtract_refs and move_unreachable. {@code pins} references to each are the
     * collector's own; the references {@code abandoned} holds (if not null) count as from inside. Each
     * candidate's {@link PyObject#gcRefs} holds one more than its outside references while this runs
     * (0 or less marks the objects that are no candidates), {@link #REACHABLE} once found alive; after, 0 for
     * what was found alive and {@link #UNREACHABLE} for what is returned.
     */
    private static List<PyObject> unreachable(List<PyObject> candidates, int pins, PyDict abandoned) {
        for (PyObject o : candidates) {
            o.gcRefs = o.refcount() - pins + 1;
        }
        Consumer<PyObject> insideReference = child -> {
            if (child.gcRefs > 1) {
                child.gcRefs--;
            }
        };
        candidates.forEach(o -> o.traverse(insideReference));
        if (abandoned != null) {
            abandoned.traverse(insideReference);
        }
        Deque<PyObject> pending = new ArrayDeque<>();
        for (PyObject o : candidates) {
            if (o.gcRefs > 1) {
                o.gcRefs = REACHABLE;
                pending.add(o);
            }
        }
        Consumer<PyObject> reach = child -> {
            if (child.gcRefs > 0) {
                child.gcRefs = REACHABLE;
                pending.add(child);
            }
        };
        while (!pending.isEmpty()) {
            pending.poll().traverse(reach);
        }
        List<PyObject> garbage = new ArrayList<>();
        for (PyObject o : candidates) {
            if (o.gcRefs != REACHABLE) {
                garbage.add(o);
                o.gcRefs = UNREACHABLE;
            } else {
                o.gcRefs = 0;
            }
        }
        return garbage;
    }

    /** The garbage that no finalizer made reachable again (the collector's own pin on each not counted). */
    private static List<PyObject> withoutResurrected(List<PyObject> garbage) {
        return unreachable(garbage, 1, null);
    }

    /**
     * The __dict__s of the garbage's plain instances that nothing but their instance refers to. CPython 3.11
     * keeps an instance's attributes in the instance itself until something asks for its __dict__, and
     * does not count such a dict as an object of its own; the model always makes the dict.
     */
    private static List<PyDict> inlineDicts(List<PyObject> garbage) {
        List<PyDict> inline = new ArrayList<>();
        for (PyObject o : garbage) {
            if (o.getClass() == PyInstance.class) { // not an int's or an exception's: their classes keep a real __dict__
                PyDict dict = ((PyInstance) o).dictOrNull();
                if (dict != null && dict.refcount() == 1) {
                    inline.add(dict); // its one reference is its instance's, so it is garbage too
                }
            }
        }
        return inline;
    }

    /** Empties an abandoned namespace but for __builtins__, which code still running may look names up in. */
    private static void clear(ThreadState ts, PyDict namespace) {
        if (namespace == null) {
            return;
        }
        PyObject builtins = namespace.get("__builtins__");
        if (builtins != null) {
            ts.incref(builtins);
        }
        namespace.clear(ts);
        if (builtins != null) {
            namespace.put(ts, "__builtins__", builtins);
            ts.decref(builtins);
        }
    }
}
