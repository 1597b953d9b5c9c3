package org.gillab.model.object;

import java.util.function.Consumer;


/**
 * property(fget, fset, fdel, doc) (Objects/descrobject.c): a data descriptor that calls fget, fset and
 * fdel; {@code @x.setter} makes a copy with fset replaced. The accessors may be None. As in CPython,
 * __new__ makes an empty one and __init__ fills it in (again, if called again), so that a subclass's
 * __init__ can call super().__init__(fget).
 */
public final class PyProperty extends SubclassableObject implements GcContainer {
    volatile PyObject getter = PyNone.NONE;
    volatile PyObject setter = PyNone.NONE;
    volatile PyObject deleter = PyNone.NONE;
    /** prop_doc: the doc given, or the getter's for a plain property; None when neither. */
    volatile PyObject doc = PyNone.NONE;
    /** Whether the doc came from the getter (getter_doc): a copy with a new getter then takes that one's. */
    private volatile boolean docFromGetter;
    /** The attribute name it was assigned to in its class (__set_name__), for error messages; null before. */
    volatile String name;

    /** property.__new__(cls): an empty property of class {@code cls}, which __init__ then fills in. */
    PyProperty(ThreadState ts, PyType cls) {
        super(ts, cls);
        ts.trackContainer(this);
    }

    /**
     * property.__init__(fget, fset, fdel, doc), arguments borrowed and null where not given. A doc that is
     * None or missing is the getter's __doc__; a subclass's instance keeps that one in its __dict__, where
     * the class's own __doc__ does not shadow it.
     */
    void init(ThreadState ts, PyObject fget, PyObject fset, PyObject fdel, PyObject givenDoc) {
        getter = replace(ts, getter, fget);
        setter = replace(ts, setter, fset);
        deleter = replace(ts, deleter, fdel);
        boolean fromGetter = (givenDoc == null || givenDoc == PyNone.NONE) && getter != PyNone.NONE;
        docFromGetter = fromGetter;
        if (!fromGetter) {
            doc = replace(ts, doc, givenDoc);
            return;
        }
        PyObject getterDoc = docOf(ts, getter);
        try {
            if (type() == Types.PROPERTY) {
                doc = replace(ts, doc, getterDoc);
            } else {
                doc = replace(ts, doc, null);
                setAttr(ts, "__doc__", getterDoc);
            }
        } finally {
            ts.decref(getterDoc);
        }
    }

    /** p.__doc__ = value (a member of the property itself; del leaves None). */
    void setDoc(ThreadState ts, PyObject value) {
        doc = replace(ts, doc, value);
    }

    /** Stores {@code value} (borrowed; null means None) in place of {@code old}, whose reference it drops. */
    private static PyObject replace(ThreadState ts, PyObject old, PyObject value) {
        PyObject stored = ts.newRef(value == null ? PyNone.NONE : value);
        ts.decref(old);
        return stored;
    }

    /** The getter's __doc__, or None when it has none. */
    private static PyObject docOf(ThreadState ts, PyObject getter) {
        PyObject doc = Ops.lookupAttr(ts, getter, "__doc__");
        return doc == null ? PyNone.NONE : doc;
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

    /** Whether {@code accessor} (None for none) has a true __isabstractmethod__: abstractmethod marked it. */
    static boolean marksAbstract(ThreadState ts, PyObject accessor) {
        if (accessor == PyNone.NONE) {
            return false;
        }
        PyObject mark = Ops.lookupAttr(ts, accessor, "__isabstractmethod__");
        if (mark == null) {
            return false;
        }
        try {
            return Ops.truthy(ts, mark);
        } finally {
            ts.decref(mark);
        }
    }

    /**
     * A copy with one accessor replaced (@x.getter, @x.setter, @x.deleter): type(self)(fget, fset, fdel, doc)
     * as property_copy calls it, so that a subclass's copies are of the subclass; the doc is left for the
     * copy to take from its getter again when it came from the getter.
     */
    PyObject with(ThreadState ts, String which, PyObject function) {
        PyObject fget = which.equals("getter") ? function : getter;
        PyObject docArg = docFromGetter && fget != PyNone.NONE ? PyNone.NONE : doc;
        PyObject copy = ts.call(type(), fget, which.equals("setter") ? function : setter,
                which.equals("deleter") ? function : deleter, docArg);
        if (copy instanceof PyProperty p) {
            p.name = name;
        }
        return copy;
    }

    /** property has no repr of its own: object's, &lt;module.P object at 0x...&gt; for a subclass's. */
    @Override
    protected String builtinRepr() {
        return ObjectMethods.defaultRepr(this);
    }

    @Override
    protected void release(ThreadState ts) {
        ts.decref(getter);
        ts.decref(setter);
        ts.decref(deleter);
        ts.decref(doc);
        super.release(ts);
    }

    @Override
    public void traverse(Consumer<PyObject> visit) {
        visit.accept(getter);
        visit.accept(setter);
        visit.accept(deleter);
        visit.accept(doc);
        super.traverse(visit);
    }
}
