package org.gillab.model.vm;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.gillab.model.compile.BinaryOperator;
import org.gillab.model.compile.CompareOperator;
import org.gillab.model.object.Args;
import org.gillab.model.object.Convert;
import org.gillab.model.object.NativeFunction;
import org.gillab.model.object.Numbers;
import org.gillab.model.object.Ops;
import org.gillab.model.object.PyBool;
import org.gillab.model.object.PyBuiltin;
import org.gillab.model.object.PyDict;
import org.gillab.model.object.PyErrors;
import org.gillab.model.object.PyFloat;
import org.gillab.model.object.PyInt;
import org.gillab.model.object.PyIterator;
import org.gillab.model.object.PyList;
import org.gillab.model.object.PyNone;
import org.gillab.model.object.PyObject;
import org.gillab.model.object.PyStr;
import org.gillab.model.object.PyTuple;
import org.gillab.model.object.PyType;
import org.gillab.model.object.ThreadState;
import org.gillab.model.object.Types;

/** The builtins module (Python/bltinmodule.c), the part the model supports. */
final class Builtins {
    private Builtins() {}

    static void install(InterpreterState interp, PyDict builtins) {
        var entries = builtins.entries();
        for (PyType type : List.of(Types.INT, Types.FLOAT, Types.STR, Types.BOOL, Types.LIST, Types.TUPLE,
                Types.DICT, Types.RANGE, Types.ENUMERATE, Types.ZIP)) {
            entries.put(PyStr.constant(type.name()), type);
        }
        PyErrors.all().forEach((name, type) -> entries.put(PyStr.constant(name), type));
        entries.put(PyStr.constant("__name__"), PyStr.constant("builtins"));
        add(builtins, "print", args -> print(interp, args));
        add(builtins, "len", args -> {
            args.expectPositional("len", 1, 1);
            return PyInt.of(args.thread(), Ops.len(args.get(0)));
        });
        add(builtins, "repr", args -> {
            args.expectPositional("repr", 1, 1);
            return new PyStr(args.thread(), args.get(0).repr());
        });
        add(builtins, "abs", Builtins::abs);
        add(builtins, "min", args -> extreme(args, "min", CompareOperator.LT));
        add(builtins, "max", args -> extreme(args, "max", CompareOperator.GT));
        add(builtins, "sum", Builtins::sum);
        add(builtins, "isinstance", Builtins::isinstance);
        add(builtins, "round", Builtins::round);
        add(builtins, "sorted", args -> {
            PyObject[] a = args.bind("sorted", 1, "iterable", "key", "reverse");
            ThreadState ts = args.thread();
            PyList result = new PyList(ts, Ops.toList(ts, a[0]));
            try {
                org.gillab.model.object.ListSort.sort(ts, result, a[1], a[2] != null && a[2].truthy());
            } catch (RuntimeException e) {
                ts.decref(result);
                throw e;
            }
            return result;
        });
        add(builtins, "id", args -> {
            args.expectPositional("id", 1, 1);
            return PyInt.of(args.thread(), args.get(0).id());
        });
        add(builtins, "hash", args -> {
            args.expectPositional("hash", 1, 1);
            return PyInt.of(args.thread(), args.get(0).hashCode());
        });
        add(builtins, "type", args -> {
            args.expectPositional("type", 1, 1);
            return args.get(0).type();
        });
        add(builtins, "callable", args -> {
            args.expectPositional("callable", 1, 1);
            PyObject o = args.get(0);
            return PyBool.of(o instanceof PyType || o instanceof PyBuiltin || o instanceof org.gillab.model.object.PyFunction
                    || o instanceof org.gillab.model.object.PyMethod);
        });
        add(builtins, "divmod", args -> {
            args.expectPositional("divmod", 2, 2);
            ThreadState ts = args.thread();
            PyObject q = Ops.binary(ts, BinaryOperator.FLOOR_DIVIDE, args.get(0), args.get(1));
            PyObject r = Ops.binary(ts, BinaryOperator.REMAINDER, args.get(0), args.get(1));
            return new PyTuple(ts, new PyObject[] {q, r});
        });
        add(builtins, "pow", args -> {
            args.expectPositional("pow", 2, 2);
            return Ops.binary(args.thread(), BinaryOperator.POWER, args.get(0), args.get(1));
        });
        add(builtins, "any", args -> anyAll(args, "any", true));
        add(builtins, "all", args -> anyAll(args, "all", false));
        add(builtins, "chr", args -> {
            args.expectPositional("chr", 1, 1);
            return new PyStr(args.thread(), new String(Character.toChars((int) Convert.toLong(args.get(0), "chr"))));
        });
        add(builtins, "ord", args -> {
            args.expectPositional("ord", 1, 1);
            if (!(args.get(0) instanceof PyStr s) || s.value.codePointCount(0, s.value.length()) != 1) {
                throw PyErrors.typeError("ord() expected a character, but got " + args.get(0).repr());
            }
            return PyInt.of(args.thread(), s.value.codePointAt(0));
        });
        add(builtins, "hex", args -> radix(args, "hex", "x", "0x"));
        add(builtins, "oct", args -> radix(args, "oct", "o", "0o"));
        add(builtins, "bin", args -> radix(args, "bin", "b", "0b"));
        add(builtins, "iter", args -> {
            args.expectPositional("iter", 1, 1);
            return Ops.iter(args.thread(), args.get(0));
        });
        add(builtins, "next", args -> {
            args.expectPositional("next", 1, 2);
            if (!(args.get(0) instanceof PyIterator it)) {
                throw PyErrors.typeError("'" + args.get(0).type().name() + "' object is not an iterator");
            }
            PyObject v = it.next(args.thread());
            if (v != null) {
                return v;
            }
            if (args.size() == 2) {
                return args.thread().newRef(args.get(1));
            }
            throw PyErrors.raise(PyErrors.STOP_ITERATION, "");
        });
        add(builtins, "getattr", args -> {
            args.expectPositional("getattr", 2, 3);
            String name = ((PyStr) args.get(1)).value;
            try {
                return args.get(0).getAttr(args.thread(), name);
            } catch (org.gillab.model.PythonException e) {
                if (args.size() == 3 && e.is("AttributeError")) {
                    return args.thread().newRef(args.get(2));
                }
                throw e;
            }
        });
        add(builtins, "hasattr", args -> {
            args.expectPositional("hasattr", 2, 2);
            try {
                args.thread().decref(args.get(0).getAttr(args.thread(), ((PyStr) args.get(1)).value));
                return PyBool.TRUE;
            } catch (org.gillab.model.PythonException e) {
                return PyBool.FALSE;
            }
        });
    }

    private static void add(PyDict builtins, String name, NativeFunction function) {
        builtins.entries().put(PyStr.constant(name), new PyBuiltin(name, function));
    }

    /** print(*objects, sep=' ', end='\n', file=None, flush=False): one write per call, so lines of threads do not mix. */
    private static PyObject print(InterpreterState interp, Args args) {
        PyObject sep = args.keyword("sep");
        PyObject end = args.keyword("end");
        for (String name : args.keywordNames()) {
            if (!List.of("sep", "end", "file", "flush").contains(name)) {
                throw PyErrors.typeError("'" + name + "' is an invalid keyword argument for print()");
            }
        }
        String separator = sep == null || sep instanceof PyNone ? " " : textArg(sep, "sep");
        String terminator = end == null || end instanceof PyNone ? "\n" : textArg(end, "end");
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < args.size(); i++) {
            if (i > 0) {
                out.append(separator);
            }
            out.append(args.get(i).str());
        }
        out.append(terminator);
        PyObject file = args.keyword("file");
        var stream = file instanceof StandardModules.Stream s ? s.stream(interp) : interp.stdout;
        stream.print(out);
        stream.flush();
        return PyNone.NONE;
    }

    private static String textArg(PyObject o, String name) {
        if (o instanceof PyStr s) {
            return s.value;
        }
        throw PyErrors.typeError(name + " must be None or a string, not " + o.type().name());
    }

    private static PyObject abs(Args args) {
        args.expectPositional("abs", 1, 1);
        PyObject x = args.get(0);
        ThreadState ts = args.thread();
        PyInt i = Numbers.asInt(x);
        if (i != null) {
            return i.big == null && i.value != Long.MIN_VALUE ? PyInt.of(ts, Math.abs(i.value)) : PyInt.of(ts, i.toBig().abs());
        }
        if (x instanceof PyFloat f) {
            return new PyFloat(ts, Math.abs(f.value));
        }
        throw PyErrors.typeError("bad operand type for abs(): '" + x.type().name() + "'");
    }

    /** min / max: of an iterable or of several arguments, with key= and default=. */
    private static PyObject extreme(Args args, String name, CompareOperator better) {
        ThreadState ts = args.thread();
        PyObject key = args.keyword("key");
        PyObject dflt = args.keyword("default");
        if (args.size() == 0) {
            throw PyErrors.typeError(name + " expected at least 1 argument, got 0");
        }
        List<PyObject> items = args.size() == 1 ? Ops.toList(ts, args.get(0)) : new java.util.ArrayList<>(args.positional());
        if (args.size() > 1) {
            items.forEach(ts::incref);
        }
        try {
            if (items.isEmpty()) {
                if (dflt != null) {
                    return ts.newRef(dflt);
                }
                throw PyErrors.valueError(name + "() arg is an empty sequence");
            }
            PyObject best = items.get(0);
            PyObject bestKey = key == null ? best : ts.call(key, best);
            for (PyObject item : items.subList(1, items.size())) {
                PyObject k = key == null ? item : ts.call(key, item);
                if (Ops.compare(better, k, bestKey)) {
                    if (key != null) {
                        ts.decref(bestKey);
                    }
                    best = item;
                    bestKey = k;
                } else if (key != null) {
                    ts.decref(k);
                }
            }
            if (key != null) {
                ts.decref(bestKey);
            }
            return ts.newRef(best);
        } finally {
            items.forEach(ts::decref);
        }
    }

    private static PyObject sum(Args args) {
        PyObject[] a = args.bind("sum", 1, "iterable", "start");
        ThreadState ts = args.thread();
        PyObject total = a[1] == null ? PyInt.of(ts, 0) : ts.newRef(a[1]);
        if (total instanceof PyStr) {
            ts.decref(total);
            throw PyErrors.typeError("sum() can't sum strings [use ''.join(seq) instead]");
        }
        for (PyObject item : Ops.toList(ts, a[0])) {
            try {
                PyObject next = Ops.binary(ts, BinaryOperator.ADD, total, item);
                ts.decref(total);
                total = next;
            } finally {
                ts.decref(item);
            }
        }
        return total;
    }

    private static PyObject isinstance(Args args) {
        args.expectPositional("isinstance", 2, 2);
        PyObject cls = args.get(1);
        if (cls instanceof PyType type) {
            return PyBool.of(Ops.isInstance(args.get(0), type));
        }
        if (cls instanceof PyTuple types) {
            for (int i = 0; i < types.size(); i++) {
                if (types.get(i) instanceof PyType type && Ops.isInstance(args.get(0), type)) {
                    return PyBool.TRUE;
                }
            }
            return PyBool.FALSE;
        }
        throw PyErrors.typeError("isinstance() arg 2 must be a type, a tuple of types, or a union");
    }

    /** round(x[, ndigits]): half to even on the exact binary value, like float.__round__. */
    private static PyObject round(Args args) {
        PyObject[] a = args.bind("round", 1, "number", "ndigits");
        ThreadState ts = args.thread();
        PyObject x = a[0];
        boolean hasDigits = a[1] != null && !(a[1] instanceof PyNone);
        int digits = hasDigits ? (int) Convert.toLong(a[1], "round") : 0;
        PyInt i = Numbers.asInt(x);
        if (i != null) {
            if (!hasDigits || digits >= 0) {
                return ts.newRef(i);
            }
            BigDecimal rounded = new BigDecimal(i.toBig()).setScale(digits, RoundingMode.HALF_EVEN);
            return PyInt.of(ts, rounded.toBigInteger());
        }
        if (x instanceof PyFloat f) {
            if (Double.isNaN(f.value) || Double.isInfinite(f.value)) {
                if (hasDigits) {
                    return ts.newRef(f);
                }
                throw Double.isNaN(f.value) ? PyErrors.valueError("cannot convert float NaN to integer")
                        : PyErrors.overflowError("cannot convert float infinity to integer");
            }
            BigDecimal rounded = new BigDecimal(f.value).setScale(digits, RoundingMode.HALF_EVEN);
            return hasDigits ? new PyFloat(ts, rounded.doubleValue()) : PyInt.of(ts, rounded.toBigInteger());
        }
        throw PyErrors.typeError("type " + x.type().name() + " doesn't define __round__ method");
    }

    private static PyObject anyAll(Args args, String name, boolean any) {
        args.expectPositional(name, 1, 1);
        ThreadState ts = args.thread();
        boolean result = !any;
        for (PyObject item : Ops.toList(ts, args.get(0))) {
            if (item.truthy() == any) {
                result = any;
            }
            ts.decref(item);
        }
        return PyBool.of(result);
    }

    private static PyObject radix(Args args, String name, String type, String prefix) {
        args.expectPositional(name, 1, 1);
        PyInt i = Numbers.asInt(args.get(0));
        if (i == null) {
            throw PyErrors.typeError("'" + args.get(0).type().name() + "' object cannot be interpreted as an integer");
        }
        return new PyStr(args.thread(), org.gillab.model.object.Format.format(i, "#" + type));
    }
}
