package org.gillab.model.object;

import java.util.HashMap;
import java.util.Map;

/**
 * A type object: a name, a base for isinstance, native methods and an optional constructor that makes
 * the type callable (int("5"), threading.Lock()). Types are immortal and may be shared between
 * interpreters. Build new ones, e.g. for a module's objects, with {@link #builder}.
 */
public final class PyType extends PyObject {
    private final String name;
    private final PyType base;
    private final NativeFunction constructor;
    private final Map<String, NativeMethod> methods;

    private PyType(Builder builder) {
        this.name = builder.name;
        this.base = builder.base;
        this.constructor = builder.constructor;
        this.methods = Map.copyOf(builder.methods);
    }

    public static Builder builder(String name) {
        return new Builder(name);
    }

    public String name() {
        return name;
    }

    public PyType base() {
        return base;
    }

    /** The native method {@code name} of this type or of a base, or null. */
    public NativeMethod method(String name) {
        for (PyType t = this; t != null; t = t.base) {
            NativeMethod m = t.methods.get(name);
            if (m != null) {
                return m;
            }
        }
        return null;
    }

    /** The names of the native methods of this type and its bases (dir() of the type, for completion). */
    public java.util.Set<String> methodNames() {
        java.util.Set<String> names = new java.util.TreeSet<>();
        for (PyType t = this; t != null; t = t.base) {
            names.addAll(t.methods.keySet());
        }
        return names;
    }

    /** isinstance's subtype check (PyType_IsSubtype). */
    public boolean isSubtypeOf(PyType other) {
        for (PyType t = this; t != null; t = t.base) {
            if (t == other) {
                return true;
            }
        }
        return false;
    }

    /** Calls the type, i.e. makes an instance; TypeError when the type cannot be instantiated. */
    public PyObject construct(Args args) {
        if (constructor == null) {
            throw PyErrors.typeError("cannot create '" + name + "' instances");
        }
        return constructor.call(args);
    }

    @Override
    public PyType type() {
        return Types.TYPE;
    }

    @Override
    public String repr() {
        return "<class '" + name + "'>";
    }

    /** Builds a type: {@code PyType.builder("Pool").constructor(...).method("map", ...).build()}. */
    public static final class Builder {
        private final String name;
        private PyType base;
        private NativeFunction constructor;
        private final Map<String, NativeMethod> methods = new HashMap<>();

        private Builder(String name) {
            this.name = name;
        }

        public Builder base(PyType base) {
            this.base = base;
            return this;
        }

        public Builder constructor(NativeFunction constructor) {
            this.constructor = constructor;
            return this;
        }

        public Builder method(String name, NativeMethod method) {
            methods.put(name, method);
            return this;
        }

        public PyType build() {
            return new PyType(this);
        }
    }
}
