package org.gillab.model.lib;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.gillab.model.PythonException;
import org.gillab.model.compile.BinaryOperator;
import org.gillab.model.compile.CompareOperator;
import org.gillab.model.object.Args;
import org.gillab.model.object.Numbers;
import org.gillab.model.object.Ops;
import org.gillab.model.object.PyBool;
import org.gillab.model.object.PyErrors;
import org.gillab.model.object.PyInt;
import org.gillab.model.object.PyModule;
import org.gillab.model.object.PyNone;
import org.gillab.model.object.PyObject;
import org.gillab.model.object.PySingleton;
import org.gillab.model.object.PyStr;
import org.gillab.model.object.PyTuple;
import org.gillab.model.object.PyType;
import org.gillab.model.object.Slots;
import org.gillab.model.object.ThreadState;
import org.gillab.model.vm.InterpreterState;

/**
 * The _operator module (Modules/_operator.c): the operators as functions, each the object protocol
 * call that the operator compiles to (operator.add(a, b) is a + b with its reflected and in-place
 * rules), and the callables itemgetter, attrgetter and methodcaller with CPython's reprs.
 */
final class OperatorModule {
    private OperatorModule() {}

    private static final String MODULE = "_operator.";

    static PyModule create() {
        PyModule m = new PyModule("_operator", true);
        for (BinaryOperator op : BinaryOperator.values()) {
            String stem = op.method.substring(2, op.method.length() - 2);
            String name = op.isInPlace() ? "i" + stem : Set.of("and", "or").contains(stem) ? stem + "_" : stem;
            m.function(name, args -> {
                args.checkPositional(name, MODULE + name, 2, 2);
                return Ops.binary(args.thread(), op, args.get(0), args.get(1));
            });
        }
        for (CompareOperator op : CompareOperator.values()) {
            String name = op.name().toLowerCase();
            m.function(name, args -> {
                args.checkPositional(name, MODULE + name, 2, 2);
                return Ops.richCompare(args.thread(), op, args.get(0), args.get(1));
            });
        }
        unary(m, "neg", Ops::negative);
        unary(m, "pos", Ops::positive);
        unary(m, "inv", Ops::invert);
        unary(m, "invert", Ops::invert);
        unary(m, "abs", Ops::abs);
        unary(m, "not_", (ts, a) -> PyBool.of(!Ops.truthy(ts, a)));
        unary(m, "truth", (ts, a) -> PyBool.of(Ops.truthy(ts, a)));
        unary(m, "index", OperatorModule::index);
        binary(m, "is_", (ts, a, b) -> PyBool.of(a == b));
        binary(m, "is_not", (ts, a, b) -> PyBool.of(a != b));
        binary(m, "contains", (ts, a, b) -> PyBool.of(Ops.contains(ts, a, b)));
        binary(m, "countOf", (ts, a, b) -> PyInt.of(ts, countOf(ts, a, b)));
        binary(m, "indexOf", OperatorModule::indexOf);
        binary(m, "getitem", Ops::getItem);
        binary(m, "delitem", (ts, a, b) -> {
            Ops.delItem(ts, a, b);
            return PyNone.NONE;
        });
        binary(m, "concat", (ts, a, b) -> concat(ts, a, b, BinaryOperator.ADD));
        binary(m, "iconcat", (ts, a, b) -> concat(ts, a, b, BinaryOperator.INPLACE_ADD));
        return m
                .function("setitem", args -> {
                    args.checkPositional("setitem", MODULE + "setitem", 3, 3);
                    Ops.setItem(args.thread(), args.get(0), args.get(1), args.get(2));
                    return PyNone.NONE;
                })
                .function("length_hint", OperatorModule::lengthHint)
                .function("call", args -> {
                    if (args.size() < 1) {
                        throw PyErrors.typeError("call expected at least 1 argument, got 0");
                    }
                    return args.thread().invoker().call(args.thread(), args.get(0), args.shift());
                })
                .add("itemgetter", ITEMGETTER)
                .add("attrgetter", ATTRGETTER)
                .add("methodcaller", METHODCALLER);
    }

    private interface Unary {
        PyObject apply(ThreadState ts, PyObject a);
    }

    private interface Binary {
        PyObject apply(ThreadState ts, PyObject a, PyObject b);
    }

    private static void unary(PyModule m, String name, Unary f) {
        m.function(name, args -> f.apply(args.thread(), args.oneArg(MODULE + name)));
    }

    private static void binary(PyModule m, String name, Binary f) {
        m.function(name, args -> {
            args.checkPositional(name, MODULE + name, 2, 2);
            return f.apply(args.thread(), args.get(0), args.get(1));
        });
    }

    /** operator.index: an exact int for an int (bool included) or an object with __index__ (PyNumber_Index). */
    private static PyObject index(ThreadState ts, PyObject a) {
        PyInt i = Numbers.asInt(a);
        if (i != null) {
            return ts.newRef(i);
        }
        PyObject r = Slots.callOptional(ts, a, "__index__");
        if (r == null) {
            throw PyErrors.typeError("'" + a.type().name() + "' object cannot be interpreted as an integer");
        }
        if (Numbers.asInt(r) == null) {
            ts.decref(r);
            throw PyErrors.typeError("__index__ returned non-int (type " + r.type().name() + ")");
        }
        return r;
    }

    /** Visits the items of an iterable, each borrowed for the visit; stops early when the visitor says so. */
    private static void forEach(ThreadState ts, PyObject iterable, Predicate<PyObject> visitor) {
        PyObject it = Ops.iter(ts, iterable);
        try {
            for (PyObject item = Ops.next(ts, it); item != null; item = Ops.next(ts, it)) {
                boolean more;
                try {
                    more = visitor.test(item);
                } finally {
                    ts.decref(item);
                }
                if (!more) {
                    return;
                }
            }
        } finally {
            ts.decref(it);
        }
    }

    private static long countOf(ThreadState ts, PyObject sequence, PyObject value) {
        long[] count = {0};
        forEach(ts, sequence, item -> {
            if (Ops.equal(ts, item, value)) {
                count[0]++;
            }
            return true;
        });
        return count[0];
    }

    private static PyObject indexOf(ThreadState ts, PyObject sequence, PyObject value) {
        long[] index = {0};
        boolean[] found = {false};
        forEach(ts, sequence, item -> {
            found[0] = Ops.equal(ts, item, value);
            if (!found[0]) {
                index[0]++;
            }
            return !found[0];
        });
        if (!found[0]) {
            throw PyErrors.valueError("sequence.index(x): x not in sequence");
        }
        return PyInt.of(ts, index[0]);
    }

    /** concat / iconcat: + (or +=) of two sequences; "'int' object can't be concatenated" otherwise (PySequence_Concat). */
    private static PyObject concat(ThreadState ts, PyObject a, PyObject b, BinaryOperator op) {
        if (!Ops.sequenceCheck(a)) {
            throw PyErrors.typeError("'" + a.type().name() + "' object can't be concatenated");
        }
        return Ops.binary(ts, op, a, b);
    }

    /** length_hint(obj, default=0): len(obj) if it has one, else obj.__length_hint__(), else the default. */
    private static PyObject lengthHint(Args args) {
        args.checkPositional("length_hint", MODULE + "length_hint", 1, 2);
        ThreadState ts = args.thread();
        PyObject o = args.get(0);
        long fallback = args.size() == 2 ? Clinic.ssize(ts, args.get(1)) : 0;
        try {
            return PyInt.of(ts, Ops.len(ts, o));
        } catch (RuntimeException e) {
            if (!PyErrors.matches(e, PyErrors.TYPE_ERROR)) {
                throw e;
            }
            ts.decref(((PythonException) e).exception());
        }
        PyObject hint = Slots.callOptional(ts, o, "__length_hint__");
        if (hint == null || hint == PySingleton.NOT_IMPLEMENTED) {
            return PyInt.of(ts, fallback);
        }
        try {
            PyInt n = Numbers.asInt(hint);
            if (n == null) {
                throw PyErrors.typeError("__length_hint__ must be an integer, not " + hint.type().name());
            }
            if (n.toBig().signum() < 0) {
                throw PyErrors.valueError("__length_hint__() should return >= 0");
            }
            return ts.newRef(n);
        } finally {
            ts.decref(hint);
        }
    }

    // ---- itemgetter, attrgetter, methodcaller ----

    /** An instance of one of the three callables: what it holds, counted, and how it prints. */
    private abstract static class Getter extends PyObject {
        final PyObject[] held;
        private final PyType type;

        Getter(ThreadState ts, PyType type, PyObject[] held) {
            super(ts);
            this.type = type;
            this.held = held;
            for (PyObject o : held) {
                ts.incref(o);
            }
        }

        @Override
        public PyType type() {
            return type;
        }

        @Override
        protected void release(ThreadState ts) {
            for (PyObject o : held) {
                ts.decref(o);
            }
        }

        @Override
        public void traverse(Consumer<PyObject> visit) {
            for (PyObject o : held) {
                visit.accept(o);
            }
        }

        /** "operator.itemgetter(1, 'a')": tp_name and the arguments */
        String call(List<String> parts) {
            return type.name() + "(" + String.join(", ", parts) + ")";
        }

        abstract PyObject apply(ThreadState ts, PyObject target);

        /** __reduce__: the type called on what it holds, so that pickle (and a pool's worker) can make it again. */
        PyObject reduce(ThreadState ts) {
            return withArguments(ts, type, held);
        }
    }

    /** (callable, (arguments...)): a reduction's first two items, of borrowed objects. */
    private static PyObject withArguments(ThreadState ts, PyObject callable, PyObject[] arguments) {
        PyObject tuple = PyTuple.of(ts, arguments);
        try {
            return PyTuple.of(ts, callable, tuple);
        } finally {
            ts.decref(tuple);
        }
    }

    private static PyType.Builder callableType(String name) {
        return PyType.builder(name)
                .attribute("__module__", PyStr.constant("operator"))
                .method("__call__", (self, args) -> {
                    args.noKeywords(name);
                    if (args.size() != 1) {
                        throw PyErrors.typeError(name + " expected 1 argument, got " + args.size());
                    }
                    return ((Getter) self).apply(args.thread(), args.get(0));
                })
                .method("__reduce__", (self, args) -> {
                    args.expectPositional("__reduce__", 0, 0);
                    return ((Getter) self).reduce(args.thread());
                });
    }

    private static List<String> reprs(PyObject[] items) {
        List<String> out = new ArrayList<>();
        for (PyObject o : items) {
            out.add(o.repr());
        }
        return out;
    }

    private interface Each {
        PyObject apply(ThreadState ts, int index);
    }

    /** The results of {@code each} for the held items 0..n-1: one value, or a tuple of them. */
    private static PyObject oneOrTuple(ThreadState ts, int n, Each each) {
        if (n == 1) {
            return each.apply(ts, 0);
        }
        PyObject[] values = new PyObject[n];
        try {
            for (int i = 0; i < n; i++) {
                values[i] = each.apply(ts, i);
            }
        } catch (RuntimeException e) {
            for (PyObject v : values) {
                ts.xdecref(v);
            }
            throw e;
        }
        return new PyTuple(ts, values);
    }

    private static final class ItemGetter extends Getter {
        ItemGetter(ThreadState ts, PyType type, PyObject[] items) {
            super(ts, type, items);
        }

        @Override
        PyObject apply(ThreadState ts, PyObject target) {
            return oneOrTuple(ts, held.length, (t, i) -> Ops.getItem(t, target, held[i]));
        }

        @Override
        protected String builtinRepr() {
            return call(reprs(held));
        }
    }

    private static final PyType ITEMGETTER = callableType("itemgetter")
            .constructor(args -> {
                args.noKeywords("itemgetter");
                if (args.size() < 1) {
                    throw PyErrors.typeError("itemgetter expected 1 argument, got 0");
                }
                return new ItemGetter(args.thread(), OperatorModule.ITEMGETTER, args.positional().toArray(new PyObject[0]));
            })
            .build();

    /** attrgetter: each name split at its dots once, so "a.b" is getattr(getattr(x, "a"), "b"). */
    private static final class AttrGetter extends Getter {
        private final String[][] paths;

        AttrGetter(ThreadState ts, PyType type, PyObject[] names) {
            super(ts, type, names);
            paths = new String[names.length][];
            for (int i = 0; i < names.length; i++) {
                paths[i] = ((PyStr) names[i]).value.split("\\.", -1);
            }
        }

        @Override
        PyObject apply(ThreadState ts, PyObject target) {
            return oneOrTuple(ts, held.length, (t, i) -> {
                PyObject value = t.newRef(target);
                for (String attribute : paths[i]) {
                    try {
                        PyObject next = value.getAttr(t, attribute);
                        t.decref(value);
                        value = next;
                    } catch (RuntimeException e) {
                        t.decref(value);
                        throw e;
                    }
                }
                return value;
            });
        }

        @Override
        protected String builtinRepr() {
            return call(reprs(held));
        }
    }

    private static final PyType ATTRGETTER = callableType("attrgetter")
            .constructor(args -> {
                args.noKeywords("attrgetter");
                if (args.size() < 1) {
                    throw PyErrors.typeError("attrgetter expected 1 argument, got 0");
                }
                for (PyObject name : args.positional()) {
                    if (!(name instanceof PyStr)) {
                        throw PyErrors.typeError("attribute name must be a string");
                    }
                }
                return new AttrGetter(args.thread(), OperatorModule.ATTRGETTER, args.positional().toArray(new PyObject[0]));
            })
            .build();

    /** methodcaller(name, *args, **kwargs): held is [name, args..., keyword values...]. */
    private static final class MethodCaller extends Getter {
        private final String[] keywords;

        MethodCaller(ThreadState ts, PyType type, PyObject[] held, String[] keywords) {
            super(ts, type, held);
            this.keywords = keywords;
        }

        @Override
        PyObject apply(ThreadState ts, PyObject target) {
            PyObject method = target.getAttr(ts, ((PyStr) held[0]).value);
            try {
                return ts.invoker().call(ts, method, new Args(ts, held, 1, held.length - 1, keywords));
            } finally {
                ts.decref(method);
            }
        }

        /** With keywords, functools.partial(methodcaller, name, **kwargs) called on the positional arguments, as CPython's. */
        @Override
        PyObject reduce(ThreadState ts) {
            if (keywords.length == 0) {
                return super.reduce(ts);
            }
            InterpreterState interp = (InterpreterState) ts.invoker();
            PyObject partialType = interp.importModule(ts, "functools").dict().get("partial");
            PyObject[] partialArgs = new PyObject[2 + keywords.length];
            partialArgs[0] = type();
            partialArgs[1] = held[0];
            int firstKeyword = held.length - keywords.length;
            System.arraycopy(held, firstKeyword, partialArgs, 2, keywords.length);
            PyObject partial = interp.call(ts, partialType, new Args(ts, partialArgs, 0, partialArgs.length, keywords));
            try {
                return withArguments(ts, partial, Arrays.copyOfRange(held, 1, firstKeyword));
            } finally {
                ts.decref(partial);
            }
        }

        @Override
        protected String builtinRepr() {
            List<String> parts = reprs(held);
            int firstKeyword = held.length - keywords.length;
            for (int i = 0; i < keywords.length; i++) {
                parts.set(firstKeyword + i, keywords[i] + "=" + parts.get(firstKeyword + i));
            }
            return call(parts);
        }
    }

    private static final PyType METHODCALLER = callableType("methodcaller")
            .constructor(args -> {
                if (args.size() < 1) {
                    throw PyErrors.typeError("methodcaller needs at least one argument, the method name");
                }
                if (!(args.get(0) instanceof PyStr)) {
                    throw PyErrors.typeError("method name must be a string");
                }
                PyObject[] held = Arrays.copyOfRange(args.array(), args.start(), args.start() + args.count());
                String[] keywords = args.keywordNames().toArray(new String[0]);
                return new MethodCaller(args.thread(), OperatorModule.METHODCALLER, held, keywords);
            })
            .build();
}
