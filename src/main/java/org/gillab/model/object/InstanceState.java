package org.gillab.model.object;

import java.util.function.Consumer;

/**
 * What an instance of a built-in type (weakref.ref, property, classmethod, staticmethod) or of a class
 * statement's subclass of it (or of list, tuple, str, dict, set, bytes, bytearray, complex, deque)
 * carries besides the built-in's own state: its class, counted; a __dict__ unless the type and the
 * classes' __slots__ leave it none; and the values of those slots. CPython appends the same to the
 * base's lay-out (tp_dictoffset and a heap type's member slots). A subclass's instance asks it too
 * whether the class overrides the special methods the Java side answers itself (truth, ==, hash), as a
 * heap type's slot_nb_bool, slot_tp_richcompare and slot_tp_hash replace the base's.
 */
public final class InstanceState {
    public final PyType type;
    /** The instance's __dict__, or null when __slots__ leave it none. */
    public final PyDict dict;
    /** The values of the classes' __slots__ (null where unset), or null when there are none. */
    public final PyObject[] slotValues;

    /** The state of a new instance of a subclass {@code type}. */
    InstanceState(ThreadState ts, PyType type) {
        this.type = ts.newRef(type);
        this.dict = type.instancesHaveDict() ? new PyDict(ts) : null;
        this.slotValues = type.slotCount() == 0 ? null : new PyObject[type.slotCount()];
    }

    /** The state of a new instance of {@code cls}: null for a built-in type whose instances have no __dict__. */
    public static InstanceState of(ThreadState ts, PyType cls) {
        return cls.isHeapType() || cls.instancesHaveDict() ? new InstanceState(ts, cls) : null;
    }

    /** Whether the class's __bool__ or __len__ decides truth (slot_nb_bool) instead of the base's. */
    public boolean overridesTruth() {
        return type.overrides("__bool__") || type.overrides("__len__");
    }

    public boolean overridesEq() {
        return type.overrides("__eq__");
    }

    public boolean overridesHash() {
        return type.overrides("__hash__");
    }

    /** Truth through the class's __bool__ or __len__, for an instance whose class {@link #overridesTruth}. */
    public static boolean truthy(PyObject self) {
        return Slots.truthy(self);
    }

    /** Java equality through the class's __eq__, for an instance whose class {@link #overridesEq}. */
    public static boolean equal(PyObject self, Object o) {
        return self == o || o instanceof PyObject other && Slots.equal(self, other);
    }

    /** Java hash through the class's __hash__, for an instance whose class {@link #overridesHash}. */
    public static int hash(PyObject self) {
        return Hashing.java(Slots.pythonHash(self));
    }

    public void release(ThreadState ts) {
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

    public void traverse(Consumer<PyObject> visit) {
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
