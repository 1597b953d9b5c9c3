package org.gillab.model.object;

/** The immortal singletons NotImplemented and Ellipsis (Objects/object.c, sliceobject.c). */
public final class PySingleton extends PyObject {
    public static final PySingleton NOT_IMPLEMENTED = new PySingleton("NotImplemented", true);
    public static final PySingleton ELLIPSIS = new PySingleton("Ellipsis", false);

    private final String name;
    private final boolean notImplemented;

    private PySingleton(String name, boolean notImplemented) {
        this.name = name;
        this.notImplemented = notImplemented;
    }

    @Override
    public PyType type() {
        return notImplemented ? Types.NOT_IMPLEMENTED_TYPE : Types.ELLIPSIS_TYPE;
    }

    @Override
    protected String builtinRepr() {
        return name;
    }
}
