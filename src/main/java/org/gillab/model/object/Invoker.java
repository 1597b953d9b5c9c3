package org.gillab.model.object;

import org.gillab.model.PythonException;

/** Calls any callable (Python function, builtin, type, bound method): the interpreter's call machinery. */
@FunctionalInterface
public interface Invoker {
    /** callable(*args) with the arguments borrowed; returns a new reference. */
    PyObject call(ThreadState ts, PyObject callable, Args args);

    /** A module by name, imported if need be (PyImport_ImportModule); borrowed. */
    default PyModule importModule(ThreadState ts, String name) {
        throw new UnsupportedOperationException("no modules to import " + name + " from");
    }

    /** The globals of the Python frame running on {@code ts}, borrowed, or null outside any frame. */
    default PyDict globals(ThreadState ts) {
        return null;
    }

    /**
     * PyErr_WriteUnraisable: reports an exception nothing can catch ("Exception ignored MESSAGE: REPR"
     * and the traceback) on the interpreter's stderr. The exception stays the caller's to drop.
     */
    default void writeUnraisable(ThreadState ts, String message, PyObject object, PythonException e) {
        System.err.print("Exception ignored " + message + ": " + object.repr() + "\n" + e.traceback());
    }

    /** sys.get_int_max_str_digits(): this interpreter's limit on int-to-decimal-string conversions (0: none). */
    default int intMaxStrDigits() {
        return IntStrDigits.DEFAULT_LIMIT;
    }
}
