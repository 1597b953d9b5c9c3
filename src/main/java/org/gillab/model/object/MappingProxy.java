package org.gillab.model.object;

import java.util.function.Consumer;

/** A read-only view of a class's namespace (Objects/descrobject.c mappingproxy): what C.__dict__ is. */
final class MappingProxy extends PyObject {
    private final PyDict dict;

    private MappingProxy(ThreadState ts, PyDict dict) {
        super(ts);
        this.dict = ts.newRef(dict);
    }

    static MappingProxy of(ThreadState ts, PyDict dict) {
        return new MappingProxy(ts, dict);
    }

    PyDict dict() {
        return dict;
    }

    @Override
    public PyType type() {
        return Types.MAPPINGPROXY;
    }

    @Override
    public boolean genericGetAttr() {
        return false;
    }

    @Override
    public PyObject getAttr(ThreadState ts, String name) {
        return switch (name) {
            case "keys", "values", "items", "get", "copy", "__contains__", "__getitem__", "__len__", "__iter__" ->
                    dict.getAttr(ts, name);
            default -> super.getAttr(ts, name);
        };
    }

    @Override
    protected String builtinRepr() {
        return "mappingproxy(" + dict.repr() + ")";
    }

    /** str() of a mappingproxy is its mapping's (mappingproxy_str). */
    @Override
    protected String builtinStr() {
        return dict.str();
    }

    @Override
    protected void release(ThreadState ts) {
        ts.decref(dict);
    }

    @Override
    public void traverse(Consumer<PyObject> visit) {
        visit.accept(dict);
    }
}
