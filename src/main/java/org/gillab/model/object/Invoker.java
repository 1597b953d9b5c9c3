package org.gillab.model.object;

/** Calls any callable (Python function, builtin, type, bound method): the interpreter's call machinery. */
@FunctionalInterface
public interface Invoker {
    /** callable(*args) with the arguments borrowed; returns a new reference. */
    PyObject call(ThreadState ts, PyObject callable, Args args);
}
