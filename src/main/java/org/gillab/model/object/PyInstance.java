package org.gillab.model.object;

import java.util.function.Consumer;
import org.gillab.model.PythonException;

/**
 * An object with an instance __dict__: an instance of a class statement's class, or of a built-in type
 * implemented by a module in Java (threading.Thread, multiprocessing.Pool...), which such a class can
 * subclass. Where its class defines special methods in Python (__repr__, __eq__, __hash__, __bool__,
 * __getattr__, __setattr__...), the Java-side protocol of the object calls them (typeobject.c's
 * slot_tp_* functions). Subclasses that hold more references override {@link #release} and
 * {@link #traverse} and call super.
 */
public class PyInstance extends PyObject implements GcContainer {
    /** Its class: fixed but for a __class__ assignment. */
    private PyType type;
    /** The instance's __dict__, or null when its class's __slots__ leave it none; replaced by a __dict__ assignment. */
    private PyDict dict;
    /** The values of its class's __slots__ (null where unset), or null when there are none. */
    private final PyObject[] slotValues;
    /** Whether __del__ ran already: PEP 442 finalizes an object once, even if it was resurrected. */
    private boolean finalized;

    public PyInstance(ThreadState ts, PyType type) {
        super(ts);
        ts.trackContainer(this);
        this.type = type;
        this.dict = type.instancesHaveDict() ? new PyDict(ts) : null;
        this.slotValues = type.slotCount() == 0 ? null : new PyObject[type.slotCount()];
        if (type.isHeapType()) {
            ts.incref(type);
        }
    }

    /** An immortal instance (an exception raised from Java outside any Python thread). */
    protected PyInstance(PyType type) {
        this.type = type;
        this.dict = PyDict.immortal();
        this.slotValues = null;
    }

    @Override
    public final PyType type() {
        return type;
    }

    @Override
    public final PyDict dictOrNull() {
        return dict;
    }

    /** The attribute {@code name} of the instance's __dict__, borrowed, or null. */
    public final PyObject attribute(String name) {
        return dict == null ? null : dict.get(name);
    }

    /** obj.__dict__ = d (d borrowed); the instance must have a __dict__. */
    final void replaceDict(ThreadState ts, PyDict d) {
        PyDict old = dict;
        dict = ts.newRef(d);
        ts.decref(old);
    }

    /** obj.__class__ = cls, for a heap type of the same lay-out. */
    final void replaceType(ThreadState ts, PyType cls) {
        PyType old = type;
        type = ts.newRef(cls);
        ts.decref(old);
    }

    @Override
    protected final PyObject[] slotValues() {
        return slotValues;
    }

    @Override
    public PyObject getAttr(ThreadState ts, String name) {
        return AttributeHooks.get(ts, this, type, name);
    }

    @Override
    public void setAttr(ThreadState ts, String name, PyObject value) {
        AttributeHooks.set(ts, this, type, name, value);
    }

    @Override
    public void delAttr(ThreadState ts, String name) {
        AttributeHooks.delete(ts, this, type, name);
    }

    /** The repr of an instance whose classes define no __repr__: object.__repr__'s. */
    @Override
    protected String builtinRepr() {
        return defaultRepr();
    }

    /** object.__repr__: &lt;module.Class object at 0x...&gt;. */
    public final String defaultRepr() {
        String module = type.moduleName();
        String prefix = module == null || module.equals("builtins") ? "" : module + ".";
        return "<" + prefix + type.qualname() + " object at " + address() + ">";
    }

    @Override
    public boolean truthy() {
        return Slots.truthy(this);
    }

    @Override
    public int hashCode() {
        return Hashing.java(Slots.pythonHash(this));
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof PyObject other && Slots.equal(this, other);
    }

    /** Whether its __del__ ran (gc.is_finalized: PEP 442's finalized flag). */
    public boolean isFinalized() {
        return finalized;
    }

    @Override
    protected boolean finalizerPending() {
        return !finalized && type.hasFinalizer();
    }

    /** slot_tp_finalize: calls __del__; what it raises is reported as unraisable, as CPython does. */
    @Override
    protected void finalizeObject(ThreadState ts) {
        finalized = true;
        PyObject del = type.lookup("__del__");
        if (del == null) {
            return; // the class lost its __del__ since
        }
        try {
            ts.decref(Slots.call(ts, this, del));
        } catch (PythonException e) {
            ts.invoker().writeUnraisable(ts, "in", del, e);
            ts.decref(e.exception());
        }
    }

    @Override
    protected void release(ThreadState ts) {
        if (dict != null) {
            ts.decref(dict);
        }
        if (slotValues != null) {
            for (PyObject v : slotValues) {
                ts.xdecref(v);
            }
        }
        if (type.isHeapType()) {
            ts.decref(type);
        }
    }

    @Override
    public void traverse(Consumer<PyObject> visit) {
        if (dict != null) {
            visit.accept(dict);
        }
        if (slotValues != null) {
            for (PyObject v : slotValues) {
                if (v != null) {
                    visit.accept(v);
                }
            }
        }
        if (type.isHeapType()) {
            visit.accept(type);
        }
    }
}
