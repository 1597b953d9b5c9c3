package org.gillab.model.object;

/** The getter of a built-in type's attribute (a getset descriptor's get): returns a new reference. */
@FunctionalInterface
public interface NativeGetter {
    PyObject get(ThreadState ts, PyObject self);
}
