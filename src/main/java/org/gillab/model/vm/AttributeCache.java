package org.gillab.model.vm;

import org.gillab.model.object.Attributes;
import org.gillab.model.object.PyBoundMethod;
import org.gillab.model.object.PyCode;
import org.gillab.model.object.PyDict;
import org.gillab.model.object.PyFunction;
import org.gillab.model.object.PyInstance;
import org.gillab.model.object.PyObject;
import org.gillab.model.object.PyStr;
import org.gillab.model.object.PyType;
import org.gillab.model.object.ThreadState;

/**
 * Inline caches of LOAD_ATTR, STORE_ATTR and LOAD_METHOD, as CPython 3.11 specializes them
 * (Python/specialize.c: LOAD_ATTR_INSTANCE_VALUE, STORE_ATTR_INSTANCE_VALUE, LOAD_METHOD_WITH_VALUES).
 * Each instruction remembers, for the last few types it met (a polymorphic cache, where CPython's is
 * monomorphic), what the type lookup of its name found: the class attribute, and whether the generic
 * protocol reduces to "the instance's __dict__, then that class attribute". An entry holds while no
 * type's namespace has changed since it was made: PyType's global version, which class attribute
 * assignment and deletion and class creation bump (PyType_Modified). A hit skips _PyType_Lookup along
 * the MRO and the __getattribute__ / __setattr__ checks; every other case runs the generic instruction,
 * whose results, reference counts and errors the fast paths reproduce exactly.
 */
final class AttributeCache {
    private AttributeCache() {}

    /** Entries kept per instruction, most recent first. */
    private static final int MAX_TYPES = 4;

    /** The type's protocol is not the plain one (a data descriptor, __getattribute__, __setattr__, slots): run the generic path. */
    private static final int GENERIC = 0;
    /** LOAD_ATTR: the instance's __dict__, then {@code classAttribute} (a function binds). */
    private static final int INSTANCE = 1;
    /** STORE_ATTR: into the instance's __dict__. */
    private static final int STORE_DICT = 2;
    /** LOAD_METHOD: {@code classAttribute} unbound with the object as self, unless the instance's __dict__ shadows it. */
    private static final int METHOD = 3;

    /** What one instruction learned about objects of one Java class and type, valid while the type version is unchanged. */
    private static final class Entry {
        final Class<?> javaClass;
        final PyType type;
        final long version;
        final int kind;
        /** What the type lookup found (borrowed: the type holds it while the version holds), or null. */
        final PyObject classAttribute;
        /** The entries for other types, still valid when this one was made. */
        Entry next;

        Entry(Class<?> javaClass, PyType type, long version, int kind, PyObject classAttribute) {
            this.javaClass = javaClass;
            this.type = type;
            this.version = version;
            this.kind = kind;
            this.classAttribute = classAttribute;
        }
    }

    /** obj.name (LOAD_ATTR at instruction {@code at}) for an instance of a class: a new reference, or null to run the generic path. */
    static PyObject load(ThreadState ts, PyCode code, int at, PyObject owner, PyStr name, boolean locks) {
        if (owner.getClass() != PyInstance.class) {
            return null;
        }
        PyInstance obj = (PyInstance) owner;
        PyType type = obj.type();
        Entry e = find(code, at, PyInstance.class, type);
        if (e == null) {
            e = learnLoad(code, at, type, name);
        }
        if (e.kind != INSTANCE) {
            return null;
        }
        PyObject value = instanceValue(obj, name, locks);
        if (value != null) {
            ts.incref(value);
            return value;
        }
        PyObject attribute = e.classAttribute;
        if (attribute == null) {
            return null; // AttributeError, or __getattr__: the generic path
        }
        return attribute instanceof PyFunction fn ? new PyBoundMethod(ts, fn, obj) : Attributes.get(ts, attribute, obj, type);
    }

    /** obj.name = value (STORE_ATTR) on an instance of a class, value borrowed; false to run the generic path. */
    static boolean store(ThreadState ts, PyCode code, int at, PyObject owner, PyStr name, PyObject value) {
        if (owner.getClass() != PyInstance.class) {
            return false;
        }
        PyInstance obj = (PyInstance) owner;
        PyType type = obj.type();
        Entry e = find(code, at, PyInstance.class, type);
        if (e == null) {
            e = learnStore(code, at, type, name);
        }
        PyDict dict = obj.dictOrNull();
        if (e.kind != STORE_DICT || dict == null) {
            return false;
        }
        dict.put(ts, name, value);
        return true;
    }

    /**
     * LOAD_METHOD: when the cached type's attribute is a method the object does not shadow, puts (method, self)
     * at {@code s[sp - 1], s[sp]} as {@link Instructions#loadMethod} does; false to run that instead.
     */
    static boolean loadMethod(ThreadState ts, PyCode code, int at, PyObject[] s, int sp, PyStr name, boolean locks) {
        PyObject owner = s[sp - 1];
        Class<?> javaClass = owner.getClass();
        PyType type = owner.type();
        Entry e = find(code, at, javaClass, type);
        if (e == null) {
            e = learnMethod(code, at, owner, type, name);
        }
        if (e.kind != METHOD || owner.dictOrNull() != null && dictValue(owner.dictOrNull(), name, locks) != null) {
            return false;
        }
        PyObject method = e.classAttribute;
        ts.incref(method);
        s[sp - 1] = method;
        s[sp] = owner;
        return true;
    }

    private static PyObject instanceValue(PyInstance obj, PyStr name, boolean locks) {
        PyDict dict = obj.dictOrNull();
        return dict == null ? null : dictValue(dict, name, locks);
    }

    /** dict[name], borrowed, or null; without the dict's lock when a GIL serializes access ({@code locks} false). */
    private static PyObject dictValue(PyDict dict, PyStr name, boolean locks) {
        return locks ? dict.get(name) : dict.entries().get(name);
    }

    private static Entry find(PyCode code, int at, Class<?> javaClass, PyType type) {
        Object[] caches = code.caches;
        if (caches == null) {
            return null;
        }
        long version = PyType.version();
        for (Entry e = (Entry) caches[at]; e != null; e = e.next) {
            if (e.type == type && e.javaClass == javaClass && e.version == version) {
                return e;
            }
        }
        return null;
    }

    private static Entry learnLoad(PyCode code, int at, PyType type, PyStr name) {
        long version = PyType.version(); // before the lookups: a change meanwhile leaves the entry stale, never wrong
        PyObject attribute = type.lookup(name.value);
        boolean plain = !type.overrides("__getattribute__")
                && (attribute == null || !Attributes.isDataDescriptor(attribute));
        return remember(code, at, new Entry(PyInstance.class, type, version, plain ? INSTANCE : GENERIC, attribute));
    }

    private static Entry learnStore(PyCode code, int at, PyType type, PyStr name) {
        long version = PyType.version();
        PyObject attribute = type.lookup(name.value);
        boolean plain = !type.overrides("__setattr__") && type.lookup("__slots__") == null
                && (attribute == null || !Attributes.isDataDescriptor(attribute));
        return remember(code, at, new Entry(PyInstance.class, type, version, plain ? STORE_DICT : GENERIC, attribute));
    }

    private static Entry learnMethod(PyCode code, int at, PyObject owner, PyType type, PyStr name) {
        long version = PyType.version();
        PyObject method = Instructions.unboundMethod(owner, type, name.value);
        return remember(code, at, new Entry(owner.getClass(), type, version, method != null ? METHOD : GENERIC, method));
    }

    /**
     * Puts {@code e} first in the instruction's cache, before the entries for other types while they are valid
     * and fewer than {@link #MAX_TYPES}. Entries are published by a plain write: a racing thread sees the old
     * chain or the new one, and a chain is never changed once published.
     */
    private static Entry remember(PyCode code, int at, Entry e) {
        Object[] caches = slots(code);
        Entry previous = (Entry) caches[at];
        int kept = 0;
        for (Entry p = previous; p != null && p.version == e.version; p = p.next) {
            kept++;
        }
        e.next = kept > 0 && kept < MAX_TYPES ? previous : null;
        caches[at] = e;
        return e;
    }

    /** The code's inline cache slots, one per instruction (for this class and {@link GlobalCache}), made on first use. */
    static Object[] slots(PyCode code) {
        Object[] caches = code.caches;
        if (caches == null) {
            caches = new Object[code.instructions.length];
            code.caches = caches; // a benign race: a lost array only costs its entries
        }
        return caches;
    }
}
