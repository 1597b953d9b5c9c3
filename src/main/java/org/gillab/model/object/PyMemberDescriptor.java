package org.gillab.model.object;

/**
 * A slot of a class with __slots__ (member_descriptor, Objects/descrobject.c): a data descriptor in the
 * class's namespace that reads and writes one of the instance's slot values, which have no __dict__.
 */
public final class PyMemberDescriptor extends PyObject {
    final String name;
    final PyType owner;
    private final int index;

    /** {@code owner} is borrowed: the descriptor lives in its namespace, so it never outlives it. */
    PyMemberDescriptor(ThreadState ts, String name, PyType owner, int index) {
        super(ts);
        this.name = name;
        this.owner = owner;
        this.index = index;
    }

    /** descr_get_qualname: the owner's __qualname__ and the slot's name. */
    String qualname() {
        return owner.qualname() + "." + name;
    }

    /** member_get: the slot's value, or AttributeError while it is unset. */
    PyObject get(ThreadState ts, PyObject instance) {
        PyObject value = slotValuesOf(instance)[index];
        if (value == null) {
            throw PyErrors.attributeError("'" + instance.type().name() + "' object has no attribute '" + name + "'");
        }
        return ts.newRef(value);
    }

    /** member_set: sets the slot, or empties it when {@code value} is null (del), which must find it set. */
    void set(ThreadState ts, PyObject instance, PyObject value) {
        PyObject[] values = slotValuesOf(instance);
        PyObject old = values[index];
        values[index] = value == null ? null : ts.newRef(value);
        if (old != null) {
            ts.decref(old);
        } else if (value == null) {
            throw PyErrors.attributeError(name);
        }
    }

    private PyObject[] slotValuesOf(PyObject instance) {
        PyObject[] values = instance.slotValues();
        if (!instance.type().isSubtypeOf(owner) || values == null) {
            throw PyErrors.typeError("descriptor '" + name + "' for '" + owner.name() + "' objects doesn't apply to a '"
                    + instance.type().name() + "' object");
        }
        return values;
    }

    @Override
    public PyType type() {
        return Types.MEMBER_DESCRIPTOR;
    }

    @Override
    protected String builtinRepr() {
        return "<member '" + name + "' of '" + owner.name() + "' objects>";
    }
}
