package org.gillab.model.object;

/**
 * The built-in types (Objects/*.c), with their constructors and methods. Immortal, shared by every
 * interpreter. {@link #OBJECT} comes first: every other type is built on it.
 */
public final class Types {
    private Types() {}

    /** A lookup cache's "not found" marker. */
    static final PyObject MISSING = new PyObject() {
        @Override
        public PyType type() {
            return OBJECT;
        }
    };

    public static final PyType OBJECT = PyType.builder("object")
            .newInstance(TypeCalls::objectNew)
            .method("__init__", TypeCalls::objectInit)
            .method("__repr__", (self, a) -> new PyStr(a.thread(), self instanceof PyInstance i ? i.defaultRepr()
                    : "<" + self.type().name() + " object at " + self.address() + ">"))
            .method("__str__", (self, a) -> new PyStr(a.thread(), self.repr()))
            .method("__eq__", (self, a) -> self == a.get(0) ? PyBool.TRUE : PySingleton.NOT_IMPLEMENTED)
            .method("__ne__", (self, a) -> {
                PyObject eq = Ops.richCompare(a.thread(), org.gillab.model.compile.CompareOperator.EQ, self, a.get(0));
                return eq == PySingleton.NOT_IMPLEMENTED ? eq : PyBool.of(!eq.truthy());
            })
            .method("__hash__", (self, a) -> PyInt.of(a.thread(), Hashing.identity(self)))
            .method("__format__", (self, a) -> {
                a.expectPositional("__format__", 1, 1);
                if (!a.get(0).str().isEmpty()) {
                    throw PyErrors.typeError("unsupported format string passed to " + self.type().name() + ".__format__");
                }
                return new PyStr(a.thread(), self.str());
            })
            .method("__getattribute__", (self, a) -> {
                a.expectPositional("__getattribute__", 1, 1);
                PyObject found = Attributes.genericGetOrNull(a.thread(), self, a.get(0).str());
                if (found == null) {
                    throw Attributes.missing(self, a.get(0).str());
                }
                return found;
            })
            .method("__setattr__", (self, a) -> {
                a.expectPositional("__setattr__", 2, 2);
                Attributes.genericSet(a.thread(), self, a.get(0).str(), a.get(1));
                return PyNone.NONE;
            })
            .method("__delattr__", (self, a) -> {
                a.expectPositional("__delattr__", 1, 1);
                Attributes.genericDelete(a.thread(), self, a.get(0).str());
                return PyNone.NONE;
            })
            .method("__dir__", (self, a) -> {
                PyList names = new PyList(a.thread());
                TypeCalls.dir(self).forEach(n -> names.appendOwned(new PyStr(a.thread(), n)));
                return names;
            })
            .method("__reduce_ex__", (self, a) -> {
                throw PyErrors.typeError("cannot pickle '" + self.type().name() + "' object");
            })
            .property("__class__", (ts, self) -> ts.newRef(self.type()), TypeCalls::setClass)
            .classMethod("__init_subclass__", TypeCalls::objectInitSubclass)
            .classMethod("__subclasshook__", (cls, a) -> PySingleton.NOT_IMPLEMENTED)
            .build();

    public static final PyType TYPE = PyType.builder("type")
            .newInstance(TypeCalls::typeNew)
            .method("__init__", (self, a) -> PyNone.NONE)
            .method("__call__", (self, a) -> TypeCalls.typeCall(a.thread(), (PyType) self, a))
            .method("__repr__", (self, a) -> new PyStr(a.thread(), self.repr()))
            .method("mro", (self, a) -> {
                PyList list = new PyList(a.thread());
                for (PyType t : ((PyType) self).mro()) {
                    list.append(a.thread(), t);
                }
                return list;
            })
            .method("__subclasses__", (self, a) -> new PyList(a.thread()))
            .method("__instancecheck__", (self, a) -> PyBool.of(a.get(0).type().isSubtypeOf((PyType) self)))
            .method("__subclasscheck__", (self, a) -> PyBool.of(a.get(0) instanceof PyType t && t.isSubtypeOf((PyType) self)))
            .classMethod("__prepare__", (cls, a) -> new PyDict(a.thread()))
            .property("__name__", (ts, self) -> new PyStr(ts, ((PyType) self).name()),
                    (ts, self, v) -> heap(self).setName(v.str()))
            .property("__qualname__", (ts, self) -> new PyStr(ts, ((PyType) self).qualname()),
                    (ts, self, v) -> heap(self).setQualname(v.str()))
            .property("__module__", (ts, self) -> {
                String module = ((PyType) self).moduleName();
                return module == null ? PyNone.NONE : new PyStr(ts, module);
            }, (ts, self, v) -> heap(self).dict().put(ts, "__module__", v))
            .getter("__bases__", (ts, self) -> PyTuple.of(ts, ((PyType) self).bases().toArray(new PyObject[0])))
            .getter("__base__", (ts, self) -> ts.newRef(((PyType) self).base() == null ? PyNone.NONE : ((PyType) self).base()))
            .getter("__mro__", (ts, self) -> PyTuple.of(ts, ((PyType) self).mro()))
            .getter("__dict__", (ts, self) -> MappingProxy.of(ts, ((PyType) self).dict()))
            .property("__doc__", (ts, self) -> {
                PyObject doc = ((PyType) self).dict().get("__doc__");
                return ts.newRef(doc == null ? PyNone.NONE : doc);
            }, (ts, self, v) -> heap(self).dict().put(ts, "__doc__", v))
            .build();

    private static PyType heap(PyObject self) {
        PyType t = (PyType) self;
        if (!t.isHeapType()) {
            throw PyErrors.typeError("cannot set attribute of immutable type '" + t.name() + "'");
        }
        return t;
    }

    public static final PyType INT = Methods.number(PyType.builder("int").constructor(Types::newInt)).build();
    public static final PyType BOOL = Methods.number(PyType.builder("bool").base(INT)
            .constructor(args -> {
                args.expectPositional("bool", 0, 1);
                return PyBool.of(args.size() == 1 && Ops.truthy(args.thread(), args.get(0)));
            })).build();
    public static final PyType FLOAT = Methods.number(PyType.builder("float").constructor(Types::newFloat)).build();
    public static final PyType STR = Methods.str(PyType.builder("str").constructor(args -> {
        PyObject[] a = args.bind("str", 0, "object", "encoding", "errors");
        if (a[0] == null) {
            return PyStr.constant("");
        }
        if (a[1] != null && a[0] instanceof PyBytes b) {
            return new PyStr(args.thread(), b.decode(a[1].str(), a[2] == null ? "strict" : a[2].str()));
        }
        return a[0] instanceof PyStr s ? args.thread().newRef(s) : new PyStr(args.thread(), Ops.str(args.thread(), a[0]));
    })).build();
    public static final PyType LIST = Methods.list(PyType.builder("list").newInstance((cls, args) -> {
        ThreadState ts = args.thread();
        return cls == Types.LIST ? new PyList(ts) : new PyList.Sub(ts, cls);
    }).method("__init__", (self, args) -> {
        args.expectPositional("list", 0, 1);
        PyList list = (PyList) self;
        list.clear(args.thread());
        if (args.size() == 1) {
            Ops.extend(args.thread(), list, args.get(0));
        }
        return PyNone.NONE;
    })).build();
    public static final PyType TUPLE = Methods.tuple(PyType.builder("tuple").newInstance((cls, args) -> {
        args.expectPositional("tuple", 0, 1);
        ThreadState ts = args.thread();
        if (args.size() == 0) {
            return cls == Types.TUPLE ? PyTuple.EMPTY : new PyTuple.Sub(ts, cls, new PyObject[0]);
        }
        if (cls == Types.TUPLE && args.get(0) instanceof PyTuple t && t.type() == Types.TUPLE) {
            return ts.newRef(t);
        }
        PyObject[] items = Ops.toList(ts, args.get(0)).toArray(new PyObject[0]);
        if (cls != Types.TUPLE) {
            return new PyTuple.Sub(ts, cls, items);
        }
        return items.length == 0 ? PyTuple.EMPTY : new PyTuple(ts, items);
    })).build();
    public static final PyType DICT = Methods.dict(PyType.builder("dict").newInstance((cls, args) -> {
        ThreadState ts = args.thread();
        return cls == Types.DICT ? new PyDict(ts) : new PyDict.Sub(ts, cls);
    }).method("__init__", (self, args) -> {
        args.expectPositional("dict", 0, 1);
        Methods.update(args.thread(), (PyDict) self, args);
        return PyNone.NONE;
    })).build();
    public static final PyType SET = Methods.set(PyType.builder("set").newInstance((cls, args) -> {
        ThreadState ts = args.thread();
        return cls == Types.SET ? new PySet(ts, false) : new PySet.Sub(ts, cls, false);
    }).method("__init__", (self, args) -> {
        args.expectPositional("set", 0, 1);
        PySet set = (PySet) self;
        set.clear(args.thread());
        if (args.size() == 1) {
            set.addAll(args.thread(), args.get(0));
        }
        return PyNone.NONE;
    }), false).build();
    public static final PyType FROZENSET = Methods.set(PyType.builder("frozenset").newInstance((cls, args) -> {
        args.expectPositional("frozenset", 0, 1);
        ThreadState ts = args.thread();
        PySet set = cls == Types.FROZENSET ? new PySet(ts, true) : new PySet.Sub(ts, cls, true);
        if (args.size() == 1) {
            set.addAll(ts, args.get(0));
        }
        return set;
    }), true).build();
    public static final PyType BYTES = Methods.bytes(PyType.builder("bytes").constructor(PyBytes::construct)).build();
    public static final PyType BYTEARRAY = Methods.bytes(PyType.builder("bytearray").constructor(PyBytes::constructArray)).build();
    public static final PyType NONE = PyType.builder("NoneType").build();
    public static final PyType NOT_IMPLEMENTED_TYPE = PyType.builder("NotImplementedType").build();
    public static final PyType ELLIPSIS_TYPE = PyType.builder("ellipsis").build();
    public static final PyType RANGE = Methods.range(PyType.builder("range").constructor(Types::newRange)).build();
    public static final PyType SLICE = PyType.builder("slice").constructor(args -> {
        args.expectPositional("slice", 1, 3);
        ThreadState ts = args.thread();
        return args.size() == 1 ? new PySlice(ts, PyNone.NONE, args.get(0), PyNone.NONE)
                : new PySlice(ts, args.get(0), args.get(1), args.size() == 3 ? args.get(2) : PyNone.NONE);
    }).getter("start", (ts, self) -> ts.newRef(((PySlice) self).start))
            .getter("stop", (ts, self) -> ts.newRef(((PySlice) self).stop))
            .getter("step", (ts, self) -> ts.newRef(((PySlice) self).step))
            .build();
    public static final PyType FUNCTION = PyType.builder("function").build();
    public static final PyType BUILTIN = PyType.builder("builtin_function_or_method")
            .getter("__name__", (ts, self) -> new PyStr(ts, ((PyBuiltin) self).name()))
            .getter("__qualname__", (ts, self) -> new PyStr(ts, ((PyBuiltin) self).name()))
            .getter("__module__", (ts, self) -> {
                String module = ((PyBuiltin) self).module();
                return module == null ? PyNone.NONE : new PyStr(ts, module);
            })
            .build();
    public static final PyType METHOD = PyType.builder("builtin_function_or_method").build();
    public static final PyType BOUND_METHOD = PyType.builder("method").build();
    public static final PyType METHOD_DESCRIPTOR = PyType.builder("method_descriptor").build();
    public static final PyType GETSET_DESCRIPTOR = PyType.builder("getset_descriptor").build();
    public static final PyType MEMBER_DESCRIPTOR = PyType.builder("member_descriptor").build();
    public static final PyType CLASSMETHOD = PyType.builder("classmethod")
            .newInstance((cls, args) -> {
                args.expectPositional("classmethod", 1, 1);
                return new PyClassMethod(args.thread(), args.get(0));
            }).build();
    public static final PyType STATICMETHOD = PyType.builder("staticmethod")
            .newInstance((cls, args) -> {
                args.expectPositional("staticmethod", 1, 1);
                return new PyStaticMethod(args.thread(), args.get(0));
            }).build();
    public static final PyType PROPERTY = PyType.builder("property")
            .newInstance((cls, args) -> {
                PyObject[] a = args.bind("property", 0, "fget", "fset", "fdel", "doc");
                PyObject doc = a[3] != null ? a[3] : a[0] != null ? docOf(args.thread(), a[0]) : PyNone.NONE;
                PyProperty p = new PyProperty(args.thread(), or(a[0]), or(a[1]), or(a[2]), doc);
                if (a[3] == null && a[0] != null) {
                    args.thread().decref(doc);
                }
                return p;
            })
            .method("getter", (self, a) -> ((PyProperty) self).with(a.thread(), "getter", a.get(0)))
            .method("setter", (self, a) -> ((PyProperty) self).with(a.thread(), "setter", a.get(0)))
            .method("deleter", (self, a) -> ((PyProperty) self).with(a.thread(), "deleter", a.get(0)))
            .method("__get__", (self, a) -> a.get(0) == PyNone.NONE ? a.thread().newRef(self)
                    : ((PyProperty) self).get(a.thread(), a.get(0)))
            .method("__set__", (self, a) -> {
                ((PyProperty) self).set(a.thread(), a.get(0), a.get(1));
                return PyNone.NONE;
            })
            .getter("fget", (ts, self) -> ts.newRef(((PyProperty) self).getter))
            .getter("fset", (ts, self) -> ts.newRef(((PyProperty) self).setter))
            .getter("fdel", (ts, self) -> ts.newRef(((PyProperty) self).deleter))
            .getter("__doc__", (ts, self) -> ts.newRef(((PyProperty) self).doc))
            .build();
    public static final PyType MAPPINGPROXY = PyType.builder("mappingproxy").build();
    public static final PyType MODULE = PyType.builder("module").build();
    public static final PyType CODE = PyType.builder("code").build();
    public static final PyType CELL = PyType.builder("cell").build();
    public static final PyType TRACEBACK = PyType.builder("traceback").build();
    public static final PyType FRAME = PyType.builder("frame").build();
    public static final PyType LIST_ITERATOR = iterator("list_iterator");
    public static final PyType TUPLE_ITERATOR = iterator("tuple_iterator");
    public static final PyType STR_ITERATOR = iterator("str_ascii_iterator");
    public static final PyType RANGE_ITERATOR = iterator("range_iterator");
    public static final PyType DICT_KEY_ITERATOR = iterator("dict_keyiterator");
    public static final PyType DICT_VALUE_ITERATOR = iterator("dict_valueiterator");
    public static final PyType DICT_ITEM_ITERATOR = iterator("dict_itemiterator");
    public static final PyType SET_ITERATOR = iterator("set_iterator");
    public static final PyType BYTES_ITERATOR = iterator("bytes_iterator");
    public static final PyType CALLABLE_ITERATOR = iterator("callable_iterator");
    public static final PyType ITERATOR = iterator("iterator");
    public static final PyType ENUMERATE = iteratorType("enumerate", args -> {
        PyObject[] a = args.bind("enumerate", 1, "iterable", "start");
        long start = a[1] == null ? 0 : Convert.toLong(a[1], "enumerate");
        return new PyIterator.Enumerate(args.thread(), Ops.iter(args.thread(), a[0]), start);
    });
    public static final PyType ZIP = iteratorType("zip", PyIterator.Zip::construct);
    public static final PyType MAP = iteratorType("map", PyIterator.MapIterator::construct);
    public static final PyType FILTER = iteratorType("filter", PyIterator.FilterIterator::construct);
    public static final PyType REVERSED = iteratorType("reversed", PyIterator.Reversed::construct);

    /** A built-in iterator type: __iter__ returns itself, __next__ its next item or StopIteration. */
    private static PyType iterator(String name) {
        return iteratorMethods(PyType.builder(name)).build();
    }

    private static PyType iteratorType(String name, NativeFunction constructor) {
        return iteratorMethods(PyType.builder(name).constructor(constructor)).build();
    }

    private static PyType.Builder iteratorMethods(PyType.Builder b) {
        return b.method("__iter__", (self, a) -> a.thread().newRef(self))
                .method("__next__", (self, a) -> {
                    PyObject next = ((PyIterator) self).next(a.thread());
                    if (next == null) {
                        throw PyErrors.raiseEmpty(PyErrors.STOP_ITERATION);
                    }
                    return next;
                })
                .method("__length_hint__", (self, a) -> PySingleton.NOT_IMPLEMENTED);
    }

    private static PyObject or(PyObject value) {
        return value == null ? PyNone.NONE : value;
    }

    /** property's doc defaults to its getter's __doc__. */
    private static PyObject docOf(ThreadState ts, PyObject getter) {
        try {
            return getter.getAttr(ts, "__doc__");
        } catch (RuntimeException e) {
            return ts.newRef(PyNone.NONE);
        }
    }

    /** int(x), int(s, base): truncates floats, parses strings like int() does, calls __int__ / __index__. */
    private static PyObject newInt(Args args) {
        PyObject[] a = args.bind("int", 0, "x", "base");
        ThreadState ts = args.thread();
        if (a[0] == null) {
            return PyInt.of(ts, 0);
        }
        PyObject x = a[0];
        if (x instanceof PyStr || x instanceof PyBytes) {
            String source = x instanceof PyStr s ? s.value : ((PyBytes) x).decode("ascii", "strict");
            int base = a[1] == null ? 10 : (int) Convert.toLong(a[1], "int");
            return PyInt.of(ts, Numbers.parseInt(source, base, x.repr()));
        }
        if (a[1] != null) {
            throw PyErrors.typeError("int() can't convert non-string with explicit base");
        }
        PyInt i = Numbers.asInt(x);
        if (i != null) {
            return ts.newRef(i);
        }
        if (x instanceof PyFloat f) {
            if (Double.isNaN(f.value)) {
                throw PyErrors.valueError("cannot convert float NaN to integer");
            }
            if (Double.isInfinite(f.value)) {
                throw PyErrors.overflowError("cannot convert float infinity to integer");
            }
            return PyInt.of(ts, new java.math.BigDecimal(f.value).toBigInteger());
        }
        PyObject converted = Slots.callOptional(ts, x, "__int__");
        if (converted == null) {
            converted = Slots.callOptional(ts, x, "__index__");
        }
        if (converted == null) {
            converted = Slots.callOptional(ts, x, "__trunc__");
        }
        if (converted != null) {
            return converted;
        }
        throw PyErrors.typeError("int() argument must be a string, a bytes-like object or a real number, not '"
                + x.type().name() + "'");
    }

    private static PyObject newFloat(Args args) {
        args.expectPositional("float", 0, 1);
        ThreadState ts = args.thread();
        if (args.size() == 0) {
            return new PyFloat(ts, 0.0);
        }
        PyObject x = args.get(0);
        if (x instanceof PyStr s) {
            return new PyFloat(ts, Numbers.parseFloat(s.value, s.repr()));
        }
        Double d = Numbers.asDouble(x);
        if (d != null) {
            return x instanceof PyFloat ? ts.newRef(x) : new PyFloat(ts, d);
        }
        PyObject converted = Slots.callOptional(ts, x, "__float__");
        if (converted == null) {
            PyObject index = Slots.callOptional(ts, x, "__index__");
            if (index != null) {
                converted = new PyFloat(ts, Convert.toDouble(index, "float"));
                ts.decref(index);
            }
        }
        if (converted != null) {
            return converted;
        }
        throw PyErrors.typeError("float() argument must be a string or a real number, not '" + x.type().name() + "'");
    }

    private static PyObject newRange(Args args) {
        args.expectPositional("range", 1, 3);
        long[] v = new long[args.size()];
        for (int i = 0; i < v.length; i++) {
            PyInt n = Numbers.index(args.thread(), args.get(i));
            v[i] = Convert.toLong(n, "range");
        }
        ThreadState ts = args.thread();
        return switch (v.length) {
            case 1 -> new PyRange(ts, 0, v[0], 1);
            case 2 -> new PyRange(ts, v[0], v[1], 1);
            default -> new PyRange(ts, v[0], v[1], v[2]);
        };
    }
}
