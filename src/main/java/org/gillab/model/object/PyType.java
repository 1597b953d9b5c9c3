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
public final class PyType extends PyObject implements GcContainer {
    /** Makes an instance of {@code cls} (a subtype of the type it belongs to): tp_new. */
    @FunctionalInterface
    public interface NewFunction {
        PyObject make(PyType cls, Args args);
    }

    /** Bumped whenever a type's namespace changes: every lookup cache is then stale (PyType_Modified). */
    private static final AtomicLong VERSION = new AtomicLong();

    private String name;
    /**
     * A heap type's tp_name where it differs from its __name__, else null: a class the model's library
     * writes in Python for one of CPython's C static types ('datetime.date', whose __name__ is 'date').
     */
    private String staticTypeName;
    private String qualname;
    private final List<PyType> bases;
    private final PyType[] mro;
    private final PyDict dict;
    private final PyType metatype;
    private final boolean heapType;
    private final boolean baseType;
    private final PyType solidBase;
    /**
     * solid_base: the class whose instance lay-out this type's extends without adding to it. Itself for a
     * class whose __slots__ add slots; the winning base's for any other class; {@link #solidBase} for a
     * built-in type.
     */
    private final PyType layout;
    private final NewFunction newFunction;
    /** The names of the slots this class adds to its instances' lay-out (its __slots__ but __dict__ and __weakref__). */
    private final List<String> slots;
    /** Where this class's slots start in an instance's slot values: after those of the bases' lay-out. */
    private final int slotStart;
    /**
     * Whether instances have a __dict__: those of a built-in type unless it says otherwise, and those of a
     * class without __slots__ (or with '__dict__' among them) or with such a class or built-in type along its MRO.
     */
    private final boolean instancesHaveDict;
    /**
     * Whether a class's instances take weak references (a non-zero tp_weaklistoffset): type_new's add_weak gives
     * them a class without __slots__ over a base of fixed size, or one with '__weakref__' among them, or inherits
     * them. Only refused where the solid base is object, or int, tuple or bytes; built-in types answer in
     * {@link PyWeakRef#supportsWeakReferences}.
     */
    private final boolean instancesWeaklyReferenceable;
    /** A built-in type whose instances hold a variable number of items (a non-zero tp_itemsize): int, tuple, bytes. */
    private final boolean variableSize;
    /** A built-in type CPython calls through vectorcall, not tp_call (see {@link #callsByVectorcall}). */
    private final boolean vectorcall;
    private final Map<String, PyObject> cache = new ConcurrentHashMap<>();
    /** The types that name this one as a base, oldest first (tp_subclasses); borrowed: a class leaves when freed. */
    private final List<PyType> subclasses = new java.util.concurrent.CopyOnWriteArrayList<>();
    private volatile long cacheVersion = -1;
    /** {@link #hasFinalizer}'s answer and the version it is for; -1 for none yet. */
    private long finalizerKnown = -1;
    /** This class's own {@link #SEQUENCE} or {@link #MAPPING} flag, 0 for none: see {@link #collectionFlag}. */
    private volatile int ownCollectionFlag;

    /** Py_TPFLAGS_SEQUENCE: a match statement's sequence patterns take instances for sequences. */
    public static final int SEQUENCE = 1 << 5;
    /** Py_TPFLAGS_MAPPING: a match statement's mapping patterns take instances for mappings. */
    public static final int MAPPING = 1 << 6;

    private PyType(Builder b) {
        this.name = b.name;
        // tp_name "collections.deque": messages name the type so, __name__ is "deque", __module__ "collections"
        this.qualname = b.name.substring(b.name.lastIndexOf('.') + 1);
        PyType base = b.base != null ? b.base : b.name.equals("object") ? null : Types.OBJECT;
        List<PyType> all = new ArrayList<>();
        if (base != null) {
            all.add(base);
        }
        all.addAll(b.moreBases);
        this.bases = List.copyOf(all);
        this.metatype = null; // type, which may still be under construction
        this.heapType = false;
        this.baseType = !b.notBaseType && (b.newFunction != null || b.subclassable);
        this.newFunction = b.newFunction;
        this.solidBase = b.newFunction != null || base == null ? this : base.solidBase;
        this.layout = solidBase;
        this.slots = List.of();
        this.slotStart = 0;
        this.instancesHaveDict = b.instanceDict;
        this.variableSize = b.variableSize;
        this.instancesWeaklyReferenceable = false;
        this.vectorcall = b.vectorcall;
        this.dict = PyDict.immortal();
        this.mro = withSelfFirst(linearize(bases));
        this.bases.forEach(parent -> parent.subclasses.add(this));
        b.attributes.forEach((k, v) -> {
            dict.entries().put(PyStr.constant(k), v);
            if (v instanceof PyGetSetDescriptor g) {
                g.setOwner(b.name);
            }
        });
        if (b.name.contains(".")) {
            dict.entries().putIfAbsent(PyStr.constant("__module__"), PyStr.constant(b.name.substring(0, b.name.lastIndexOf('.'))));
        }
        if (b.newFunction != null) {
            dict.entries().put(PyStr.constant("__new__"), TypeCalls.newWrapper(this));
        }
        dict.entries().putIfAbsent(PyStr.constant("__doc__"), PyNone.NONE);
    }

    /**
     * A heap type: what type.__new__ makes for a class statement. {@code namespace} is copied. Checks the
     * bases first (instance lay-out, then the MRO), so that a refused class is never allocated.
     */
    static PyType heapType(ThreadState ts, PyType metatype, String name, List<PyType> bases, PyDict namespace, List<String> slots) {
        PyType layout = bestLayout(bases);
        if (slots != null && !slots.isEmpty() && layout.solidBase.variableSize) {
            // type_new: the items of an int or tuple end the instance, leaving no room for slots (nor a __dict__)
            PyType base = bases.stream().filter(b -> b.layout == layout).findFirst().orElseThrow();
            throw PyErrors.typeError("nonempty __slots__ not supported for subtype of '" + base.name() + "'");
        }
        List<PyType> mro = linearize(bases);
        return new PyType(ts, metatype, name, bases, layout, mro, namespace, slots);
    }

    /**
     * @param slots the class's __slots__, or null when it has none (its instances then have a __dict__)
     */
    private PyType(ThreadState ts, PyType metatype, String name, List<PyType> bases, PyType baseLayout, List<PyType> mro,
            PyDict namespace, List<String> slots) {
        super(ts);
        ts.trackContainer(this);
        this.name = name;
        this.qualname = name;
        this.bases = List.copyOf(bases);
        this.metatype = metatype;
        this.heapType = true;
        this.baseType = true;
        this.newFunction = null;
        this.solidBase = baseLayout.solidBase;
        this.slots = slots == null ? List.of() : slots.stream().filter(n -> !n.equals("__dict__") && !n.equals("__weakref__")).toList();
        this.slotStart = baseLayout.heapType ? baseLayout.slotCount() : 0;
        this.layout = this.slots.isEmpty() ? baseLayout : this;
        this.dict = new PyDict(ts);
        for (PyType base : bases) {
            ts.incref(base);
        }
        ts.incref(metatype);
        this.mro = withSelfFirst(mro);
        this.bases.forEach(parent -> parent.subclasses.add(this));
        this.instancesHaveDict = solidBase.instancesHaveDict || slots == null || slots.contains("__dict__")
                || mro.stream().anyMatch(t -> t.heapType && t.instancesHaveDict);
        this.instancesWeaklyReferenceable = slots == null ? !solidBase.variableSize
                : slots.contains("__weakref__") || (solidBase != Types.OBJECT && !solidBase.variableSize)
                        || mro.stream().anyMatch(t -> t.heapType && t.instancesWeaklyReferenceable);
        this.variableSize = false;
        this.vectorcall = false; // 3.11 gives a class statement's types tp_call only, whatever their base
        namespace.entries().forEach((k, v) -> dict.put(ts, k, v));
    }

    public static Builder builder(String name) {
        return new Builder(name);
    }

    /**
     * tp_name, the name messages and method reprs show: a built-in type's name qualified by its module
     * ("re.Pattern", "collections.deque"; bare in builtins), a class statement's type its __name__, or the
     * tp_name of the C static type it stands for when the model's library gave it one ('datetime.date').
     */
    public String name() {
        if (heapType) {
            return staticTypeName != null ? staticTypeName : name;
        }
        if (name.indexOf('.') >= 0) {
            return name;
        }
        String module = moduleName();
        return module == null || module.equals("builtins") ? name : module + "." + name;
    }

    /** __name__: a heap type's own name, a built-in type's name without its module. */
    public String simpleName() {
        return heapType ? name : qualname;
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

    /**
     * Gives a heap type the tp_name of the C static type it stands for, which messages then show in place
     * of its __name__; only the model's Python-written library does this (through _typeobject).
     */
    public void setStaticTypeName(String tpName) {
        if (!heapType) {
            throw PyErrors.typeError("cannot set the name of built-in type '" + name() + "'");
        }
        this.staticTypeName = tpName;
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

    /**
     * {@link #SEQUENCE}, {@link #MAPPING} or 0: the first flag along the MRO, as a class inherits its bases'
     * (inherit_patma_flags) and a registration with collections.abc flags a class and its subclasses.
     */
    public int collectionFlag() {
        for (PyType t : mro) {
            int flag = t.ownCollectionFlag;
            if (flag != 0) {
                return flag;
            }
        }
        return 0;
    }

    /** Gives this class its own collection flag: a built-in type's, an ABC's __abc_tpflags__ or a registration's. */
    public void setCollectionFlag(int flag) {
        ownCollectionFlag = flag;
    }

    /** The namespace (tp_dict): borrowed, live. Change it through {@link #setAttr} so caches stay right. */
    public PyDict dict() {
        return dict;
    }

    public boolean isHeapType() {
        return heapType;
    }

    /**
     * Whether CPython 3.11 calls this type's instances through vectorcall (functools.partial): such a call
     * enters no recursion level, where one through tp_call does (_PyObject_MakeTpCall).
     */
    public boolean callsByVectorcall() {
        return vectorcall;
    }

    /** Whether a class statement may name this type as a base (Py_TPFLAGS_BASETYPE). */
    public boolean isBaseType() {
        return baseType;
    }

    /** The built-in type whose Java class this type's instances are. */
    public PyType solidBase() {
        return solidBase;
    }

    /** The slots this class adds (member descriptors in its namespace), in order. */
    List<String> ownSlots() {
        return slots;
    }

    /** The index of this class's first own slot among an instance's slot values. */
    int slotStart() {
        return slotStart;
    }

    /** How many slot values an instance has: the bases' lay-out and this class's own slots. */
    public int slotCount() {
        return slotStart + slots.size();
    }

    /** Whether instances of this class have a __dict__ (every class but one whose whole MRO declares __slots__). */
    public boolean instancesHaveDict() {
        return instancesHaveDict;
    }

    /** Whether weakref.ref takes an instance of this class (a class statement's; false for built-in types). */
    boolean instancesWeaklyReferenceable() {
        return instancesWeaklyReferenceable;
    }

    /** type.__subclasses__(): the live classes that name this type as a direct base. */
    public List<PyType> subclasses() {
        return List.copyOf(subclasses);
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

    /**
     * Whether instances have a finalizer: a class along the MRO defines __del__ (tp_finalize is
     * slot_tp_finalize). Asked at every free of an instance, so the answer is kept with the type
     * version it holds for, in one field: version << 1 | answer.
     */
    public boolean hasFinalizer() {
        if (!heapType) {
            return false;
        }
        long version = VERSION.get();
        long known = finalizerKnown;
        if (known >>> 1 == version && known >= 0) {
            return (known & 1) != 0;
        }
        boolean has = lookup("__del__") != null;
        finalizerKnown = version << 1 | (has ? 1 : 0);
        return has;
    }

    /**
     * Whether what {@code name} finds along the MRO is defined by a heap type (a class statement): the slot
     * is overridden. A built-in base earlier in the MRO that lacks the name does not hide a later class's
     * method: class X(int, Sized) takes __len__ from Sized, as CPython's slot inheritance does.
     */
    public boolean overrides(String name) {
        if (!heapType) {
            return false;
        }
        PyObject found = lookup(name);
        if (found == null) {
            return false;
        }
        for (PyType t : mro) {
            if (t.dict.get(name) == found) {
                return t.heapType;
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

    /** Whether this class's metaclass, a class statement's, defines the special method {@code name}. */
    private boolean metaclassOverrides(String name) {
        PyType meta = type();
        return meta != this && meta.isHeapType() && meta.overrides(name);
    }

    @Override
    public void setAttr(ThreadState ts, String attribute, PyObject value) {
        if (metaclassOverrides("__setattr__")) {
            ts.decref(ts.call(type().lookup("__setattr__"), this, PyStr.constant(attribute), value));
            return;
        }
        typeSetAttr(ts, attribute, value);
    }

    /** type_setattro, which type.__setattr__ is (a metaclass's super().__setattr__() lands here). */
    void typeSetAttr(ThreadState ts, String attribute, PyObject value) {
        if (!heapType) {
            throw PyErrors.typeError("cannot set '" + attribute + "' attribute of immutable type '" + name() + "'");
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
        if (metaclassOverrides("__delattr__")) {
            ts.decref(ts.call(type().lookup("__delattr__"), this, PyStr.constant(attribute)));
            return;
        }
        typeDelAttr(ts, attribute);
    }

    /** type.__delattr__. */
    void typeDelAttr(ThreadState ts, String attribute) {
        if (!heapType) {
            // CPython 3.11's type_setattro handles deletion too, so its message says "set"
            throw PyErrors.typeError("cannot set '" + attribute + "' attribute of immutable type '" + name() + "'");
        }
        PyObject old = dict.remove(ts, PyStr.constant(attribute));
        if (old == null) {
            throw PyErrors.attributeError("type object '" + name() + "' has no attribute '" + attribute + "'");
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

    /** type.__repr__, which repr(cls) is unless a metaclass defines __repr__ (enum's "<enum 'Color'>"). */
    @Override
    protected String builtinRepr() {
        return typeRepr();
    }

    /** type.__repr__: &lt;class 'module.Name'&gt;. */
    String typeRepr() {
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
            base.subclasses.remove(this);
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

    private PyType[] withSelfFirst(List<PyType> rest) {
        PyType[] all = new PyType[rest.size() + 1];
        all[0] = this;
        for (int i = 0; i < rest.size(); i++) {
            all[i + 1] = rest.get(i);
        }
        return all;
    }

    /** mro_implementation without the class itself: the C3 merge of the bases' MROs and the bases. */
    private static List<PyType> linearize(List<PyType> bases) {
        for (int i = 0; i < bases.size(); i++) {
            if (bases.subList(0, i).contains(bases.get(i))) {
                throw PyErrors.typeError("duplicate base class " + bases.get(i).name);
            }
        }
        List<List<PyType>> sequences = new ArrayList<>();
        for (PyType base : bases) {
            sequences.add(new ArrayList<>(List.of(base.mro)));
        }
        sequences.add(new ArrayList<>(bases));
        List<PyType> result = new ArrayList<>();
        while (true) {
            sequences.removeIf(List::isEmpty);
            if (sequences.isEmpty()) {
                return result;
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
    }

    /**
     * best_base: the lay-out a class extends, the most derived of its bases' lay-outs, which must lie on
     * one line. Bases that share a lay-out (two subclasses of one class with __slots__) agree; two that
     * each add slots, or a built-in type and a class with slots not derived from it, conflict.
     */
    private static PyType bestLayout(List<PyType> bases) {
        PyType winner = null;
        for (PyType base : bases) {
            PyType candidate = base.layout;
            if (winner == null || candidate.isSubtypeOf(winner)) {
                winner = candidate;
            } else if (!winner.isSubtypeOf(candidate)) {
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
        private final List<PyType> moreBases = new ArrayList<>();
        private NewFunction newFunction;
        private boolean subclassable;
        private boolean notBaseType;
        private boolean instanceDict = true;
        private boolean variableSize;
        private boolean vectorcall;
        private final Map<String, PyObject> attributes = new LinkedHashMap<>();

        private Builder(String name) {
            this.name = name;
        }

        public Builder base(PyType base) {
            this.base = base;
            return this;
        }

        /** Bases after the first (ExceptionGroup's Exception), in tp_bases order: the MRO merges them by C3. */
        public Builder moreBases(PyType... more) {
            moreBases.addAll(List.of(more));
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

        /** Its instances are called as CPython's vectorcall calls them, at no recursion level (Py_TPFLAGS_HAVE_VECTORCALL). */
        public Builder vectorcall() {
            this.vectorcall = true;
            return this;
        }

        /** No class may subclass it, though it makes instances (no Py_TPFLAGS_BASETYPE: bool). */
        public Builder notBaseType() {
            this.notBaseType = true;
            return this;
        }

        /** Its instances have no __dict__ (a zero tp_dictoffset), so neither have a subclass's whose __slots__ add none. */
        public Builder withoutInstanceDict() {
            this.instanceDict = false;
            return this;
        }

        /** Its instances hold a variable number of items (tp_itemsize): a subclass's __slots__ must be empty. */
        public Builder variableSize() {
            this.variableSize = true;
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

        /**
         * A read-only member (CPython's T_OBJECT or T_DOUBLE member with READONLY), computed by {@code getter}:
         * assigning or deleting it raises AttributeError("readonly attribute"), as a member descriptor's does.
         */
        public Builder readonlyMember(String name, NativeGetter getter) {
            return property(name, getter, (ts, self, value) -> {
                throw PyErrors.attributeError("readonly attribute");
            });
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
            PyType type = new PyType(this);
            for (PyObject attribute : attributes.values()) {
                if (attribute instanceof PyMethodDescriptor d) {
                    d.setOwner(type);
                }
            }
            return type;
        }
    }
}
