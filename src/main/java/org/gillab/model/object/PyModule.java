package org.gillab.model.object;

/** A module: a name and a namespace dict. Modules are immortal; what their dict holds is counted. */
public final class PyModule extends PyObject {
    private final String name;
    private final PyDict dict = PyDict.immortal();
    private final boolean builtin;

    /** @param builtin implemented in Java (repr says "(built-in)") rather than by Python source */
    public PyModule(String name, boolean builtin) {
        this.name = name;
        this.builtin = builtin;
    }

    public String name() {
        return name;
    }

    public PyDict dict() {
        return dict;
    }

    /** Adds a native function to the module. */
    public PyModule function(String name, NativeFunction function) {
        dict.entries().put(PyStr.constant(name), new PyBuiltin(name, function));
        return this;
    }

    /** Adds an immortal object (a type, a constant) to the module, e.g. {@code module.add("Pool", POOL_TYPE)}. */
    public PyModule add(String name, PyObject immortal) {
        if (!immortal.isImmortal()) {
            throw new IllegalArgumentException(name + ": module contents added from Java must be immortal");
        }
        dict.entries().put(PyStr.constant(name), immortal);
        return this;
    }

    @Override
    public PyObject getAttr(ThreadState ts, String attribute) {
        PyObject value = dict.get(attribute);
        if (value == null) {
            throw PyErrors.attributeError("module '" + name + "' has no attribute '" + attribute + "'");
        }
        return ts.newRef(value);
    }

    @Override
    public void setAttr(ThreadState ts, String attribute, PyObject value) {
        dict.put(ts, attribute, value);
    }

    @Override
    public PyType type() {
        return Types.MODULE;
    }

    @Override
    public String repr() {
        return "<module '" + name + "'" + (builtin ? " (built-in)" : "") + ">";
    }
}
