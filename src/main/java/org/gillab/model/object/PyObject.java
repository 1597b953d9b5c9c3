package org.gillab.model.object;

import java.util.function.Consumer;

/**
 * A Python object with a reference count (CPython's PyObject header: ob_refcnt, ob_type).
 *
 * <p>The count is a PLAIN int updated by read-add-write in {@link ThreadState#incref} and
 * {@link ThreadState#decref}: nothing but the GIL keeps two threads from losing an update, which is
 * exactly what the {@code unsafe} lock kind demonstrates. Under the {@code free} kind the same field
 * is the owner thread's local count of biased reference counting and {@link #shared} the atomic
 * count of the other threads (PEP 703). Objects made by {@link #PyObject()} are immortal (PEP 683):
 * their counts are never touched and they are never freed.
 */
public abstract class PyObject {
    /** Count of immortal objects; anything at or above it is never changed (Include/object.h _Py_IMMORTAL_REFCNT). */
    static final int IMMORTAL = 1 << 30;
    /** Count written into a freed object, so a later access is recognised as a use after free. */
    static final int FREED = Integer.MIN_VALUE / 2;

    /** ob_refcnt: plain, guarded only by the GIL (the owner's local count under biased counting). */
    int refcnt;
    /** ob_ref_shared of PEP 703: other threads' count, shifted left by 2 with two flag bits; atomic. */
    int shared;
    /** ob_tid of PEP 703: the thread that made the object, null once its counts were merged. */
    ThreadState owner;
    /** The cycle collector's working count (gc_refs in CPython's PyGC_Head): 0 outside a collection. */
    int gcRefs;
    /** Whether weak references to it were made: they are cleared, and their callbacks run, when it dies. */
    boolean weaklyReferenced;
    /** Whether id() was asked: its heap's {@link ObjectIds} holds the number until it is freed. */
    boolean hasId;

    /** A new object owned by the caller: count 1, counted as an allocation of {@code ts}'s heap. */
    protected PyObject(ThreadState ts) {
        refcnt = 1;
        owner = ts;
        ts.allocations++;
        if (ts.observer != null) { // the one test that tracking costs an allocation while nobody observes
            ts.observer.allocated(ts, this);
        }
    }

    /** An immortal object: types, None, True/False, small ints, code constants, module objects. */
    protected PyObject() {
        refcnt = IMMORTAL;
    }

    public abstract PyType type();

    /**
     * repr(self): the __repr__ of a class written in Python when the object's class (or a class between
     * it and the built-in type) defines one, as slot_tp_repr calls it, else the built-in type's own.
     * Every type, those written in Java included, gets the override this way; types say how they look
     * by overriding {@link #builtinRepr}.
     */
    public final String repr() {
        return type().overrides("__repr__") ? Slots.stringResult(this, "__repr__") : builtinRepr();
    }

    /**
     * repr as the built-in type defines it (its tp_repr), whatever a subclass's __repr__ says: what
     * {@code list.__repr__(x)} computes for an instance of a list subclass.
     */
    protected String builtinRepr() {
        return "<" + type().name() + " object at " + address() + ">";
    }

    /** str(self): a Python class's __str__ (slot_tp_str), else the built-in type's {@link #builtinStr}. */
    public final String str() {
        return type().overrides("__str__") ? Slots.stringResult(this, "__str__") : builtinStr();
    }

    /**
     * str as the built-in type defines it (its tp_str); repr by default, as object.__str__ does. That calls a
     * class's __repr__ unchecked, so PyObject_Str is the one to refuse what it returns: "__str__ returned non-string".
     */
    protected String builtinStr() {
        return type().overrides("__repr__") ? Slots.stringResult(this, "__repr__", "__str__") : builtinRepr();
    }

    /** Truth value (nb_bool / sq_length); true unless overridden. */
    public boolean truthy() {
        return true;
    }

    /**
     * The attribute {@code name}, a new reference (tp_getattro): by default PyObject_GenericGetAttr, which
     * finds descriptors and methods on the type and values in the instance's __dict__.
     */
    public PyObject getAttr(ThreadState ts, String name) {
        return Attributes.genericGet(ts, this, name);
    }

    /** Sets the attribute {@code name}, value borrowed (tp_setattro; PyObject_GenericSetAttr by default). */
    public void setAttr(ThreadState ts, String name, PyObject value) {
        Attributes.genericSet(ts, this, name, value);
    }

    /** del obj.name (tp_setattro with NULL). */
    public void delAttr(ThreadState ts, String name) {
        Attributes.genericDelete(ts, this, name);
    }

    /**
     * Whether attribute lookup is PyObject_GenericGetAttr's: a method found on the type is then what
     * obj.name means, so LOAD_METHOD may skip binding it. Objects with their own lookup (modules, types,
     * super) answer false.
     */
    public boolean genericGetAttr() {
        return true;
    }

    /** The instance's __dict__, borrowed, or null when it has none (most built-in objects). */
    public PyDict dictOrNull() {
        return null;
    }

    /**
     * The values of its class's __slots__ (null where unset), live, or null when it has none. Protected,
     * so that a type written in a Java module (deque) can give its subclasses' instances slots.
     */
    protected PyObject[] slotValues() {
        return null;
    }

    /**
     * Whether the object has a finalizer still to run before it is freed (tp_finalize: a class's __del__,
     * which PEP 442 runs once); {@link #finalizeObject} runs it.
     */
    protected boolean finalizerPending() {
        return false;
    }

    /** Runs the finalizer, with the object's count set to one for the call (PyObject_CallFinalizerFromDealloc). */
    protected void finalizeObject(ThreadState ts) {
    }

    /** Drops the references this object holds, when it is freed (the Py_DECREFs of its tp_dealloc). */
    protected void release(ThreadState ts) {
    }

    /** Visits every reference this object holds (tp_traverse), for the reference-count checker. */
    public void traverse(Consumer<PyObject> visit) {
    }

    public final boolean isImmortal() {
        return refcnt >= IMMORTAL;
    }

    /** Whether the object was freed (its count reached zero). */
    public final boolean isFreed() {
        return refcnt <= FREED / 2;
    }

    /** The current reference count (both halves under biased counting); for checks and tests. */
    public final int refcount() {
        if (refcnt >= IMMORTAL) {
            return refcnt;
        }
        int sharedCount = BiasedCounts.count(shared);
        return owner == null ? sharedCount : refcnt + sharedCount;
    }

    /** id(self): unique among the running interpreter's live objects and shaped as CPython's address ({@link ObjectIds}). */
    public final long id() {
        ThreadState ts = ThreadState.current();
        return ts == null ? System.identityHashCode(this) : ts.heap().ids.of(this);  // outside an interpreter: for Java's messages only
    }

    protected final String address() {
        return String.format("0x%012x", id());
    }
}
