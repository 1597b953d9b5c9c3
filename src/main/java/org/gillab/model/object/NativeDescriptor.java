package org.gillab.model.object;

/**
 * An object of a type written in Java whose type has a tp_descr_get slot, as a C type can
 * (functools._lru_cache_wrapper's binds like a function): found on a class through an instance, it
 * becomes what {@link #descriptorGet} returns.
 */
public interface NativeDescriptor {
    /** A new reference: the object bound to {@code instance}, or itself when looked up on the class (instance null). */
    PyObject descriptorGet(ThreadState ts, PyObject instance, PyType owner);
}
