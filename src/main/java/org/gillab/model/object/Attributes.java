package org.gillab.model.object;

/**
 * Attribute access (Objects/object.c PyObject_GenericGetAttr / PyObject_GenericSetAttr) and the
 * descriptor protocol (Objects/descrobject.c, funcobject.c): a data descriptor on the type wins over the
 * instance's __dict__, which wins over a non-data descriptor (a function becomes a bound method) or a
 * plain class attribute.
 */
public final class Attributes {
    private Attributes() {}

    public static PyObject genericGet(ThreadState ts, PyObject obj, String name) {
        PyObject found = genericGetOrNull(ts, obj, name);
        if (found == null) {
            throw missing(obj, name);
        }
        return found;
    }

    /** Like {@link #genericGet} but null instead of AttributeError when nothing has the name. */
    static PyObject genericGetOrNull(ThreadState ts, PyObject obj, String name) {
        PyType type = obj.type();
        PyObject descriptor = type.lookup(name);
        if (descriptor != null && isDataDescriptor(descriptor)) {
            return get(ts, descriptor, obj, type);
        }
        PyDict dict = obj.dictOrNull();
        if (dict != null) {
            PyObject value = dict.get(name);
            if (value != null) {
                return ts.newRef(value);
            }
        }
        if (descriptor != null) {
            return get(ts, descriptor, obj, type);
        }
        if (name.equals("__dict__") && dict != null) {
            return ts.newRef(dict);
        }
        return null;
    }

    /** AttributeError: 'X' object has no attribute 'name'. */
    static RuntimeException missing(PyObject obj, String name) {
        return PyErrors.attributeError("'" + obj.type().name() + "' object has no attribute '" + name + "'");
    }

    public static void genericSet(ThreadState ts, PyObject obj, String name, PyObject value) {
        PyType type = obj.type();
        PyObject descriptor = type.lookup(name);
        if (descriptor != null && isDataDescriptor(descriptor)) {
            set(ts, descriptor, obj, value);
            return;
        }
        PyDict dict = obj.dictOrNull();
        if (dict == null) {
            throw readOnly(obj, name, descriptor);
        }
        dict.put(ts, name, value);
    }

    public static void genericDelete(ThreadState ts, PyObject obj, String name) {
        PyType type = obj.type();
        PyObject descriptor = type.lookup(name);
        if (descriptor != null && isDataDescriptor(descriptor)) {
            set(ts, descriptor, obj, null);
            return;
        }
        PyDict dict = obj.dictOrNull();
        if (dict == null) {
            throw readOnly(obj, name, descriptor);
        }
        PyObject old = dict.remove(ts, PyStr.constant(name));
        if (old == null) {
            throw missing(obj, name);
        }
        ts.decref(old);
    }

    private static RuntimeException readOnly(PyObject obj, String name, PyObject descriptor) {
        if (descriptor != null) {
            return PyErrors.attributeError("'" + obj.type().name() + "' object attribute '" + name + "' is read-only");
        }
        return missing(obj, name);
    }

    /** Whether the type of {@code d} defines __set__ or __delete__ (PyDescr_IsData). */
    public static boolean isDataDescriptor(PyObject d) {
        if (d instanceof PyProperty || d instanceof PyGetSetDescriptor || d instanceof PyMemberDescriptor) {
            return true;
        }
        PyType t = d.type();
        return t.isHeapType() && (t.lookup("__set__") != null || t.lookup("__delete__") != null);
    }

    /**
     * descr.__get__(instance, owner): binds a function or method descriptor to {@code instance}, a
     * classmethod to {@code owner}; instance null means the attribute was found through the class itself.
     * A subclass of property, classmethod or staticmethod that defines __get__ has it called.
     */
    public static PyObject get(ThreadState ts, PyObject descriptor, PyObject instance, PyType owner) {
        if (descriptor.type().overrides("__get__")) {
            return callGet(ts, descriptor.type().lookup("__get__"), descriptor, instance, owner);
        }
        if (descriptor instanceof PyFunction f) {
            return instance == null ? ts.newRef(f) : new PyBoundMethod(ts, f, instance);
        }
        if (descriptor instanceof PyMethodDescriptor m) {
            return instance == null ? ts.newRef(m) : m.bind(ts, instance);
        }
        if (descriptor instanceof PyClassMethod c) {
            PyType cls = owner != null ? owner : instance.type();
            return c.callable instanceof PyMethodDescriptor m ? new PyMethod(ts, cls, m.name(), m.method())
                    : new PyBoundMethod(ts, c.callable, cls);
        }
        if (descriptor instanceof PyStaticMethod s) {
            return ts.newRef(s.callable);
        }
        if (descriptor instanceof PyProperty p) {
            return instance == null ? ts.newRef(p) : p.get(ts, instance);
        }
        if (descriptor instanceof PyGetSetDescriptor g) {
            return instance == null ? ts.newRef(g) : g.get(ts, instance);
        }
        if (descriptor instanceof PyMemberDescriptor m) {
            return instance == null ? ts.newRef(m) : m.get(ts, instance);
        }
        if (descriptor instanceof NativeDescriptor d) {
            return d.descriptorGet(ts, instance, owner);
        }
        PyType t = descriptor.type();
        if (t.isHeapType()) {
            PyObject get = t.lookup("__get__");
            if (get != null) {
                return callGet(ts, get, descriptor, instance, owner);
            }
        }
        return ts.newRef(descriptor);
    }

    /** type(descriptor).__get__(descriptor, instance or None, owner or None). */
    private static PyObject callGet(ThreadState ts, PyObject get, PyObject descriptor, PyObject instance, PyType owner) {
        return ts.call(get, descriptor, instance == null ? PyNone.NONE : instance, owner == null ? PyNone.NONE : owner);
    }

    /** descr.__set__(instance, value), or __delete__(instance) when value is null; a property subclass's own first. */
    static void set(ThreadState ts, PyObject descriptor, PyObject instance, PyObject value) {
        if (descriptor instanceof PyProperty p && !p.type().overrides(value == null ? "__delete__" : "__set__")) {
            p.set(ts, instance, value);
            return;
        }
        if (descriptor instanceof PyGetSetDescriptor g) {
            g.set(ts, instance, value);
            return;
        }
        if (descriptor instanceof PyMemberDescriptor m) {
            m.set(ts, instance, value);
            return;
        }
        PyType t = descriptor.type();
        PyObject method = t.lookup(value == null ? "__delete__" : "__set__");
        if (method == null) {
            throw PyErrors.attributeError(value == null ? "__delete__" : "__set__");
        }
        ts.decref(value == null ? ts.call(method, descriptor, instance) : ts.call(method, descriptor, instance, value));
    }

    /** Whether {@code d} binds when found on a type (has __get__): functions and method descriptors do. */
    public static boolean binds(PyObject d) {
        return d instanceof PyFunction || d instanceof PyMethodDescriptor;
    }
}
