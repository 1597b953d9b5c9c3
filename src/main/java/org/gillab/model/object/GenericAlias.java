package org.gillab.model.object;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * types.GenericAlias (list[int], dict[str, int]) and types.UnionType (int | None): what annotations
 * evaluate to (Objects/genericaliasobject.c, unionobject.c). They print as the source spells them; an
 * alias called makes an instance of its origin.
 */
public final class GenericAlias extends PyObject {
    static final PyType TYPE = PyType.builder("types.GenericAlias").constructor(a -> {
        a.expectPositional("GenericAlias", 2, 2);
        if (!(a.get(0) instanceof PyType origin)) {
            throw PyErrors.typeError("GenericAlias: the model's aliases are of classes, not " + a.get(0).type().name());
        }
        // what classmethod(types.GenericAlias), a class's __class_getitem__ in queue and concurrent.futures, calls
        ThreadState ts = a.thread();
        PyTuple args = a.get(1) instanceof PyTuple t ? ts.newRef(t) : PyTuple.of(ts, a.get(1));
        try {
            return new GenericAlias(ts, origin, args);
        } finally {
            ts.decref(args);
        }
    }).build();
    static final PyType UNION_TYPE = PyType.builder("types.UnionType").build();
    /** Why isinstance and issubclass refuse an alias (ga_instancecheck, ga_subclasscheck): list[int] is no class. */
    static final String NOT_A_CLASS = "argument 2 cannot be a parameterized generic";

    private final PyType origin;
    private final PyTuple args;

    private GenericAlias(ThreadState ts, PyType origin, PyTuple args) {
        super(ts);
        this.origin = ts.newRef(origin);
        this.args = ts.newRef(args);
    }

    /** T[index]: a class's __class_getitem__, or an alias of a built-in generic (list, dict, tuple, type...). */
    static PyObject classGetItem(ThreadState ts, PyType type, PyObject index) {
        PyObject getitem = type.lookup("__class_getitem__");
        if (getitem != null) {
            PyObject bound = Attributes.get(ts, getitem, null, type);
            try {
                return ts.call(bound, index);
            } finally {
                ts.decref(bound);
            }
        }
        if (type == Types.TYPE) {
            return alias(ts, type, index);
        }
        throw PyErrors.typeError("type '" + type.name() + "' is not subscriptable");
    }

    /** cls[index] as a GenericAlias (Objects/genericaliasobject.c Py_GenericAlias). */
    private static PyObject alias(ThreadState ts, PyType type, PyObject index) {
        PyTuple args = index instanceof PyTuple t ? ts.newRef(t) : PyTuple.of(ts, index);
        try {
            return new GenericAlias(ts, type, args);
        } finally {
            ts.decref(args);
        }
    }

    /** The __class_getitem__ classmethod of list, tuple, dict, set and frozenset (and of functools.partial). */
    public static final NativeMethod CLASS_GETITEM = (cls, a) -> alias(a.thread(), (PyType) cls, a.oneArg("__class_getitem__"));

    /** a | b of types (PEP 604), or NotImplemented when either is not a type, None or a union. */
    static PyObject union(ThreadState ts, PyObject a, PyObject b) {
        if (!unionable(a) || !unionable(b)) {
            return PySingleton.NOT_IMPLEMENTED;
        }
        List<PyObject> members = new ArrayList<>();
        for (PyObject side : new PyObject[] {a, b}) {
            if (side instanceof Union u) {
                for (int i = 0; i < u.members.size(); i++) {
                    addMember(members, u.members.get(i));
                }
            } else {
                addMember(members, side == PyNone.NONE ? Types.NONE : side);
            }
        }
        return new Union(ts, PyTuple.of(ts, members.toArray(new PyObject[0])));
    }

    private static void addMember(List<PyObject> members, PyObject m) {
        if (!members.contains(m)) {
            members.add(m);
        }
    }

    private static boolean unionable(PyObject o) {
        return typeLike(o) || o == PyNone.NONE;
    }

    /** A type, alias or union: an operand that makes {@code |} a union (with another such, or None). */
    static boolean typeLike(PyObject o) {
        return o instanceof PyType || o instanceof Union || o instanceof GenericAlias;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    protected String builtinRepr() {
        StringBuilder out = new StringBuilder(typeRepr(origin)).append('[');
        for (int i = 0; i < args.size(); i++) {
            out.append(i > 0 ? ", " : "").append(typeRepr(args.get(i)));
        }
        return out.append(']').toString();
    }

    /** How an alias names a type: list, not &lt;class 'list'&gt;. */
    static String typeRepr(PyObject o) {
        if (o instanceof PyType t) {
            String module = t.moduleName();
            return module == null || module.equals("builtins") ? t.qualname() : module + "." + t.qualname();
        }
        if (o == PySingleton.ELLIPSIS) {
            return "...";
        }
        return o.repr();
    }

    @Override
    public boolean genericGetAttr() {
        return false;
    }

    @Override
    public PyObject getAttr(ThreadState ts, String name) {
        return switch (name) {
            case "__origin__" -> ts.newRef(origin);
            case "__args__" -> ts.newRef(args);
            default -> origin.getAttr(ts, name);
        };
    }

    /** The origin type, which calling the alias instantiates. */
    public PyType origin() {
        return origin;
    }

    @Override
    protected void release(ThreadState ts) {
        ts.decref(origin);
        ts.decref(args);
    }

    @Override
    public void traverse(Consumer<PyObject> visit) {
        visit.accept(origin);
        visit.accept(args);
    }

    /** int | str. */
    static final class Union extends PyObject {
        private final PyTuple members;

        Union(ThreadState ts, PyTuple owned) {
            super(ts);
            this.members = owned;
        }

        PyTuple members() {
            return members;
        }

        @Override
        public PyType type() {
            return UNION_TYPE;
        }

        @Override
        protected String builtinRepr() {
            List<String> names = new ArrayList<>();
            for (int i = 0; i < members.size(); i++) {
                names.add(members.get(i) == Types.NONE ? "None" : typeRepr(members.get(i)));
            }
            return String.join(" | ", names);
        }

        @Override
        public PyObject getAttr(ThreadState ts, String name) {
            return name.equals("__args__") ? ts.newRef(members) : super.getAttr(ts, name);
        }

        @Override
        protected void release(ThreadState ts) {
            ts.decref(members);
        }

        @Override
        public void traverse(Consumer<PyObject> visit) {
            visit.accept(members);
        }
    }
}
