package org.gillab.model.object;

import java.util.function.Consumer;

import org.gillab.model.PythonException;

/**
 * property(fget, fset, fdel, doc) (Objects/descrobject.c): a data descriptor that calls fget, fset and
 * fdel; {@code @x.setter} makes a copy with fset replaced. The accessors may be None.
 */
public final class PyProperty extends PyObject {
    final PyObject getter;
    final PyObject setter;
    final PyObject deleter;
    final PyObject doc;
    /** The attribute name it was assigned to in its class (__set_name__), for error messages; null before. */
    volatile String name;

    PyProperty(ThreadState ts, PyObject getter, PyObject setter, PyObject deleter, PyObject doc) {
        super(ts);
        this.getter = ts.newRef(getter);
        this.setter = ts.newRef(setter);
        this.deleter = ts.newRef(deleter);
        this.doc = ts.newRef(doc);
    }

    PyObject get(ThreadState ts, PyObject instance) {
        if (getter == PyNone.NONE) {
            throw PyErrors.attributeError("property" + named() + " of '" + instance.type().name() + "' object has no getter");
        }
        return ts.call(getter, instance);
    }

    void set(ThreadState ts, PyObject instance, PyObject value) {
        PyObject accessor = value == null ? deleter : setter;
        if (accessor == PyNone.NONE) {
            throw PyErrors.attributeError("property" + named() + " of '" + instance.type().name() + "' object has no "
                    + (value == null ? "deleter" : "setter"));
        }
        ts.decref(value == null ? ts.call(accessor, instance) : ts.call(accessor, instance, value));
    }

    private String named() {
        return name == null ? "" : " '" + name + "'";
    }

    /**
     * property.__isabstractmethod__ (descrobject.c): true when an accessor is marked abstract, so that
     * {@code @property @abstractmethod def real(self)} makes "real" one of an ABC's abstract methods.
     */
    boolean isAbstract(ThreadState ts) {
        return marksAbstract(ts, getter) || marksAbstract(ts, setter) || marksAbstract(ts, deleter);
    }

    private static boolean marksAbstract(ThreadState ts, PyObject accessor) {
        if (accessor == PyNone.NONE) {
            return false;
        }
        PyObject mark;
        try {
            mark = accessor.getAttr(ts, "__isabstractmethod__");
        } catch (PythonException e) {
            if (!e.is("AttributeError")) {
                throw e;
            }
            ts.decref(e.exception());
            return false;
        }
        try {
            return Ops.truthy(ts, mark);
        } finally {
            ts.decref(mark);
        }
    }

    /** A copy with one accessor replaced: @x.getter, @x.setter, @x.deleter. */
    PyProperty with(ThreadState ts, String which, PyObject function) {
        PyProperty copy = new PyProperty(ts, which.equals("getter") ? function : getter,
                which.equals("setter") ? function : setter, which.equals("deleter") ? function : deleter, doc);
        copy.name = name;
        return copy;
    }

    @Override
    public PyType type() {
        return Types.PROPERTY;
    }

    @Override
    protected void release(ThreadState ts) {
        ts.decref(getter);
        ts.decref(setter);
        ts.decref(deleter);
        ts.decref(doc);
    }

    @Override
    public void traverse(Consumer<PyObject> visit) {
        visit.accept(getter);
        visit.accept(setter);
        visit.accept(deleter);
        visit.accept(doc);
    }
}
