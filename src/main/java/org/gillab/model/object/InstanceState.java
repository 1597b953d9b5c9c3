package org.gillab.model.object;

import java.util.function.Consumer;

/**
 * What an instance of a built-in type (weakref.ref, property, classmethod, staticmethod) or of a class
 * statement's subclass of it (or of list, tuple, str, dict, set) carries besides the built-in's own
 * state: its class, counted; a __dict__ unless the type and the classes' __slots__ leave it none; and
 * the values of those slots. CPython appends the same to the base's lay-out (tp_dictoffset and a heap
 * type's member slots).
 */
final class InstanceState {
    final PyType type;
    /** The instance's __dict__, or null when __slots__ leave it none. */
    final PyDict dict;
    /** The values of the classes' __slots__ (null where unset), or null when there are none. */
    final PyObject[] slotValues;

    /** The state of a new instance of a subclass {@code type}. */
    InstanceState(ThreadState ts, PyType type) {
        this.type = ts.newRef(type);
        this.dict = type.instancesHaveDict() ? new PyDict(ts) : null;
        this.slotValues = type.slotCount() == 0 ? null : new PyObject[type.slotCount()];
    }

    /** The state of a new instance of {@code cls}: null for a built-in type whose instances have no __dict__. */
    static InstanceState of(ThreadState ts, PyType cls) {
        return cls.isHeapType() || cls.instancesHaveDict() ? new InstanceState(ts, cls) : null;
    }

    void release(ThreadState ts) {
        if (dict != null) {
            ts.decref(dict);
        }
        if (slotValues != null) {
            for (PyObject v : slotValues) {
                ts.xdecref(v);
            }
        }
        ts.decref(type);
    }

    void traverse(Consumer<PyObject> visit) {
        if (dict != null) {
            visit.accept(dict);
        }
        if (slotValues != null) {
            for (PyObject v : slotValues) {
                if (v != null) {
                    visit.accept(v);
                }
            }
        }
        visit.accept(type);
    }
}
