package org.gillab.model.object;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.gillab.model.PythonException;

/**
 * A weak reference (Objects/weakrefobject.c): weakref.ref(obj[, callback]). It holds no count on its
 * referent, so with reference counting the referent dies exactly when its last strong reference goes,
 * as on CPython: then every weak reference to it is cleared (calling it returns None) and their
 * callbacks run, newest first, before the object is released (PyObject_ClearWeakRefs, which
 * {@link ThreadState#free} calls for objects flagged as weakly referenced). Cycles are never
 * collected by the model, so a referent in an unreachable cycle stays alive and its references too.
 */
public final class PyWeakRef extends SubclassableObject {
    /** Each weakly referenced object's references, oldest first; guarded by the map's monitor. */
    private static final Map<PyObject, List<PyWeakRef>> REFERENCES = new IdentityHashMap<>();

    /** The referent, uncounted; null once it died. */
    private volatile PyObject referent;
    /** Called with this reference when the referent dies; counted; null for none. */
    private final PyObject callback;
    /** The referent's hash, once asked (it must survive the referent). */
    private Long hash;
    private PyWeakRef(ThreadState ts, PyType type, PyObject referent, PyObject callback) {
        super(ts, type);
        this.referent = referent;
        this.callback = callback == null ? null : ts.newRef(callback);
    }

    /**
     * weakref.ref.__new__(cls, object, callback=None): the existing plain reference when there is one.
     * Keywords are left to __init__, which refuses them, so that a subclass's own __init__ may take some.
     */
    static PyObject make(PyType cls, Args args) {
        ThreadState ts = args.thread();
        args.checkCount("__new__", 1, 2);
        PyObject referent = args.get(0);
        PyObject callback = args.size() == 2 && args.get(1) != PyNone.NONE ? args.get(1) : null;
        if (!supportsWeakReferences(referent)) {
            throw PyErrors.typeError("cannot create weak reference to '" + referent.type().name() + "' object");
        }
        synchronized (REFERENCES) {
            if (callback == null && cls == Types.WEAKREF) {
                for (PyWeakRef existing : REFERENCES.getOrDefault(referent, List.of())) {
                    if (existing.callback == null && existing.type() == Types.WEAKREF) {
                        return ts.newRef(existing);
                    }
                }
            }
            PyWeakRef ref = new PyWeakRef(ts, cls, referent, callback);
            REFERENCES.computeIfAbsent(referent, k -> new ArrayList<>()).add(ref);
            referent.weaklyReferenced = true;
            return ref;
        }
    }

    /**
     * Whether weakref.ref accepts the object: instances of classes (and of the library's types), functions,
     * methods, classes, sets, generators and the {@link WeaklyReferenceable} built-ins; not ints, strs, tuples, lists or dicts, which have no weak
     * reference list on CPython either.
     */
    static boolean supportsWeakReferences(PyObject o) {
        if (o.type().isHeapType()) {
            return o.type().instancesWeaklyReferenceable();
        }
        return o instanceof PyInstance || o instanceof PyFunction || o instanceof PyBoundMethod
                || o instanceof PyType || o instanceof PySet || o instanceof PyIterator || o instanceof WeaklyReferenceable;
    }

    /** The referent, borrowed, or null when it died. */
    public PyObject referent() {
        return referent;
    }

    /** getweakrefs(object): the live references to the object, oldest first. */
    public static List<PyWeakRef> referencesTo(PyObject o) {
        synchronized (REFERENCES) {
            return new ArrayList<>(REFERENCES.getOrDefault(o, List.of()));
        }
    }

    /** PyObject_ClearWeakRefs for an object that has weak references (small, so the JIT inlines the test into frees). */
    static void clearIfWeaklyReferenced(ThreadState ts, PyObject dying) {
        if (dying.weaklyReferenced) {
            dying.weaklyReferenced = false;
            clearReferencesTo(ts, dying);
        }
    }

    /**
     * PyObject_ClearWeakRefs: the object is dying; its references go dead, then their callbacks run, the
     * newest reference's first. An exception in a callback is reported as unraisable.
     */
    private static void clearReferencesTo(ThreadState ts, PyObject dying) {
        List<PyWeakRef> refs;
        synchronized (REFERENCES) {
            refs = REFERENCES.remove(dying);
        }
        if (refs == null) {
            return;
        }
        for (PyWeakRef ref : refs) {
            ref.referent = null;
            ts.incref(ref); // kept alive through the callbacks, which may drop the last other reference
        }
        try {
            for (int i = refs.size() - 1; i >= 0; i--) {
                PyWeakRef ref = refs.get(i);
                if (ref.callback == null) {
                    continue;
                }
                try {
                    ts.decref(ts.call(ref.callback, ref));
                } catch (PythonException e) {
                    ts.invoker().writeUnraisable(ts, "in", ref.callback, e);
                    ts.decref(e.exception());
                }
            }
        } finally {
            refs.forEach(ts::decref);
        }
    }

    /** ref(): the referent, or None once it died. */
    PyObject call(ThreadState ts) {
        PyObject o = referent;
        return o == null ? PyNone.NONE : ts.newRef(o);
    }

    /** The referent's hash, computed once while it lives (TypeError after, when never asked before). */
    long pythonHash(ThreadState ts) {
        if (hash == null) {
            PyObject o = referent;
            if (o == null) {
                throw PyErrors.typeError("weak object has gone away");
            }
            hash = Ops.hash(ts, o);
        }
        return hash;
    }

    /** ==: the referents' equality while both live, else identity. */
    PyObject equal(ThreadState ts, PyObject other, boolean equal) {
        if (!(other instanceof PyWeakRef that)) {
            return PySingleton.NOT_IMPLEMENTED;
        }
        PyObject mine = referent;
        PyObject theirs = that.referent;
        if (mine == null || theirs == null) {
            return PyBool.of((this == that) == equal);
        }
        return PyBool.of(Ops.equal(ts, mine, theirs) == equal);
    }

    PyObject callback() {
        return callback;
    }

    @Override
    protected long builtinHash() {
        return pythonHash(ThreadState.current());
    }

    @Override
    protected boolean builtinEquals(Object o) {
        return o instanceof PyObject other && equal(ThreadState.current(), other, true) == PyBool.TRUE;
    }

    /** &lt;weakref at 0x...; to 'Foo' at 0x...&gt;, with the referent's __name__ when it has one. */
    @Override
    protected String builtinRepr() {
        PyObject o = referent;
        if (o == null) {
            return "<weakref at " + address() + "; dead>";
        }
        ThreadState ts = ThreadState.current();
        PyObject n = Ops.lookupAttr(ts, o, "__name__");
        String name = n instanceof PyStr s ? " (" + s.value + ")" : "";
        ts.xdecref(n);
        return "<weakref at " + address() + "; to '" + o.type().name() + "' at " + o.address() + name + ">";
    }

    @Override
    protected void release(ThreadState ts) {
        PyObject o = referent;
        if (o != null) {
            synchronized (REFERENCES) {
                List<PyWeakRef> refs = REFERENCES.get(o);
                if (refs != null) {
                    refs.removeIf(r -> r == this); // by identity: equals() is Python's == of the referents
                    if (refs.isEmpty()) {
                        REFERENCES.remove(o);
                    }
                }
            }
        }
        if (callback != null) {
            ts.decref(callback);
        }
        super.release(ts);
    }

    @Override
    public void traverse(Consumer<PyObject> visit) {
        if (callback != null) {
            visit.accept(callback);
        }
        super.traverse(visit);
    }
}
