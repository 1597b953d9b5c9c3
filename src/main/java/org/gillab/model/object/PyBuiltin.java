package org.gillab.model.object;

/** A built-in function (builtin_function_or_method), implemented by a {@link NativeFunction}. Immortal. */
public final class PyBuiltin extends PyObject {
    private final String name;
    private final String module;
    private final NativeFunction function;

    public PyBuiltin(String name, NativeFunction function) {
        this(name, null, function);
    }

    /** @param module its __module__ ("builtins" for the builtins), or null when unknown */
    public PyBuiltin(String name, String module, NativeFunction function) {
        this.name = name;
        this.module = module;
        this.function = function;
    }

    public String name() {
        return name;
    }

    /** __module__, or null. */
    public String module() {
        return module;
    }

    public PyObject call(Args args) {
        return function.call(args);
    }

    @Override
    public PyType type() {
        return Types.BUILTIN;
    }

    @Override
    protected String builtinRepr() {
        return "<built-in function " + name + ">";
    }
}
