package org.gillab.model.object;

import org.gillab.model.compile.CompareOperator;

/**
 * object (Objects/typeobject.c object_*): the base of every type, with its slot wrappers (__repr__,
 * __hash__, the comparisons, attribute access, __init__) and methods (__format__, __dir__, __getstate__,
 * __sizeof__, __reduce_ex__...), which classes inherit and {@code super()} reaches.
 */
final class ObjectMethods {
    private ObjectMethods() {}

    static PyType objectType() {
        PyType.Builder b = PyType.builder("object").newInstance(TypeCalls::objectNew).withoutInstanceDict();
        SlotWrappers.define(b, "__init__", TypeCalls::objectInit);
        SlotWrappers.define(b, "__repr__", (self, a) -> {
            a.noArgs("object.__repr__");
            return new PyStr(a.thread(), defaultRepr(self));
        });
        SlotWrappers.define(b, "__str__", (self, a) -> {
            a.noArgs("object.__str__");
            // object_str returns what tp_repr returns, unchecked: str() is the one to refuse a non-string
            return self.type().overrides("__repr__") ? Slots.call(a.thread(), self, self.type().lookup("__repr__"))
                    : new PyStr(a.thread(), self.repr());
        });
        SlotWrappers.define(b, "__hash__", (self, a) -> {
            a.noArgs("object.__hash__");
            return PyInt.of(a.thread(), Hashing.identity(self));
        });
        for (String name : new String[] {"__lt__", "__le__", "__gt__", "__ge__"}) {
            SlotWrappers.define(b, name, (self, a) -> {
                oneArg(a, name);
                return PySingleton.NOT_IMPLEMENTED;
            });
        }
        SlotWrappers.define(b, "__eq__", (self, a) -> self == oneArg(a, "__eq__") ? PyBool.TRUE : PySingleton.NOT_IMPLEMENTED);
        SlotWrappers.define(b, "__ne__", (self, a) -> {
            PyObject other = oneArg(a, "__ne__");
            ThreadState ts = a.thread();
            if (self == other) {
                return PyBool.FALSE;
            }
            PyObject eq = Slots.overridden(self, "__eq__") ? Slots.call(ts, self, self.type().lookup("__eq__"), other)
                    : Ops.builtinCompare(ts, CompareOperator.EQ, self, other);
            if (eq == PySingleton.NOT_IMPLEMENTED) {
                return eq;
            }
            boolean truth = eq.truthy();
            ts.decref(eq);
            return PyBool.of(!truth);
        });
        SlotWrappers.define(b, "__getattribute__", (self, a) -> {
            String name = attributeName(oneArg(a, "__getattribute__"));
            PyObject found = Attributes.genericGetOrNull(a.thread(), self, name);
            if (found == null) {
                throw Attributes.missing(self, name);
            }
            return found;
        });
        SlotWrappers.define(b, "__setattr__", (self, a) -> {
            a.checkPositional("__setattr__", "object.__setattr__", 2, 2);
            Attributes.genericSet(a.thread(), self, attributeName(a.get(0)), a.get(1));
            return PyNone.NONE;
        });
        SlotWrappers.define(b, "__delattr__", (self, a) -> {
            Attributes.genericDelete(a.thread(), self, attributeName(oneArg(a, "__delattr__")));
            return PyNone.NONE;
        });
        return b
                .method("__format__", (self, a) -> {
                    String spec = StrMethods.strArg(a.oneArg("object.__format__"), "__format__", 0);
                    if (!spec.isEmpty()) {
                        throw PyErrors.typeError("unsupported format string passed to " + self.type().name() + ".__format__");
                    }
                    return new PyStr(a.thread(), self.str());
                })
                .method("__dir__", (self, a) -> {
                    a.noArgs("object.__dir__");
                    PyList names = new PyList(a.thread());
                    TypeCalls.dir(self).forEach(n -> names.appendOwned(new PyStr(a.thread(), n)));
                    return names;
                })
                .method("__getstate__", Reductions::objectGetstate)
                .method("__sizeof__", (self, a) -> {
                    a.noArgs("object.__sizeof__");
                    return PyInt.of(a.thread(), self.type() != Types.OBJECT && self.dictOrNull() != null ? 24 : 16);
                })
                .method("__reduce_ex__", Reductions::objectReduceEx)
                .method("__reduce__", Reductions::objectReduce)
                .classMethod("__init_subclass__", TypeCalls::objectInitSubclass)
                .classMethod("__subclasshook__", (cls, a) -> PySingleton.NOT_IMPLEMENTED)
                .property("__class__", (ts, self) -> ts.newRef(self.type()), TypeCalls::setClass)
                .attribute("__doc__", PyStr.constant("The base class of the class hierarchy.\n\nWhen called, it accepts no"
                        + " arguments and returns a new featureless\ninstance that has no instance attributes and cannot be given any.\n"))
                .build();
    }

    /** A slot wrapper's one argument: "expected 1 argument, got 2" otherwise. */
    private static PyObject oneArg(Args a, String name) {
        if (!a.keywordNames().isEmpty()) {
            throw PyErrors.typeError("wrapper " + name + "() takes no keyword arguments");
        }
        if (a.size() != 1) {
            throw PyErrors.typeError("expected 1 argument, got " + a.size());
        }
        return a.get(0);
    }

    private static String attributeName(PyObject name) {
        if (!(name instanceof PyStr s)) {
            throw PyErrors.typeError("attribute name must be string, not '" + name.type().name() + "'");
        }
        return s.value;
    }

    /** object.__repr__: {@code <module.Class object at 0x...>}, the module left out for built-in types. */
    static String defaultRepr(PyObject self) {
        PyType type = self.type();
        String module = type.moduleName();
        String prefix = module == null || module.equals("builtins") ? "" : module + ".";
        return "<" + prefix + type.qualname() + " object at " + self.address() + ">";
    }
}
