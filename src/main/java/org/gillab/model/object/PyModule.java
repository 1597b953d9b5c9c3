package org.gillab.model.object;

import java.util.function.Consumer;

/**
 * A module: a name and a namespace dict. Imported modules are immortal; what their dict holds is counted. A
 * module-level __getattr__ is called for names the module lacks (PEP 562).
 */
public final class PyModule extends PyObject implements GcContainer {
    private final String name;
    private final PyDict dict;
    private final boolean builtin;
    private final String file;

    /** @param builtin implemented in Java (repr says "(built-in)") rather than by Python source */
    public PyModule(String name, boolean builtin) {
        this(name, builtin, null);
    }

    /** @param file the source file it was loaded from, or null */
    public PyModule(String name, boolean builtin, String file) {
        this(name, builtin, file, PyDict.immortal());
    }

    /** A built-in module whose namespace is {@code dict} (immortal): builtins. */
    public PyModule(String name, PyDict dict) {
        this(name, true, null, dict);
    }

    /**
     * A module a program makes (types.ModuleType(name)): unlike imported modules it is counted, and freed
     * with what its namespace holds once nothing refers to it.
     */
    PyModule(ThreadState ts, String name) {
        super(ts);
        ts.trackContainer(this);
        this.dict = new PyDict(ts);
        this.name = name;
        this.builtin = false;
        this.file = null;
    }

    @Override
    protected void release(ThreadState ts) {
        ts.decref(dict);
    }

    @Override
    public void traverse(Consumer<PyObject> visit) {
        visit.accept(dict);
    }

    private PyModule(String name, boolean builtin, String file, PyDict dict) {
        this.dict = dict;
        this.name = name;
        this.builtin = builtin;
        this.file = file;
        if (builtin) {
            dict.entries().put(PyStr.constant("__name__"), PyStr.constant(name));
        }
    }

    public String name() {
        return name;
    }

    /** The file it was loaded from, or null (built-in, or the model's own library). */
    public String file() {
        return file;
    }

    public PyDict dict() {
        return dict;
    }

    @Override
    public PyDict dictOrNull() {
        return dict;
    }

    /** Adds a native function to the module. */
    public PyModule function(String name, NativeFunction function) {
        dict.entries().put(PyStr.constant(name), new PyBuiltin(name, this.name, function));
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
    public boolean genericGetAttr() {
        return false;
    }

    @Override
    public PyObject getAttr(ThreadState ts, String attribute) {
        PyObject value = dict.get(attribute);
        if (value != null) {
            return ts.newRef(value);
        }
        if (attribute.equals("__dict__")) {
            return ts.newRef(dict);
        }
        if (attribute.equals("__class__")) {
            return Types.MODULE;
        }
        PyObject getattr = dict.get("__getattr__");
        if (getattr != null) {
            return ts.call(getattr, PyStr.constant(attribute));
        }
        throw PyErrors.attributeError("module '" + name + "' has no attribute '" + attribute + "'");
    }

    @Override
    public void setAttr(ThreadState ts, String attribute, PyObject value) {
        dict.put(ts, attribute, value);
    }

    @Override
    public void delAttr(ThreadState ts, String attribute) {
        PyObject old = dict.remove(ts, PyStr.constant(attribute));
        if (old == null) {
            throw Attributes.missing(this, attribute); // deletion is the generic one: no module name
        }
        ts.decref(old);
    }

    @Override
    public PyType type() {
        return Types.MODULE;
    }

    @Override
    protected String builtinRepr() {
        if (builtin) {
            return "<module '" + name + "' (built-in)>";
        }
        // importlib's _module_repr: the module's own __file__ when it has one (a script's __main__, a module a
        // program made), else the file it was loaded from
        PyObject fileAttribute = dict.entries().get(PyStr.constant("__file__"));
        if (fileAttribute != null) {
            return "<module '" + name + "' from " + fileAttribute.repr() + ">";
        }
        return file != null ? "<module '" + name + "' from '" + file + "'>" : "<module '" + name + "'>";
    }
}
