package org.gillab.model.vm;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.gillab.model.PythonException;
import org.gillab.model.object.PyObject;
import org.gillab.model.object.PyStr;
import org.gillab.model.object.PyTuple;
import org.gillab.model.object.ThreadState;

/**
 * The interpreter's audit hooks (PEP 578; PySys_Audit and sys.addaudithook in Python/sysmodule.c): each is
 * called as hook(event, args) for every event raised, in the order they were added; a hook's exception
 * propagates to the code that raised the event. Hooks are never removed: the list owns a reference to each,
 * which the reference-count checker sees through {@link #traverse}. Safe to share between threads without a GIL.
 */
public final class AuditHooks {
    private final List<PyObject> hooks = new CopyOnWriteArrayList<>();

    /** Raises {@code event} with {@code args} (borrowed) to every hook, as PySys_Audit does. */
    public void audit(ThreadState ts, String event, PyObject... args) {
        if (hooks.isEmpty()) {
            return;
        }
        PyStr name = new PyStr(ts, event);
        PyTuple tuple = PyTuple.of(ts, args);
        try {
            for (PyObject hook : hooks) {
                ts.decref(ts.call(hook, name, tuple));
            }
        } finally {
            ts.decref(tuple);
            ts.decref(name);
        }
    }

    /**
     * sys.addaudithook(hook): raises "sys.addaudithook" first; a hook that objects with an Exception keeps the
     * new hook out without an error, as CPython 3.11 does (its documentation says RuntimeError); a BaseException
     * that is no Exception (KeyboardInterrupt, SystemExit) propagates.
     */
    public void add(ThreadState ts, PyObject hook) {
        try {
            audit(ts, "sys.addaudithook");
        } catch (PythonException refused) {
            if (!refused.is("Exception")) {
                throw refused;
            }
            ts.decref(refused.exception());
            return;
        }
        hooks.add(ts.newRef(hook));
    }

    /** The hooks, for the reference-count checker (they are roots, as the runtime's hook list is in CPython). */
    void traverse(Consumer<PyObject> visit) {
        hooks.forEach(visit);
    }
}
