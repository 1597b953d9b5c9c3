package org.gillab.model.object;

/**
 * A computed attribute of a built-in type (getset_descriptor, Objects/descrobject.c): Thread.name,
 * BaseException.args. A data descriptor even without a setter, as in CPython. Immortal.
 */
public final class PyGetSetDescriptor extends PyObject {
    final String name;
    /** The name of the type it belongs to, set once the type is built. */
    private String owner;
    private final NativeGetter getter;
    private final NativeSetter setter;
    /** __doc__: the getset's doc string, or null. */
    private String doc;

    PyGetSetDescriptor(String name, NativeGetter getter, NativeSetter setter) {
        this(name, null, getter, setter);
    }

    PyGetSetDescriptor(String name, String owner, NativeGetter getter, NativeSetter setter) {
        this.name = name;
        this.owner = owner;
        this.getter = getter;
        this.setter = setter;
    }

    /** A getset descriptor made outside a type's builder, for a class a module's Python code defines. */
    public static PyGetSetDescriptor of(String name, String owner, NativeGetter getter, NativeSetter setter) {
        return new PyGetSetDescriptor(name, owner, getter, setter);
    }

    /** descr_get_qualname: the owning type's __qualname__ (its tp_name without a module) and the attribute's name. */
    String qualname() {
        return owner.substring(owner.lastIndexOf('.') + 1) + "." + name;
    }

    /** Gives the descriptor its __doc__; returns it. */
    PyGetSetDescriptor documented(String doc) {
        this.doc = doc;
        return this;
    }

    PyObject doc(ThreadState ts) {
        return doc == null ? PyNone.NONE : new PyStr(ts, doc);
    }

    void setOwner(String owner) {
        this.owner = owner;
    }

    PyObject get(ThreadState ts, PyObject self) {
        return getter.get(ts, self);
    }

    void set(ThreadState ts, PyObject self, PyObject value) {
        if (setter == null) {
            throw PyErrors.attributeError("attribute '" + name + "' of '" + self.type().name() + "' objects is not writable");
        }
        setter.set(ts, self, value);
    }

    @Override
    public PyType type() {
        return Types.GETSET_DESCRIPTOR;
    }

    @Override
    protected String builtinRepr() {
        return "<attribute '" + name + "' of '" + owner + "' objects>";
    }
}
