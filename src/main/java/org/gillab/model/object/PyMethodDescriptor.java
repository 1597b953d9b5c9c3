package org.gillab.model.object;

/**
 * A method of a built-in type as found in its namespace (method_descriptor, Objects/descrobject.c):
 * {@code list.append}. Looked up through an instance it binds to it ({@link PyMethod}); called directly its
 * first argument is the instance. Immortal.
 */
public final class PyMethodDescriptor extends PyObject {
    private final String name;
    private final NativeMethod method;

    public PyMethodDescriptor(String name, NativeMethod method) {
        this.name = name;
        this.method = method;
    }

    public String name() {
        return name;
    }

    public NativeMethod method() {
        return method;
    }

    /** list.append(l, x): the first argument is self. */
    public PyObject call(Args args) {
        if (args.size() == 0) {
            throw PyErrors.typeError("unbound method " + name + "() needs an argument");
        }
        return method.call(args.get(0), args.shift());
    }

    @Override
    public PyType type() {
        return Types.METHOD_DESCRIPTOR;
    }

    @Override
    public String repr() {
        return "<method '" + name + "' objects>";
    }
}
