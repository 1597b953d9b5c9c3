package org.gillab.model.lib;

import java.util.function.Consumer;
import org.gillab.model.compile.CompareOperator;
import org.gillab.model.object.Args;
import org.gillab.model.object.GcContainer;
import org.gillab.model.object.NativeMethod;
import org.gillab.model.object.Ops;
import org.gillab.model.object.PyErrors;
import org.gillab.model.object.PyInt;
import org.gillab.model.object.PyNone;
import org.gillab.model.object.PyObject;
import org.gillab.model.object.PyType;
import org.gillab.model.object.ThreadState;

/**
 * functools.cmp_to_key's key (Modules/_functoolsmodule.c's keyobject, type functools.KeyWrapper): called, it
 * wraps an object; two wrapped objects compare as the comparison function says of them. Java as CPython's
 * is C, so a comparison function that raises shows no frame of the key's own. Written for the model.
 */
final class FunctoolsKeyWrapper extends PyObject implements GcContainer {
    private final PyObject compare;
    /** The wrapped object, owned; null for the key function itself (cmp_to_key's result) or once deleted. */
    private volatile PyObject object;

    private FunctoolsKeyWrapper(ThreadState ts, PyObject compare, PyObject object) {
        super(ts);
        ts.trackContainer(this);
        this.compare = ts.newRef(compare);
        this.object = object == null ? null : ts.newRef(object);
    }

    /** cmp_to_key(mycmp): the key function, itself a KeyWrapper that wraps nothing. */
    static PyObject cmpToKey(Args args) {
        PyObject[] a = args.bind("cmp_to_key", 1, "mycmp");
        return new FunctoolsKeyWrapper(args.thread(), a[0], null);
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** No tp_hash beside its tp_richcompare: unhashable, as __hash__ = None says. */
    @Override
    public int hashCode() {
        throw PyErrors.typeError("unhashable type: '" + type().name() + "'");
    }

    private static FunctoolsKeyWrapper key(PyObject self) {
        return (FunctoolsKeyWrapper) self;
    }

    /** keyobject_richcompare: compare(self.obj, other.obj) OP 0, for two keys of this type only. */
    private PyObject richCompare(ThreadState ts, PyObject other, CompareOperator op) {
        if (!(other instanceof FunctoolsKeyWrapper that)) {
            throw PyErrors.typeError("other argument must be K instance");
        }
        PyObject x = object;
        PyObject y = that.object;
        if (x == null || y == null) {
            throw PyErrors.attributeError("object");
        }
        PyObject result = ts.call(compare, x, y);
        PyObject zero = PyInt.of(ts, 0);
        try {
            return Ops.richCompare(ts, op, result, zero);
        } finally {
            ts.decref(result);
            ts.decref(zero);
        }
    }

    /** obj = value, or del obj (null). */
    private void setObject(ThreadState ts, PyObject value) {
        PyObject old = object;
        object = value == null ? null : ts.newRef(value);
        ts.xdecref(old);
    }

    @Override
    protected void release(ThreadState ts) {
        ts.decref(compare);
        ts.xdecref(object);
    }

    @Override
    public void traverse(Consumer<PyObject> visit) {
        visit.accept(compare);
        PyObject o = object;
        if (o != null) {
            visit.accept(o);
        }
    }

    private static NativeMethod comparing(String name, CompareOperator op) {
        return (self, a) -> key(self).richCompare(a.thread(), a.oneArg(name), op);
    }

    static final PyType TYPE = PyType.builder("functools.KeyWrapper")
            .notBaseType()
            .withoutInstanceDict()
            .attribute("__hash__", PyNone.NONE)
            .method("__call__", (self, a) -> {
                PyObject[] obj = a.bind("K", 1, "obj");
                return new FunctoolsKeyWrapper(a.thread(), key(self).compare, obj[0]);
            })
            .property("obj", (ts, self) -> {
                PyObject o = key(self).object;
                return o == null ? PyNone.NONE : ts.newRef(o);
            }, (ts, self, value) -> key(self).setObject(ts, value))
            .method("__lt__", comparing("__lt__", CompareOperator.LT))
            .method("__le__", comparing("__le__", CompareOperator.LE))
            .method("__eq__", comparing("__eq__", CompareOperator.EQ))
            .method("__ne__", comparing("__ne__", CompareOperator.NE))
            .method("__gt__", comparing("__gt__", CompareOperator.GT))
            .method("__ge__", comparing("__ge__", CompareOperator.GE))
            .build();
}
