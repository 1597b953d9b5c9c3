package org.gillab.model.object;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * A type object (Objects/typeobject.c): a name, bases and their C3 method resolution order, and a
 * namespace dict of attributes (methods, descriptors, class variables) that attribute lookup walks
 * along the MRO. Built-in types are made in Java with {@link #builder} and are immortal; classes made
 * by a class statement or type(name, bases, dict) are heap types, reference-counted like any object.
 *
 * <p>Each type remembers its <em>solid base</em>: the built-in type whose Java class its instances are
 * (object's instances are {@link PyInstance}, BaseException's {@link PyException}...), which its
 * {@code __new__} makes. Lookups are cached per type and invalidated, as CPython's type version tags
 * are, whenever any type's namespace changes.
 */
public final class PyType extends PyObject {
    /** Makes an instance of {@code cls} (a subtype of the type it belongs to): tp_new. */
    @FunctionalInterface
    public interface NewFunction {
        PyObject make(PyType cls, Args args);
    }

    /** Bumped whenever a type's namespace changes: every lookup cache is then stale (PyType_Modified). */
    private static final AtomicLong VERSION = new AtomicLong();

    private String name;
    private String qualname;
    private final List<PyType> bases;
    private PyType[] mro;
    private final PyDict dict;
    private final PyType metatype;
    private final boolean heapType;
    private final boolean baseType;
    private final PyType solidBase;
    private final NewFunction newFunction;
    /** __slots__ names of this class when it has no __dict__ for its instances, else null. */
    private final List<String> slots;
    private final Map<String, PyObject> cache = new ConcurrentHashMap<>();
    private volatile long cacheVersion = -1;

    private PyType(Builder b) {
        this.name = b.name;
        this.qualname = b.name;
        PyType base = b.base != null ? b.base : b.name.equals("object") ? null : Types.OBJECT;
        this.bases = base == null ? List.of() : List.of(base);
        this.metatype = null; // type, which may still be under construction
        this.heapType = false;
        this.baseType = b.newFunction != null || b.subclassable;
        this.newFunction = b.newFunction;
        this.solidBase = b.newFunction != null || base == null ? this : base.solidBase;
        this.slots = null;
        this.dict = PyDict.immortal();
        computeMro();
        b.attributes.forEach((k, v) -> dict.entries().put(PyStr.constant(k), v));
        if (b.newFunction != null) {
            dict.entries().put(PyStr.constant("__new__"), TypeCalls.newWrapper(this));
        }
        dict.entries().putIfAbsent(PyStr.constant("__doc__"), PyNone.NONE);
    }

    /** A heap type: what type.__new__ makes for a class statement. {@code namespace} is copied. */
    PyType(ThreadState ts, PyType metatype, String name, List<PyType> bases, PyDict namespace, List<String> slots) {
        super(ts);
        this.name = name;
        this.qualname = name;
        this.bases = List.copyOf(bases);
        this.metatype = metatype;
        this.heapType = true;
        this.baseType = true;
        this.newFunction = null;
        this.solidBase = solidBaseOf(bases);
        this.slots = slots;
        this.dict = new PyDict(ts);
        for (PyType base : bases) {
            ts.incref(base);
        }
        ts.incref(metatype);
        computeMro();
        namespace.entries().forEach((k, v) -> dict.put(ts, k, v));
    }

    public static Builder builder(String name) {
        return new Builder(name);
    }

    public String name() {
        return name;
    }

    public String qualname() {
        return qualname;
    }

    void setName(String name) {
        this.name = name;
    }

    void setQualname(String qualname) {
        this.qualname = qualname;
    }

    /** The first base (tp_base), or null for object. */
    public PyType base() {
        return bases.isEmpty() ? null : bases.get(0);
    }

    public List<PyType> bases() {
        return bases;
    }

    /** __mro__: this type, then its bases in C3 order, ending with object. */
    public PyType[] mro() {
        return mro;
    }

    /** The namespace (tp_dict): borrowed, live. Change it through {@link #setAttr} so caches stay right. */
    public PyDict dict() {
        return dict;
    }

    public boolean isHeapType() {
        return heapType;
    }

    /** Whether a class statement may name this type as a base (Py_TPFLAGS_BASETYPE). */
    public boolean isBaseType() {
        return baseType;
    }

    /** The built-in type whose Java class this type's instances are. */
    public PyType solidBase() {
        return solidBase;
    }

    /** __slots__ when instances have no __dict__, else null. */
    public List<String> slots() {
        for (PyType t : mro) {
            if (t.heapType && t.slots == null) {
                return null;
            }
        }
        List<String> all = new ArrayList<>();
        for (PyType t : mro) {
            if (t.slots != null) {
                all.addAll(t.slots);
            }
        }
        return all;
    }

    /** tp_new along the MRO: the native constructor instances of this type are made by. */
    NewFunction newFunction() {
        for (PyType t : mro) {
            if (t.newFunction != null) {
                return t.newFunction;
            }
        }
        return null;
    }

    /**
     * _PyType_Lookup: the attribute {@code name} of the first type along the MRO that has it, borrowed, or
     * null. Cached until any type's namespace changes.
     */
    public PyObject lookup(String name) {
        long version = VERSION.get();
        if (cacheVersion != version) {
            cache.clear();
            cacheVersion = version;
        }
        PyObject found = cache.get(name);
        if (found != null) {
            return found == Types.MISSING ? null : found;
        }
        PyStr key = PyStr.constant(name);
        for (PyType t : mro) {
            found = t.dict.get(key);
            if (found != null) {
                break;
            }
        }
        cache.put(name, found == null ? Types.MISSING : found);
        return found;
    }

    /** The native method {@code name} of this type or of a base, or null (for Java callers of built-in methods). */
    public NativeMethod method(String name) {
        return lookup(name) instanceof PyMethodDescriptor d ? d.method() : null;
    }

    /** isinstance's subtype check (PyType_IsSubtype): {@code other} is on this type's MRO. */
    public boolean isSubtypeOf(PyType other) {
        if (this == other) {
            return true;
        }
        for (PyType t : mro) {
            if (t == other) {
                return true;
            }
        }
        return false;
    }

    /** Whether a heap type along the MRO defines {@code name} in Python: the slot is overridden. */
    public boolean overrides(String name) {
        if (!heapType) {
            return false;
        }
        PyObject found = lookup(name);
        if (found == null) {
            return false;
        }
        for (PyType t : mro) {
            if (!t.heapType) {
                return false;
            }
            if (t.dict.get(name) == found) {
                return true;
            }
        }
        return false;
    }

    /** Calls the type: type.__call__, or the metatype's __call__ when a metaclass overrides it. */
    public PyObject construct(Args args) {
        return TypeCalls.call(args.thread(), this, args);
    }

    @Override
    public PyType type() {
        return metatype != null ? metatype : Types.TYPE;
    }

    @Override
    public boolean genericGetAttr() {
        return false;
    }

    @Override
    public PyObject getAttr(ThreadState ts, String attribute) {
        return TypeCalls.getAttribute(ts, this, attribute);
    }

    @Override
    public void setAttr(ThreadState ts, String attribute, PyObject value) {
        if (!heapType) {
            throw PyErrors.typeError("cannot set '" + attribute + "' attribute of immutable type '" + name + "'");
        }
        PyObject descriptor = type().lookup(attribute);
        if (descriptor != null && Attributes.isDataDescriptor(descriptor)) {
            Attributes.set(ts, descriptor, this, value);
            return;
        }
        dict.put(ts, attribute, value);
        modified();
    }

    @Override
    public void delAttr(ThreadState ts, String attribute) {
        if (!heapType) {
            throw PyErrors.typeError("cannot delete '" + attribute + "' attribute of immutable type '" + name + "'");
        }
        PyObject old = dict.remove(ts, PyStr.constant(attribute));
        if (old == null) {
            throw PyErrors.attributeError("type object '" + name + "' has no attribute '" + attribute + "'");
        }
        ts.decref(old);
        modified();
    }

    /** PyType_Modified: the namespace changed, every cached lookup is stale. */
    static void modified() {
        VERSION.incrementAndGet();
    }

    /** The version of all types' namespaces: what a lookup found holds while it is unchanged (the eval loop's inline caches). */
    public static long version() {
        return VERSION.get();
    }

    @Override
    public PyDict dictOrNull() {
        return dict;
    }

    @Override
    public String repr() {
        String module = moduleName();
        return "<class '" + (module == null || module.equals("builtins") ? "" : module + ".") + qualname + "'>";
    }

    /** __module__: "builtins" for built-in types, else the module the class statement ran in. */
    public String moduleName() {
        PyObject module = dict.get("__module__");
        return module instanceof PyStr s ? s.value : heapType ? null : "builtins";
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }

    @Override
    public boolean equals(Object o) {
        return this == o;
    }

    @Override
    protected void release(ThreadState ts) {
        ts.decref(dict);
        for (PyType base : bases) {
            ts.decref(base);
        }
        ts.decref(metatype);
    }

    @Override
    public void traverse(Consumer<PyObject> visit) {
        if (heapType) {
            visit.accept(dict);
            bases.forEach(visit);
            visit.accept(metatype);
        }
    }

    // ---- the MRO (Objects/typeobject.c mro_implementation, C3 linearization) ----

    private void computeMro() {
        if (bases.isEmpty()) {
            mro = new PyType[] {this};
            return;
        }
        List<List<PyType>> sequences = new ArrayList<>();
        for (PyType base : bases) {
            sequences.add(new ArrayList<>(List.of(base.mro)));
        }
        sequences.add(new ArrayList<>(bases));
        List<PyType> result = new ArrayList<>(List.of(this));
        while (true) {
            sequences.removeIf(List::isEmpty);
            if (sequences.isEmpty()) {
                break;
            }
            PyType candidate = null;
            for (List<PyType> seq : sequences) {
                PyType head = seq.get(0);
                boolean inTail = sequences.stream().anyMatch(s -> s.indexOf(head) > 0);
                if (!inTail) {
                    candidate = head;
                    break;
                }
            }
            if (candidate == null) {
                List<String> names = new ArrayList<>();
                for (List<PyType> seq : sequences) {
                    if (!names.contains(seq.get(0).name)) {
                        names.add(seq.get(0).name);
                    }
                }
                throw PyErrors.typeError("Cannot create a consistent method resolution\norder (MRO) for bases "
                        + String.join(", ", names));
            }
            result.add(candidate);
            for (List<PyType> seq : sequences) {
                if (!seq.isEmpty() && seq.get(0) == candidate) {
                    seq.remove(0);
                }
            }
        }
        mro = result.toArray(new PyType[0]);
    }

    /** best_base: the bases' solid bases must lie on one line; the most derived one wins. */
    private static PyType solidBaseOf(List<PyType> bases) {
        PyType winner = null;
        for (PyType base : bases) {
            PyType solid = base.solidBase;
            if (winner == null || solid.isSubtypeOf(winner)) {
                winner = solid;
            } else if (!winner.isSubtypeOf(solid)) {
                throw PyErrors.typeError("multiple bases have instance lay-out conflict");
            }
        }
        return winner;
    }

    /**
     * Builds a built-in type: {@code PyType.builder("Pool").base(...).method("map", ...).build()}. A type
     * with a {@link #newInstance} function can be subclassed; one with only a {@link #constructor} is
     * called like a function that makes instances.
     */
    public static final class Builder {
        private final String name;
        private PyType base;
        private NewFunction newFunction;
        private boolean subclassable;
        private final Map<String, PyObject> attributes = new LinkedHashMap<>();

        private Builder(String name) {
            this.name = name;
        }

        public Builder base(PyType base) {
            this.base = base;
            return this;
        }

        /** tp_new: makes an instance of the given class (this type or a subclass); the type can be subclassed. */
        public Builder newInstance(NewFunction make) {
            this.newFunction = make;
            return this;
        }

        /** The type, called, runs {@code constructor} (not subclassable unless a base is). */
        public Builder constructor(NativeFunction constructor) {
            return newInstance((cls, args) -> constructor.call(args));
        }

        /** Subclassable, its instances made by its base's tp_new (exception types, for instance). */
        public Builder subclassable() {
            this.subclassable = true;
            return this;
        }

        public Builder method(String name, NativeMethod method) {
            attributes.put(name, new PyMethodDescriptor(name, method));
            return this;
        }

        /** A read-only attribute computed from the instance (a getset descriptor). */
        public Builder getter(String name, NativeGetter getter) {
            attributes.put(name, new PyGetSetDescriptor(name, getter, null));
            return this;
        }

        /** A writable attribute (a getset descriptor with a setter). */
        public Builder property(String name, NativeGetter getter, NativeSetter setter) {
            attributes.put(name, new PyGetSetDescriptor(name, getter, setter));
            return this;
        }

        /** A method called on the class (classmethod), e.g. dict.fromkeys. */
        public Builder classMethod(String name, NativeMethod method) {
            attributes.put(name, new PyClassMethod(new PyMethodDescriptor(name, method)));
            return this;
        }

        /** An immortal class attribute. */
        public Builder attribute(String name, PyObject value) {
            attributes.put(name, value);
            return this;
        }

        public PyType build() {
            return new PyType(this);
        }
    }
}
