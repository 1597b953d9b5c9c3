package org.gillab.model.object;

import org.gillab.model.PythonException;

/**
 * Calls an object's __del__ as CPython's slot_tp_finalize does when its count reaches zero: an exception
 * __del__ raises cannot propagate (the code that dropped the last reference is elsewhere), so it is
 * reported as "Exception ignored in: <function C.__del__ ...>" with its traceback
 * (PyErr_WriteUnraisable) and dropped.
 */
final class Finalizer {
    private Finalizer() {}

    static void run(ThreadState ts, PyObject o) {
        PyObject del = o.type().lookup("__del__");
        if (del == null) {
            return; // the class lost its __del__ since
        }
        try {
            ts.decref(Slots.call(ts, o, del));
        } catch (PythonException e) {
            ts.invoker().writeUnraisable(ts, "in", del, e);
            ts.decref(e.exception());
        }
    }
}
