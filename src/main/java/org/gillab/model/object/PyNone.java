package org.gillab.model.object;

/** None. */
public final class PyNone extends PyObject {
    public static final PyNone NONE = new PyNone();

    private PyNone() {
    }

    @Override
    public PyType type() {
        return Types.NONE;
    }

    @Override
    protected String builtinRepr() {
        return "None";
    }

    @Override
    public boolean truthy() {
        return false;
    }
}
