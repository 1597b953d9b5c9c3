package org.gillab.model.object;

/** The setter of a built-in type's attribute (a getset descriptor's set); the value is borrowed. */
@FunctionalInterface
public interface NativeSetter {
    void set(ThreadState ts, PyObject self, PyObject value);
}
