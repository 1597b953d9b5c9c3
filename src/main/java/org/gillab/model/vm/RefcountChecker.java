package org.gillab.model.vm;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Map;
import org.gillab.model.RefcountReport;
import org.gillab.model.object.PyModule;
import org.gillab.model.object.PyObject;
import org.gillab.model.object.ThreadState;

/**
 * Checks reference counts against reality: walks everything reachable from the interpreter's roots
 * (builtins and sys.modules) through each object's
 * tp_traverse, counts the references found to each object and compares with its count. Together
 * with the heap's live count (allocations - frees) this is exact: an object with fewer references than
 * its count would never be freed (a leak), one with more would be freed while still referenced.
 * Run it while no Python code runs (it takes the GIL; under free/unsafe stop the threads first).
 */
public final class RefcountChecker {
    private RefcountChecker() {}

    public static RefcountReport check(InterpreterState interp, ThreadState ts) {
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
        while (!pending.isEmpty()) {
            pending.poll().traverse(visit);
        }
        long objects = 0;
        long lost = 0;
        long extra = 0;
        long freed = 0;
        for (Map.Entry<PyObject, int[]> e : references.entrySet()) {
            PyObject o = e.getKey();
            if (o.isImmortal()) {
                continue;
            }
            objects++;
            if (o.isFreed()) {
                freed++;
            } else if (o.refcount() < e.getValue()[0]) {
                lost++;

            } else if (o.refcount() > e.getValue()[0]) {
                extra++;
            }
        }
        long live = interp.heap.stats().live();
        return new RefcountReport(objects, lost, extra, freed, Math.max(0, live - (objects - freed)));
    }
}
