package org.gillab.model.object;

import java.util.function.Consumer;

/**
 * A built-in type written in Java whose instances are also those of a class statement's subclass of it
 * (weakref.ref, property, classmethod, staticmethod, deque, array, mmap): an instance of the exact type
 * carries only the built-in's state, a subclass's instance also an {@link InstanceState} (its counted
 * class, __dict__ and slots), as CPython appends tp_dictoffset and the heap type's member slots to the
 * base's lay-out. Truth, hash and == follow the subclass's __bool__/__len__, __hash__ and __eq__ when it
 * defines them (slot_nb_bool, slot_tp_hash, slot_tp_richcompare replace the base's), else the
 * built-in's {@link #builtinTruthy}, {@link #builtinHash} and {@link #builtinEquals}.
 */
public abstract class SubclassableObject extends PyObject {
    /** The instance's class: the built-in type, or the subclass whose count {@link #state} holds. */
    private final PyType type;
    /** The subclass's class, __dict__ and slots; null for an instance of the built-in type. */
    private final InstanceState state;

    /** A new instance of {@code cls}, the built-in type or a subclass of it. */
    protected SubclassableObject(ThreadState ts, PyType cls) {
        super(ts);
        this.state = InstanceState.of(ts, cls);
        this.type = cls;
    }

    /**
     * An immortal instance of a built-in type, without a __dict__; {@code builtin} is null for one made
     * before its type exists (object's and type's classmethods), whose class then answers {@link #type}.
     */
    protected SubclassableObject(PyType builtin) {
        this.state = null;
        this.type = builtin;
    }

    /** One field read: type() is on every attribute lookup and call. */
    @Override
    public PyType type() {
        return type;
    }

    @Override
    public final PyDict dictOrNull() {
        return state == null ? null : state.dict;
    }

    @Override
    protected final PyObject[] slotValues() {
        return state == null ? null : state.slotValues;
    }

    @Override
    public final boolean truthy() {
        return state != null && state.overridesTruth() ? InstanceState.truthy(this) : builtinTruthy();
    }

    @Override
    public final int hashCode() {
        return state != null && state.overridesHash() ? InstanceState.hash(this) : Hashing.java(builtinHash());
    }

    @Override
    public final boolean equals(Object o) {
        return state != null && state.overridesEq() ? InstanceState.equal(this, o) : builtinEquals(o);
    }

    /** The built-in type's truth (its nb_bool or length); true unless overridden. */
    protected boolean builtinTruthy() {
        return true;
    }

    /** hash() as the built-in type defines it (its tp_hash), whatever a subclass says; object's unless overridden. */
    protected long builtinHash() {
        return Hashing.identity(this);
    }

    /** The built-in type's Java equality (its tp_richcompare's ==); identity unless overridden. */
    protected boolean builtinEquals(Object o) {
        return this == o;
    }

    /** builtinHash of a mutable type (tp_hash PyObject_HashNotImplemented): always a TypeError. */
    protected final long unhashable() {
        throw PyErrors.typeError("unhashable type: '" + type.name() + "'");
    }

    /** Drops the subclass's state; an override drops the built-in's own references, then calls this. */
    @Override
    protected void release(ThreadState ts) {
        if (state != null) {
            state.release(ts);
        }
    }

    /** Visits the subclass's state; an override visits the built-in's own references, then calls this. */
    @Override
    public void traverse(Consumer<PyObject> visit) {
        if (state != null) {
            state.traverse(visit);
        }
    }
}
