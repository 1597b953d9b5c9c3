package org.gillab.model.object;

import java.util.List;

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

    public static final PyType OBJECT = ObjectMethods.objectType();

    public static final PyType TYPE = PyType.builder("type")
            .newInstance(TypeCalls::typeNew)
            .method("__init__", (self, a) -> PyNone.NONE)
            .method("__call__", (self, a) -> TypeCalls.typeCall(a.thread(), (PyType) self, a))
            .method("__repr__", (self, a) -> new PyStr(a.thread(), ((PyType) self).typeRepr()))
            // tp_flags, the bits programs test: Py_TPFLAGS_HEAPTYPE (1 << 9) and Py_TPFLAGS_BASETYPE (1 << 10)
            .getter("__flags__", (ts, self) -> PyInt.of(ts, (((PyType) self).isHeapType() ? 1 << 9 : 0)
                    | (((PyType) self).isBaseType() ? 1 << 10 : 0)))
            .method("__setattr__", (self, a) -> {
                a.expectPositional("__setattr__", 2, 2);
                ((PyType) self).typeSetAttr(a.thread(), a.get(0).str(), a.get(1));
                return PyNone.NONE;
            })
            .method("__delattr__", (self, a) -> {
                a.expectPositional("__delattr__", 1, 1);
                ((PyType) self).typeDelAttr(a.thread(), a.get(0).str());
                return PyNone.NONE;
            })
            .method("mro", (self, a) -> {
                PyList list = new PyList(a.thread());
                for (PyType t : ((PyType) self).mro()) {
                    list.append(a.thread(), t);
                }
                return list;
            })
            .method("__subclasses__", (self, a) -> {
                PyList list = new PyList(a.thread());
                ((PyType) self).subclasses().forEach(t -> list.append(a.thread(), t));
                return list;
            })
            .method("__instancecheck__", (self, a) -> PyBool.of(Ops.objectIsInstance(a.thread(), a.get(0), (PyType) self)))
            .method("__subclasscheck__", (self, a) -> PyBool.of(Ops.realIsSubclass(a.get(0), (PyType) self)))
            .classMethod("__prepare__", (cls, a) -> new PyDict(a.thread()))
            .property("__name__", (ts, self) -> new PyStr(ts, ((PyType) self).simpleName()),
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

    public static final PyType INT = IntMethods.intType();
    public static final PyType BOOL = IntMethods.boolType();
    public static final PyType FLOAT = FloatMethods.floatType();
    public static final PyType STR = StrMethods.strType();
    public static final PyType LIST = ListMethods.listType();
    public static final PyType TUPLE = ListMethods.tupleType();
    public static final PyType DICT = DictMethods.dictType();
    public static final PyType SET = SetMethods.setType();
    public static final PyType FROZENSET = SetMethods.frozensetType();
    public static final PyType BYTES = BytesMethods.bytesType();
    public static final PyType BYTEARRAY = BytesMethods.bytearrayType();
    public static final PyType MEMORYVIEW = MemoryViewMethods.memoryviewType();
    public static final PyType NONE = SlotWrappers.add(PyType.builder("NoneType"), "__repr__", "__bool__").build();
    public static final PyType NOT_IMPLEMENTED_TYPE = SlotWrappers.add(PyType.builder("NotImplementedType"), "__repr__")
            .method("__reduce__", Reductions::singletonReduce).build();
    public static final PyType ELLIPSIS_TYPE = SlotWrappers.add(PyType.builder("ellipsis"), "__repr__")
            .method("__reduce__", Reductions::singletonReduce).build();
    public static final PyType RANGE = RangeMethods.rangeType();
    public static final PyType COMPLEX = ComplexMethods.complexType();
    public static final PyType SLICE = RangeMethods.sliceType();
    public static final PyType FUNCTION = SlotWrappers.callable(PyType.builder("function")).method("__get__", Types::descriptorGet).build();
    /** Built-in functions and methods bound to their object (len, [].append): one type, as in CPython. */
    public static final PyType BUILTIN = SlotWrappers.callable(PyType.builder("builtin_function_or_method"))
            .getter("__name__", (ts, self) -> new PyStr(ts, self instanceof PyMethod m ? m.name() : ((PyBuiltin) self).name()))
            .getter("__qualname__", (ts, self) -> new PyStr(ts, self instanceof PyMethod m ? m.qualname() : ((PyBuiltin) self).name()))
            .getter("__self__", (ts, self) -> ts.newRef(self instanceof PyMethod m ? m.self : PyNone.NONE))
            .method("__reduce__", Reductions::builtinReduce)
            .getter("__module__", (ts, self) -> {
                String module = self instanceof PyBuiltin f ? f.module() : null;
                return module == null ? PyNone.NONE : new PyStr(ts, module);
            })
            .build();
    public static final PyType METHOD = BUILTIN;
    /** types.MethodType(function, instance) binds a callable to an object (method_new). */
    public static final PyType BOUND_METHOD = SlotWrappers.callable(PyType.builder("method"))
            .constructor(args -> {
                if (!args.keywordNames().isEmpty()) {
                    throw PyErrors.typeError("method() takes no keyword arguments");
                }
                if (args.size() != 2) {
                    throw PyErrors.typeError("method expected 2 arguments, got " + args.size());
                }
                if (!Ops.isCallable(args.get(0))) {
                    throw PyErrors.typeError("first argument must be callable");
                }
                if (args.get(1) == PyNone.NONE) {
                    throw PyErrors.typeError("instance must not be None");
                }
                return new PyBoundMethod(args.thread(), args.get(0), args.get(1));
            })
            .method("__reduce__", Reductions::boundMethodReduce)
            .build();
    public static final PyType METHOD_DESCRIPTOR = descriptorType("method_descriptor");
    public static final PyType GETSET_DESCRIPTOR = PyType.builder("getset_descriptor")
            .getter("__name__", (ts, self) -> new PyStr(ts, ((PyGetSetDescriptor) self).name))
            .getter("__qualname__", (ts, self) -> new PyStr(ts, ((PyGetSetDescriptor) self).qualname()))
            .getter("__doc__", (ts, self) -> ((PyGetSetDescriptor) self).doc(ts))
            .build();
    public static final PyType MEMBER_DESCRIPTOR = PyType.builder("member_descriptor")
            .getter("__name__", (ts, self) -> new PyStr(ts, ((PyMemberDescriptor) self).name))
            .getter("__qualname__", (ts, self) -> new PyStr(ts, ((PyMemberDescriptor) self).qualname()))
            .getter("__objclass__", (ts, self) -> ts.newRef(((PyMemberDescriptor) self).owner))
            .getter("__doc__", (ts, self) -> PyNone.NONE)
            .build();
    public static final PyType WRAPPER_DESCRIPTOR = descriptorType("wrapper_descriptor");
    public static final PyType METHOD_WRAPPER = SlotWrappers.callable(PyType.builder("method-wrapper"))
            .getter("__name__", (ts, self) -> new PyStr(ts, ((PyMethod) self).name()))
            .getter("__qualname__", (ts, self) -> new PyStr(ts, ((PyMethod) self).qualname()))
            .getter("__self__", (ts, self) -> ts.newRef(((PyMethod) self).self))
            .method("__reduce__", Reductions::methodWrapperReduce)
            .build();
    /** classmethod and staticmethod: __new__ ignores its arguments, __init__ takes the callable (cm_init). */
    public static final PyType CLASSMETHOD = wrapperType(PyType.builder("classmethod")
            .newInstance((cls, args) -> new PyClassMethod(args.thread(), cls)));
    public static final PyType STATICMETHOD = wrapperType(SlotWrappers.callable(PyType.builder("staticmethod"))
            .newInstance((cls, args) -> new PyStaticMethod(args.thread(), cls)));

    private static PyType wrapperType(PyType.Builder b) {
        return b.method("__init__", (self, a) -> {
                    String name = ((WrappedCallable) self).builtinType().name();
                    a.noKeywords(name);
                    a.checkCount(name, 1, 1);
                    ((WrappedCallable) self).init(a.thread(), a.get(0));
                    return PyNone.NONE;
                })
                .method("__get__", Types::descriptorGet)
                .getter("__func__", (ts, self) -> ts.newRef(((WrappedCallable) self).callable))
                .getter("__wrapped__", (ts, self) -> ts.newRef(((WrappedCallable) self).callable))
                .getter("__isabstractmethod__", (ts, self) -> PyBool.of(PyProperty.marksAbstract(ts, ((WrappedCallable) self).callable)))
                .build();
    }

    /**
     * __get__(instance, owner=None) of the descriptors the model binds natively (functions, classmethod,
     * staticmethod), so that Python code can see and call it: hasattr(f, '__get__') is how enum and
     * others tell a method from a value.
     */
    private static PyObject descriptorGet(PyObject self, Args a) {
        a.expectPositional("__get__", 1, 2);
        PyObject instance = a.get(0) == PyNone.NONE ? null : a.get(0);
        PyType owner = a.size() == 2 && a.get(1) instanceof PyType t ? t : null;
        if (instance == null && owner == null) {
            throw PyErrors.typeError("__get__(None, None) is invalid");
        }
        return Attributes.get(a.thread(), self, instance, owner);
    }
    public static final PyType PROPERTY = PyType.builder("property")
            .withoutInstanceDict()
            .newInstance((cls, args) -> new PyProperty(args.thread(), cls))
            .method("__init__", (self, a) -> {
                PyObject[] p = a.bind("property", 0, "fget", "fset", "fdel", "doc");
                ((PyProperty) self).init(a.thread(), p[0], p[1], p[2], p[3]);
                return PyNone.NONE;
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
            .property("__doc__", (ts, self) -> ts.newRef(((PyProperty) self).doc), (ts, self, v) -> ((PyProperty) self).setDoc(ts, v))
            .method("__set_name__", (self, a) -> {
                a.checkPositional("__set_name__", "property.__set_name__", 2, 2);
                ((PyProperty) self).name = a.get(1).str();
                return PyNone.NONE;
            })
            .getter("__isabstractmethod__", (ts, self) -> PyBool.of(((PyProperty) self).isAbstract(ts)))
            .build();
    /** weakref.ref, whose instances are {@link PyWeakRef}s. */
    public static final PyType WEAKREF = PyType.builder("ReferenceType")
            .withoutInstanceDict()
            .attribute("__module__", PyStr.constant("weakref"))
            .newInstance(PyWeakRef::make)
            .method("__init__", (self, a) -> {
                a.noKeywords("ref");
                a.checkCount("__init__", 1, 2);
                return PyNone.NONE;
            })
            .method("__call__", (self, a) -> {
                a.expectPositional("weakref", 0, 0);
                return ((PyWeakRef) self).call(a.thread());
            })
            .method("__hash__", (self, a) -> PyInt.of(a.thread(), ((PyWeakRef) self).pythonHash(a.thread())))
            .method("__eq__", (self, a) -> ((PyWeakRef) self).equal(a.thread(), a.get(0), true))
            .method("__ne__", (self, a) -> ((PyWeakRef) self).equal(a.thread(), a.get(0), false))
            .getter("__callback__", (ts, self) -> {
                PyObject callback = ((PyWeakRef) self).callback();
                return callback == null ? PyNone.NONE : ts.newRef(callback);
            })
            .build();

    /** types.MappingProxyType(mapping): a read-only view of a dict (dataclasses' Field.metadata is one). */
    public static final PyType MAPPINGPROXY = PyType.builder("mappingproxy")
            .constructor(args -> {
                PyObject mapping = args.bind("mappingproxy", 1, "mapping")[0];
                if (!(mapping instanceof PyDict dict)) {
                    throw PyErrors.typeError("mappingproxy() argument must be a mapping, not " + mapping.type().name());
                }
                return MappingProxy.of(args.thread(), dict);
            })
            .build();
    /** types.ModuleType(name, doc=None): an empty module, its namespace as CPython's module.__init__ fills it. */
    public static final PyType MODULE = PyType.builder("module")
            .constructor(args -> {
                PyObject[] a = args.bind("module", 1, "name", "doc");
                if (!(a[0] instanceof PyStr name)) {
                    throw PyErrors.typeError("module() argument 'name' must be str, not " + a[0].type().name());
                }
                ThreadState ts = args.thread();
                PyModule module = new PyModule(ts, name.str());
                module.dict().put(ts, "__name__", name);
                module.dict().put(ts, "__doc__", a[1] == null ? PyNone.NONE : a[1]);
                for (String unset : List.of("__package__", "__loader__", "__spec__")) {
                    module.dict().put(ts, unset, PyNone.NONE);
                }
                return module;
            })
            .build();
    public static final PyType CODE = PyType.builder("code")
            .method("co_lines", (self, a) -> CodeLayoutViews.lines(a.thread(), ((PyCode) self).source))
            .method("co_positions", (self, a) -> CodeLayoutViews.positions(a.thread(), ((PyCode) self).source))
            .build();
    public static final PyType CELL = PyType.builder("cell").build();
    public static final PyType TRACEBACK = PyType.builder("traceback").build();
    public static final PyType LIST_ITERATOR = sized(resumable(PyType.builder("list_iterator"))).build();
    public static final PyType TUPLE_ITERATOR = sized(resumable(PyType.builder("tuple_iterator"))).build();
    public static final PyType STR_ASCII_ITERATOR = sized(resumable(PyType.builder("str_ascii_iterator"))).build();
    public static final PyType STR_ITERATOR = sized(resumable(PyType.builder("str_iterator"))).build();
    public static final PyType LIST_REVERSE_ITERATOR = sized(resumable(PyType.builder("list_reverseiterator"))).build();
    public static final PyType MEMORY_ITERATOR = iteratorMethods(PyType.builder("memory_iterator")).build();
    public static final PyType DICT_REVERSE_KEY_ITERATOR = sized(reducible(PyType.builder("dict_reversekeyiterator"))).build();
    public static final PyType DICT_REVERSE_VALUE_ITERATOR = sized(reducible(PyType.builder("dict_reversevalueiterator"))).build();
    public static final PyType DICT_REVERSE_ITEM_ITERATOR = sized(reducible(PyType.builder("dict_reverseitemiterator"))).build();
    public static final PyType RANGE_ITERATOR = sized(resumable(PyType.builder("range_iterator"))).build();
    public static final PyType DICT_KEY_ITERATOR = sized(reducible(PyType.builder("dict_keyiterator"))).build();
    public static final PyType DICT_VALUE_ITERATOR = sized(reducible(PyType.builder("dict_valueiterator"))).build();
    public static final PyType DICT_ITEM_ITERATOR = sized(reducible(PyType.builder("dict_itemiterator"))).build();
    public static final PyType SET_ITERATOR = sized(reducible(PyType.builder("set_iterator"))).build();
    public static final PyType BYTES_ITERATOR = sized(resumable(PyType.builder("bytes_iterator"))).build();
    public static final PyType BYTEARRAY_ITERATOR = sized(resumable(PyType.builder("bytearray_iterator"))).build();
    public static final PyType CALLABLE_ITERATOR = reducible("callable_iterator");
    public static final PyType ITERATOR = sized(resumable(PyType.builder("iterator"))).build();
    public static final PyType ENUMERATE = iteratorType("enumerate", args -> {
        if (args.count() == 0) {
            // enum_vectorcall's own message, without the "(pos 1)" of the parser it falls back to
            throw PyErrors.typeError("enumerate() missing required argument 'iterable'");
        }
        PyObject[] a = args.bind("enumerate", 1, "iterable", "start");
        long start = a[1] == null ? 0 : Convert.toLong(a[1], "enumerate");
        return new PyIterator.Enumerate(args.thread(), Ops.iter(args.thread(), a[0]), start);
    });
    public static final PyType ZIP = resumable(PyType.builder("zip").constructor(PyIterator.Zip::construct)).build();
    public static final PyType MAP = iteratorType("map", PyIterator.MapIterator::construct);
    public static final PyType FILTER = iteratorType("filter", PyIterator.FilterIterator::construct);
    public static final PyType REVERSED = sized(resumable(PyType.builder("reversed").constructor(PyIterator.Reversed::construct))).build();

    /** method_descriptor and wrapper_descriptor: list.append, list.__len__. */
    private static PyType descriptorType(String name) {
        return SlotWrappers.callable(PyType.builder(name))
                .getter("__name__", (ts, self) -> new PyStr(ts, ((PyMethodDescriptor) self).name()))
                .getter("__qualname__", (ts, self) -> new PyStr(ts, ((PyMethodDescriptor) self).qualname()))
                .getter("__objclass__", (ts, self) -> ts.newRef(((PyMethodDescriptor) self).owner()))
                .method("__reduce__", Reductions::descriptorReduce)
                .build();
    }

    /** A built-in iterator type with __reduce__ (its instances are {@link PyIterator.Reducible}). */
    private static PyType reducible(String name) {
        return reducible(PyType.builder(name)).build();
    }


    private static PyType iteratorType(String name, NativeFunction constructor) {
        return reducible(PyType.builder(name).constructor(constructor)).build();
    }

    private static PyType.Builder reducible(PyType.Builder b) {
        return IteratorReductions.reducible(iteratorMethods(b));
    }

    private static PyType.Builder resumable(PyType.Builder b) {
        return IteratorReductions.resumable(iteratorMethods(b));
    }

    /** An iterator type with __length_hint__ (its instances are {@link PyIterator.Sized}), for operator.length_hint. */
    private static PyType.Builder sized(PyType.Builder b) {
        return b.method("__length_hint__", (self, a) -> ((PyIterator.Sized) self).lengthHint(a.thread()));
    }

    /** A built-in iterator type: __iter__ returns itself, __next__ its next item or StopIteration. */
    private static PyType.Builder iteratorMethods(PyType.Builder b) {
        return b.method("__iter__", (self, a) -> a.thread().newRef(self))
                .method("__next__", (self, a) -> {
                    PyObject next = ((PyIterator) self).next(a.thread());
                    if (next == null) {
                        throw PyErrors.raiseEmpty(PyErrors.STOP_ITERATION);
                    }
                    return next;
                });
    }
}
