package org.gillab.model.object;

import org.gillab.model.PythonException;

/** Calls any callable (Python function, builtin, type, bound method): the interpreter's call machinery. */
@FunctionalInterface
public interface Invoker {
    /** callable(*args) with the arguments borrowed; returns a new reference. */
    PyObject call(ThreadState ts, PyObject callable, Args args);

    /** The globals of the Python frame running on {@code ts}, borrowed, or null outside any frame. */
    default PyDict globals(ThreadState ts) {
        return null;
    }

    /**
     * PyErr_WriteUnraisable: an exception nothing can catch (raised by __del__, or by a generator closed when
     * dropped) is reported on stderr, "Exception ignored in: " {@code where}, and dropped.
     */
    default void writeUnraisable(ThreadState ts, PythonException e, PyObject where) {
        System.err.print("Exception ignored in: " + where.repr() + "\n" + e.traceback());
        ts.decref(e.exception());
    }
}
