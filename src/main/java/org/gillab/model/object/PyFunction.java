package org.gillab.model.object;

import java.util.function.Consumer;

/** A function defined in Python: code, the globals of its module and its default values. */
public final class PyFunction extends PyObject {
    public final PyCode code;
    public final PyDict globals;
    /** Default values of the last parameters; the function owns these references. */
    public final PyObject[] defaults;

    public PyFunction(ThreadState ts, PyCode code, PyDict globals, PyObject[] ownedDefaults) {
        super(ts);
        this.code = code;
        this.globals = globals;
        this.defaults = ownedDefaults;
    }

    public String name() {
        return code.name;
    }

    @Override
    public PyType type() {
        return Types.FUNCTION;
    }

    @Override
    public String repr() {
        return "<function " + code.name + " at " + address() + ">";
    }

    @Override
    protected void release(ThreadState ts) {
        for (PyObject d : defaults) {
            ts.decref(d);
        }
    }

    @Override
    public void traverse(Consumer<PyObject> visit) {
        for (PyObject d : defaults) {
            visit.accept(d);
        }
    }
}
