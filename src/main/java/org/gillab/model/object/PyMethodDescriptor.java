package org.gillab.model.object;

/**
 * A method of a built-in type as found in its namespace (Objects/descrobject.c): a method_descriptor such
 * as {@code list.append}, or a wrapper_descriptor ("slot wrapper") such as {@code list.__len__}, which
 * exposes one of the type's slots as a special method ({@link SlotWrappers}). Looked up through an
 * instance it binds to it ({@link PyMethod}); called through the type, its first argument is the
 * instance, which must be one of the owner type's. Immortal.
 */
public final class PyMethodDescriptor extends PyObject {
    private final String name;
    private final NativeMethod method;
    private final boolean slotWrapper;
    /** The type whose namespace holds the descriptor; set when that type is built. */
    private PyType owner;

    public PyMethodDescriptor(String name, NativeMethod method) {
        this(name, method, false);
    }

    private PyMethodDescriptor(String name, NativeMethod method, boolean slotWrapper) {
        this.name = name;
        this.method = method;
        this.slotWrapper = slotWrapper;
    }

    /** A slot wrapper: what typeobject.c's add_operators puts in a built-in type's dict for each slot. */
    static PyMethodDescriptor slotWrapper(String name, NativeMethod method) {
        return new PyMethodDescriptor(name, method, true);
    }

    public String name() {
        return name;
    }

    public NativeMethod method() {
        return method;
    }

    public boolean isSlotWrapper() {
        return slotWrapper;
    }

    /** The type that holds the descriptor (object for one made outside a type's builder). */
    public PyType owner() {
        return owner == null ? Types.OBJECT : owner;
    }

    /** __qualname__: "list.append". */
    String qualname() {
        return owner().name() + "." + name;
    }

    void setOwner(PyType owner) {
        if (this.owner == null) {
            this.owner = owner;
        }
    }

    /** The bound form, {@code [].append} or {@code [].__len__} (a new reference). */
    PyMethod bind(ThreadState ts, PyObject self) {
        return new PyMethod(ts, self, name, method, slotWrapper, owner);
    }

    /** list.append(l, x): the first argument is self, which must be a list (descr_check). */
    public PyObject call(Args args) {
        String ownerName = owner == null ? "object" : owner.name();
        if (args.size() == 0) {
            throw PyErrors.typeError(slotWrapper ? "descriptor '" + name + "' of '" + ownerName + "' object needs an argument"
                    : "unbound method " + (owner == null ? "object" : owner.qualname()) + "." + name + "() needs an argument");
        }
        PyObject self = args.get(0);
        if (owner != null && !self.type().isSubtypeOf(owner)) {
            throw PyErrors.typeError(slotWrapper
                    ? "descriptor '" + name + "' requires a '" + ownerName + "' object but received a '" + self.type().name() + "'"
                    : "descriptor '" + name + "' for '" + ownerName + "' objects doesn't apply to a '" + self.type().name() + "' object");
        }
        return method.call(self, args.shift());
    }

    @Override
    public PyType type() {
        return slotWrapper ? Types.WRAPPER_DESCRIPTOR : Types.METHOD_DESCRIPTOR;
    }

    @Override
    protected String builtinRepr() {
        String of = owner == null ? "" : " of '" + owner.name() + "'";
        return "<" + (slotWrapper ? "slot wrapper" : "method") + " '" + name + "'" + of + " objects>";
    }
}
