package org.gillab.model.object;

/**
 * A function implemented in Java (a PyCFunction with METH_VARARGS | METH_KEYWORDS). The arguments are
 * borrowed; the result is a new reference (use {@link ThreadState#newRef} to return a borrowed object,
 * {@link Convert#toPython} to return a Java value). Raise Python exceptions with {@link PyErrors}.
 */
@FunctionalInterface
public interface NativeFunction {
    PyObject call(Args args);
}
