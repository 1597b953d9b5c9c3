package org.gillab.model.object;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.gillab.model.PythonException;
import org.gillab.model.compile.Scope;

/**
 * What calling and inspecting a type does (Objects/typeobject.c): type_call (__new__ then __init__),
 * object.__new__ and object.__init__ with their argument checks, type_getattro, and type.__new__, which
 * makes a class from a name, bases and namespace.
 */
public final class TypeCalls {
    private TypeCalls() {}

    /** Calling a class: its metaclass's __call__ when a metaclass overrides it, else {@link #typeCall}. */
    static PyObject call(ThreadState ts, PyType cls, Args args) {
        PyType meta = cls.type();
        if (meta != Types.TYPE && meta.overrides("__call__")) {
            return ts.invoker().call(ts, meta.lookup("__call__"), args.prepend(cls));
        }
        return typeCall(ts, cls, args);
    }

    /** type_call (type.__call__): type(x) is x's type; otherwise cls.__new__(cls, ...) then, for an instance of cls, __init__. */
    static PyObject typeCall(ThreadState ts, PyType cls, Args args) {
        if (cls == Types.TYPE && args.size() == 1) {
            args.noKeywords("type"); // as type_vectorcall refuses them
            return ts.newRef(args.get(0).type());
        }
        PyObject obj = callNew(ts, cls, args);
        if (obj.type().isSubtypeOf(cls)) {
            try {
                callInit(ts, obj, args);
            } catch (RuntimeException e) {
                ts.decref(obj);
                throw e;
            }
        }
        return obj;
    }

    /** cls.__new__(cls, *args): a Python __new__ along the MRO, or the native tp_new the class inherits. */
    static PyObject callNew(ThreadState ts, PyType cls, Args args) {
        PyObject newMethod = cls.lookup("__new__");
        if (newMethod instanceof PyStaticMethod s && !(s.callable instanceof PyBuiltin)) {
            return ts.invoker().call(ts, s.callable, args.prepend(cls));
        }
        PyType.NewFunction make = cls.newFunction();
        if (make == null) {
            throw PyErrors.typeError("cannot create '" + cls.name() + "' instances");
        }
        return make.make(cls, args);
    }

    private static void callInit(ThreadState ts, PyObject obj, Args args) {
        PyType type = obj.type();
        PyObject init = type.lookup("__init__");
        if (init instanceof PyMethodDescriptor m) {
            ts.decref(m.method().call(obj, args));
            return;
        }
        PyObject result = ts.invoker().call(ts, init, args.prepend(obj));
        if (result != PyNone.NONE) {
            ts.decref(result);
            throw PyErrors.typeError("__init__() should return None, not '" + result.type().name() + "'");
        }
    }

    /** Whether the first __new__ along the MRO is object's: the class does not override it (tp_new == object_new). */
    private static boolean usesObjectNew(PyType cls) {
        return cls.lookup("__new__") == Types.OBJECT.dict().get("__new__");
    }

    private static boolean usesObjectInit(PyType cls) {
        return cls.lookup("__init__") == Types.OBJECT.dict().get("__init__");
    }

    /** object.__new__(cls, ...): refuses arguments unless __init__ takes them; refuses abstract classes. */
    static PyObject objectNew(PyType cls, Args args) {
        boolean excess = args.size() > 0 || !args.keywordNames().isEmpty();
        if (excess && (!usesObjectNew(cls) || usesObjectInit(cls))) {
            throw PyErrors.typeError(!usesObjectNew(cls) ? "object.__new__() takes exactly one argument (the type to instantiate)"
                    : cls.name() + "() takes no arguments");
        }
        PyObject abstractMethods = cls.lookup("__abstractmethods__");
        if (abstractMethods != null && abstractMethods.truthy() && !(abstractMethods instanceof PyGetSetDescriptor)) {
            List<String> names = new ArrayList<>();
            for (PyObject n : Ops.toList(args.thread(), abstractMethods)) {
                names.add(n.str());
                args.thread().decref(n);
            }
            names.sort(null);
            throw PyErrors.typeError("Can't instantiate abstract class " + cls.name() + " with abstract method"
                    + (names.size() > 1 ? "s " : " ") + String.join(", ", names));
        }
        return new PyInstance(args.thread(), cls);
    }

    /** object.__init__(self, ...): refuses arguments unless __new__ took them. */
    static PyObject objectInit(PyObject self, Args args) {
        boolean excess = args.size() > 0 || !args.keywordNames().isEmpty();
        PyType type = self.type();
        if (excess && (!usesObjectInit(type) || usesObjectNew(type))) {
            throw PyErrors.typeError(!usesObjectInit(type) ? "object.__init__() takes exactly one argument (the instance to initialize)"
                    : type.name() + ".__init__() takes exactly one argument (the instance to initialize)");
        }
        return PyNone.NONE;
    }

    /** T.__new__ as found in T's namespace: a builtin taking the class first (tp_new_wrapper). */
    static PyBuiltin newWrapper(PyType owner) {
        return new PyBuiltin("__new__", args -> {
            if (args.size() == 0) {
                throw PyErrors.typeError(owner.name() + ".__new__(): not enough arguments");
            }
            if (!(args.get(0) instanceof PyType cls)) {
                throw PyErrors.typeError(owner.name() + ".__new__(X): X is not a type object (" + args.get(0).type().name() + ")");
            }
            if (!cls.isSubtypeOf(owner)) {
                throw PyErrors.typeError(owner.name() + ".__new__(" + cls.name() + "): " + cls.name() + " is not a subtype of "
                        + owner.name());
            }
            if (cls.solidBase() != owner.solidBase() && owner == Types.OBJECT) {
                throw PyErrors.typeError("object.__new__(" + cls.name() + ") is not safe, use " + cls.solidBase().name()
                        + ".__new__()");
            }
            PyType.NewFunction make = owner.newFunction();
            return make.make(cls, args.shift());
        });
    }

    /** type_getattro: data descriptors of the metatype, then the class's own MRO, then the metatype's attributes. */
    static PyObject getAttribute(ThreadState ts, PyType type, String name) {
        PyType meta = type.type();
        PyObject metaAttribute = meta.lookup(name);
        if (metaAttribute != null && Attributes.isDataDescriptor(metaAttribute)) {
            return Attributes.get(ts, metaAttribute, type, meta);
        }
        PyObject attribute = type.lookup(name);
        if (attribute != null) {
            return Attributes.get(ts, attribute, null, type);
        }
        if (metaAttribute != null) {
            return Attributes.get(ts, metaAttribute, type, meta);
        }
        if (name.equals("__class__")) { // object.__class__, which a class inherits like any object
            return ts.newRef(meta);
        }
        if (meta.isHeapType()) {
            PyObject getattr = meta.lookup("__getattr__");
            if (getattr != null) {
                return ts.call(getattr, type, PyStr.constant(name));
            }
        }
        throw PyErrors.attributeError("type object '" + type.name() + "' has no attribute '" + name + "'");
    }

    // ---- type.__new__: making a class ----

    /** type(name, bases, dict) and type.__new__(meta, name, bases, dict, **kwds) (type_new). */
    static PyObject typeNew(PyType meta, Args args) {
        ThreadState ts = args.thread();
        if (args.size() != 3) {
            throw PyErrors.typeError("type() takes 1 or 3 arguments");
        }
        if (!(args.get(0) instanceof PyStr name)) {
            throw PyErrors.badArgument("type.__new__() argument 1", "str", args.get(0));
        }
        if (!(args.get(1) instanceof PyTuple basesTuple)) {
            throw PyErrors.badArgument("type.__new__() argument 2", "tuple", args.get(1));
        }
        if (!(args.get(2) instanceof PyDict namespace)) {
            throw PyErrors.badArgument("type.__new__() argument 3", "dict", args.get(2));
        }
        List<PyType> bases = new ArrayList<>();
        for (int i = 0; i < basesTuple.size(); i++) {
            if (!(basesTuple.get(i) instanceof PyType base)) {
                throw PyErrors.typeError("metaclass conflict: the metaclass of a derived class must be a (non-strict)"
                        + " subclass of the metaclasses of all its bases");
            }
            if (!base.isBaseType()) {
                throw PyErrors.typeError("type '" + base.name() + "' is not an acceptable base type");
            }
            bases.add(base);
        }
        if (bases.isEmpty()) {
            bases.add(Types.OBJECT);
        }
        PyType winner = calculateMetaclass(meta, bases);
        if (winner != meta && winner.lookup("__new__") instanceof PyStaticMethod s && !(s.callable instanceof PyBuiltin)) {
            // type("X", (Base,), {}) where Base's metaclass has a __new__ of its own: type_new hands over to it
            return callNew(ts, winner, args);
        }
        PyType type = PyType.heapType(ts, winner, name.value, bases, namespace, slotsOf(ts, name.value, namespace));
        try {
            finishClass(ts, type, args);
        } catch (RuntimeException e) {
            ts.decref(type);
            throw e;
        }
        return type;
    }

    /** _PyType_CalculateMetaclass: the most derived of the given metaclass and the bases' metaclasses. */
    public static PyType calculateMetaclass(PyType meta, List<PyType> bases) {
        PyType winner = meta;
        for (PyType base : bases) {
            PyType t = base.type();
            if (winner.isSubtypeOf(t)) {
                continue;
            }
            if (t.isSubtypeOf(winner)) {
                winner = t;
                continue;
            }
            throw PyErrors.typeError("metaclass conflict: the metaclass of a derived class must be a (non-strict)"
                    + " subclass of the metaclasses of all its bases");
        }
        return winner;
    }

    /**
     * __slots__ of a namespace, or null when it has none; private names mangled with the class's name (as
     * type_new does); names that a class variable also takes are refused.
     */
    private static List<String> slotsOf(ThreadState ts, String className, PyDict namespace) {
        PyObject slots = namespace.get("__slots__");
        if (slots == null) {
            return null;
        }
        List<String> names = new ArrayList<>();
        List<PyObject> items = slots instanceof PyStr ? List.of(ts.newRef(slots)) : Ops.toList(ts, slots);
        for (PyObject item : items) {
            if (!(item instanceof PyStr s)) {
                throw PyErrors.typeError("__slots__ items must be strings, not '" + item.type().name() + "'");
            }
            names.add(Scope.mangle(className, s.value));
            ts.decref(item);
        }
        for (String n : names) {
            if (namespace.get(n) != null && !n.equals("__dict__") && !n.equals("__weakref__")) {
                throw PyErrors.valueError("'" + n + "' in __slots__ conflicts with class variable");
            }
        }
        return names;
    }

    /**
     * The rest of type_new: __qualname__, __doc__, implicit staticmethod/classmethod, __slots__ member
     * descriptors, the __classcell__, __set_name__ and the parent's __init_subclass__.
     */
    private static void finishClass(ThreadState ts, PyType type, Args args) {
        PyDict dict = type.dict();
        PyDict globals = ts.invoker().globals(ts);
        if (dict.get("__module__") == null && globals != null && globals.get("__name__") != null) {
            dict.put(ts, "__module__", globals.get("__name__")); // type(name, bases, ns) takes the caller's module
        }
        PyObject qualname = dict.remove(ts, PyStr.constant("__qualname__"));
        if (qualname != null) {
            type.setQualname(qualname.str());
            ts.decref(qualname);
        }
        wrap(ts, dict, "__new__", true);
        wrap(ts, dict, "__init_subclass__", false);
        wrap(ts, dict, "__class_getitem__", false);
        List<String> slots = type.ownSlots();
        for (int i = 0; i < slots.size(); i++) {
            PyObject member = new PyMemberDescriptor(ts, slots.get(i), type, type.slotStart() + i);
            dict.put(ts, slots.get(i), member);
            ts.decref(member);
        }
        addDictAndWeakref(ts, type);
        if (dict.get("__doc__") == null) {
            dict.put(ts, "__doc__", PyNone.NONE);
        }
        if (dict.get("__eq__") != null && dict.get("__hash__") == null) {
            dict.put(ts, "__hash__", PyNone.NONE); // a class that defines __eq__ alone is unhashable (inherit_slots)
        }
        PyObject cell = dict.remove(ts, PyStr.constant("__classcell__"));
        if (cell != null) {
            if (!(cell instanceof PyCell c)) {
                ts.decref(cell);
                throw PyErrors.typeError("__classcell__ must be a nonlocal cell, not " + cell.type());
            }
            c.set(ts, type);
            ts.decref(cell);
        }
        PyType.modified();
        for (Map.Entry<PyObject, PyObject> e : new ArrayList<>(dict.entries().entrySet())) {
            setName(ts, e.getValue(), type, e.getKey());
        }
        initSubclass(ts, type, args);
    }

    /**
     * The __dict__ and __weakref__ attributes (getset descriptors) of the first class along a line of
     * object's subclasses whose instances have a __dict__, or take weak references (type_new's add_dict and
     * add_weak, subtype_dict and subtype_getweakref).
     */
    private static void addDictAndWeakref(ThreadState ts, PyType type) {
        if (type.solidBase() != Types.OBJECT) {
            return;
        }
        if (type.instancesHaveDict() && type.bases().stream().noneMatch(b -> b.isHeapType() && b.instancesHaveDict())) {
            type.dict().put(ts, "__dict__", new PyGetSetDescriptor("__dict__", type.name(), TypeCalls::instanceDict, TypeCalls::setInstanceDict)
                    .documented("dictionary for instance variables"));
        }
        if (type.instancesWeaklyReferenceable()
                && type.bases().stream().noneMatch(b -> b.isHeapType() && b.instancesWeaklyReferenceable())) {
            type.dict().put(ts, "__weakref__", new PyGetSetDescriptor("__weakref__", type.name(), TypeCalls::firstWeakReference, null)
                    .documented("list of weak references to the object"));
        }
    }

    /** obj.__weakref__: the oldest live weak reference to it, or None. */
    private static PyObject firstWeakReference(ThreadState ts, PyObject self) {
        List<PyWeakRef> refs = PyWeakRef.referencesTo(self);
        return refs.isEmpty() ? PyNone.NONE : ts.newRef(refs.get(0));
    }

    private static PyObject instanceDict(ThreadState ts, PyObject self) {
        return ts.newRef(self.dictOrNull());
    }

    /** obj.__dict__ = mapping: replaces the instance's namespace (subtype_setdict). */
    private static void setInstanceDict(ThreadState ts, PyObject self, PyObject value) {
        if (value == null) {
            throw PyErrors.typeError("cannot delete __dict__");
        }
        if (!(value instanceof PyDict d)) {
            throw PyErrors.typeError("__dict__ must be set to a dictionary, not a '" + value.type().name() + "'");
        }
        ((PyInstance) self).replaceDict(ts, d);
    }

    /** obj.__class__ = cls: only between heap types whose instances have the same lay-out (object_set_class). */
    static void setClass(ThreadState ts, PyObject self, PyObject value) {
        if (value == null) {
            throw PyErrors.typeError("can't delete __class__ attribute");
        }
        if (!(value instanceof PyType cls)) {
            throw PyErrors.typeError("__class__ must be set to a class, not '" + value.type().name() + "' object");
        }
        PyType old = self.type();
        if (!cls.isHeapType() || !old.isHeapType() || !(self instanceof PyInstance instance)) {
            throw PyErrors.typeError("__class__ assignment only supported for mutable types or ModuleType subclasses");
        }
        if (cls.solidBase() != old.solidBase() || cls.slotCount() != old.slotCount()
                || cls.instancesHaveDict() != old.instancesHaveDict()) {
            throw PyErrors.typeError("__class__ assignment: '" + cls.name() + "' object layout differs from '" + old.name() + "'");
        }
        instance.replaceType(ts, cls);
    }

    /** __new__ becomes a staticmethod and __init_subclass__ a classmethod when given as plain functions. */
    private static void wrap(ThreadState ts, PyDict dict, String name, boolean isStatic) {
        PyObject f = dict.get(name);
        if (f instanceof PyFunction) {
            PyObject wrapped = isStatic ? PyStaticMethod.wrapping(ts, f) : PyClassMethod.wrapping(ts, f);
            dict.put(ts, name, wrapped);
            ts.decref(wrapped);
        }
    }

    /**
     * __set_name__(owner, name) of a class attribute (PEP 487); a property remembers its name. An error
     * in it becomes 3.11's RuntimeError with that error as its cause (type_new_set_names).
     */
    private static void setName(ThreadState ts, PyObject value, PyType owner, PyObject name) {
        if (value instanceof PyProperty p && !p.type().overrides("__set_name__")) {
            p.name = name.str();
            return;
        }
        PyType t = value.type();
        if (t.isHeapType()) {
            PyObject method = t.lookup("__set_name__");
            if (method != null) {
                try {
                    ts.decref(ts.call(method, value, owner, name));
                } catch (PythonException e) {
                    PythonException wrapped = PyErrors.runtimeError("Error calling __set_name__ on '" + t.name()
                            + "' instance " + name.repr() + " in '" + owner.name() + "'");
                    wrapped.exception().setCause(ts, e.exception());
                    wrapped.exception().setContext(ts, e.exception());
                    ts.decref(e.exception());
                    throw wrapped;
                }
            }
        }
    }

    /** super(type, type).__init_subclass__(**kwds) (PEP 487). */
    private static void initSubclass(ThreadState ts, PyType type, Args args) {
        PyType[] mro = type.mro();
        for (int i = 1; i < mro.length; i++) {
            PyObject found = mro[i].dict().get("__init_subclass__");
            if (found == null) {
                continue;
            }
            PyObject bound = Attributes.get(ts, found, null, type);
            try {
                ts.decref(ts.invoker().call(ts, bound, args.keywordsOnly()));
            } finally {
                ts.decref(bound);
            }
            return;
        }
    }

    /** object.__init_subclass__(): takes no keyword arguments. */
    static PyObject objectInitSubclass(PyObject cls, Args args) {
        if (!args.keywordNames().isEmpty() || args.size() > 0) {
            throw PyErrors.typeError(((PyType) cls).name() + ".__init_subclass__() takes no keyword arguments");
        }
        return PyNone.NONE;
    }

    /** dir(obj): the instance's __dict__ keys and every attribute along its type's MRO, sorted. */
    public static List<String> dir(PyObject obj) {
        TreeSet<String> names = new TreeSet<>();
        PyDict dict = obj.dictOrNull();
        if (dict != null && !(obj instanceof PyType)) {
            dict.entries().keySet().forEach(k -> names.add(k.str()));
        }
        PyType[] mro = obj instanceof PyType t ? t.mro() : obj.type().mro();
        for (PyType t : mro) {
            t.dict().entries().keySet().forEach(k -> names.add(k.str()));
        }
        if (obj instanceof PyModule m) {
            names.clear();
            m.dict().entries().keySet().forEach(k -> names.add(k.str()));
        }
        return new ArrayList<>(names);
    }
}
