package org.gillab.model.object;

/** A built-in function (builtin_function_or_method), implemented by a {@link NativeFunction}. Immortal. */
public final class PyBuiltin extends PyObject {
    private final String name;
    private final NativeFunction function;

    public PyBuiltin(String name, NativeFunction function) {
        this.name = name;
        this.function = function;
    }

    public String name() {
        return name;
    }

    public PyObject call(Args args) {
        return function.call(args);
    }

    @Override
    public PyType type() {
        return Types.BUILTIN;
    }

    @Override
    public String repr() {
        return "<built-in function " + name + ">";
    }
}
