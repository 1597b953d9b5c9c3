package org.gillab.model.vm;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.gillab.model.RefcountReport;
import org.gillab.model.object.CycleCollector;
import org.gillab.model.object.PyModule;
import org.gillab.model.object.PyObject;
import org.gillab.model.object.ThreadState;

/**
 * Checks reference counts against reality: walks everything reachable from the interpreter's roots
 * (builtins, sys.modules and the audit hooks) through each object's
 * tp_traverse, counts the references found to each object and compares with its count. Together
 * with the heap's live count (allocations - frees) this is exact: an object with fewer references than
 * its count would never be freed (a leak), one with more would be freed while still referenced.
 * Garbage cycles are first collected: a cycle the collector frees is no leak, as CPython too leaves
 * such cycles (a frame that keeps the traceback that keeps the frame) to its collector.
 * Run it while no Python code runs (it takes the GIL; under free/unsafe stop the threads first).
 */
public final class RefcountChecker {
    private RefcountChecker() {}

    /** How many wrong objects a report describes. */
    private static final int EXAMPLES = 8;

    public static RefcountReport check(InterpreterState interp, ThreadState ts) {
        CycleCollector.collect(ts);
        Map<PyObject, int[]> references = new IdentityHashMap<>();
        Deque<PyObject> pending = new ArrayDeque<>();
        java.util.function.Consumer<PyObject> visit = child -> {
            int[] count = references.get(child);
            if (count == null) {
                references.put(child, new int[] {1});
                pending.add(child);
            } else {
                count[0]++;
            }
        };
        visit.accept(interp.builtins);
        for (PyModule module : interp.modules()) {
            visit.accept(module.dict()); // as an object: functions reach their module's namespace too
        }
        interp.auditHooks.traverse(visit);
        while (!pending.isEmpty()) {
            pending.poll().traverse(visit);
        }
        long objects = 0;
        long lost = 0;
        long extra = 0;
        long freed = 0;
        List<String> examples = new ArrayList<>();
        for (Map.Entry<PyObject, int[]> e : references.entrySet()) {
            PyObject o = e.getKey();
            if (o.isImmortal()) {
                continue;
            }
            objects++;
            int found = e.getValue()[0];
            String wrong = null;
            if (o.isFreed()) {
                freed++;
                wrong = "freed";
            } else if (o.refcount() < found) {
                lost++;
                wrong = "count too low";
            } else if (o.refcount() > found) {
                extra++;
                wrong = "count too high";
            }
            if (wrong != null && examples.size() < EXAMPLES) {
                examples.add(wrong + ": " + describe(o) + " (count " + o.refcount() + ", " + found + " references)");
            }
        }
        for (PyObject o : ts.heap().liveObjects()) {
            if (!references.containsKey(o) && examples.size() < EXAMPLES) {
                examples.add("leaked: " + describe(o) + " (count " + o.refcount() + ")");
            }
        }
        long live = interp.heap.stats().live();
        return new RefcountReport(objects, lost, extra, freed, Math.max(0, live - (objects - freed)), examples);
    }

    /** The object's type and, where that is safe to compute without running Python code, its repr. */
    private static String describe(PyObject o) {
        String repr;
        try {
            repr = o.isFreed() || o instanceof org.gillab.model.object.PyInstance ? "" : " " + o.repr();
        } catch (RuntimeException e) {
            repr = "";
        }
        if (repr.length() > 60) {
            repr = repr.substring(0, 60) + "...";
        }
        return o.type().name() + repr;
    }
}
