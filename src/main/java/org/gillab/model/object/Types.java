package org.gillab.model.object;

import java.math.BigInteger;
import java.util.List;

/** The built-in types, with their constructors (int("5"), list(range(3))...) and methods. Immortal, shared. */
public final class Types {
    private Types() {}

    public static final PyType TYPE = PyType.builder("type").build();
    public static final PyType INT = PyType.builder("int").constructor(Types::newInt).build();
    public static final PyType BOOL = PyType.builder("bool").base(INT)
            .constructor(args -> {
                args.expectPositional("bool", 0, 1);
                return PyBool.of(args.size() == 1 && args.get(0).truthy());
            }).build();
    public static final PyType FLOAT = PyType.builder("float").constructor(Types::newFloat).build();
    public static final PyType STR = Methods.str(PyType.builder("str").constructor(args -> {
        args.expectPositional("str", 0, 1);
        return args.size() == 0 ? PyStr.constant("") : new PyStr(args.thread(), args.get(0).str());
    })).build();
    public static final PyType LIST = Methods.list(PyType.builder("list").constructor(args -> {
        args.expectPositional("list", 0, 1);
        ThreadState ts = args.thread();
        return args.size() == 0 ? new PyList(ts) : new PyList(ts, Ops.toList(ts, args.get(0)));
    })).build();
    public static final PyType TUPLE = Methods.tuple(PyType.builder("tuple").constructor(args -> {
        args.expectPositional("tuple", 0, 1);
        ThreadState ts = args.thread();
        if (args.size() == 0) {
            return PyTuple.EMPTY;
        }
        List<PyObject> items = Ops.toList(ts, args.get(0));
        return items.isEmpty() ? PyTuple.EMPTY : new PyTuple(ts, items.toArray(new PyObject[0]));
    })).build();
    public static final PyType DICT = Methods.dict(PyType.builder("dict").constructor(Types::newDict)).build();
    public static final PyType NONE = PyType.builder("NoneType").build();
    public static final PyType RANGE = PyType.builder("range").constructor(Types::newRange).build();
    public static final PyType SLICE = PyType.builder("slice").build();
    public static final PyType FUNCTION = PyType.builder("function").build();
    public static final PyType BUILTIN = PyType.builder("builtin_function_or_method").build();
    public static final PyType METHOD = PyType.builder("builtin_function_or_method").build();
    public static final PyType MODULE = PyType.builder("module").build();
    public static final PyType CODE = PyType.builder("code").build();
    public static final PyType ITERATOR = PyType.builder("iterator").build();
    public static final PyType RANGE_ITERATOR = PyType.builder("range_iterator").build();
    public static final PyType ENUMERATE = PyType.builder("enumerate").constructor(args -> {
        PyObject[] a = args.bind("enumerate", 1, "iterable", "start");
        long start = a[1] == null ? 0 : Convert.toLong(a[1], "enumerate");
        return new PyIterator.Enumerate(args.thread(), Ops.iter(args.thread(), a[0]), start);
    }).build();
    public static final PyType ZIP = PyType.builder("zip").constructor(args -> {
        args.expectPositional("zip", 0, Integer.MAX_VALUE);
        PyIterator[] sources = new PyIterator[args.size()];
        for (int i = 0; i < sources.length; i++) {
            sources[i] = Ops.iter(args.thread(), args.get(i));
        }
        return new PyIterator.Zip(args.thread(), sources);
    }).build();

    /** int(x), int(s, base): truncates floats, parses strings like int() does. */
    private static PyObject newInt(Args args) {
        PyObject[] a = args.bind("int", 0, "x", "base");
        ThreadState ts = args.thread();
        if (a[0] == null) {
            return PyInt.of(ts, 0);
        }
        PyObject x = a[0];
        if (x instanceof PyStr s) {
            int base = a[1] == null ? 10 : (int) Convert.toLong(a[1], "int");
            String text = s.value.strip().replace("_", "");
            try {
                if (base == 0 || base == 16 && text.toLowerCase().matches("[+-]?0x.*")) {
                    return PyInt.of(ts, parsePrefixed(text));
                }
                return PyInt.of(ts, new BigInteger(text, base));
            } catch (NumberFormatException e) {
                throw PyErrors.valueError("invalid literal for int() with base " + base + ": " + s.repr());
            }
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
        throw PyErrors.typeError("int() argument must be a string, a bytes-like object or a real number, not '"
                + x.type().name() + "'");
    }

    private static BigInteger parsePrefixed(String text) {
        boolean negative = text.startsWith("-");
        String t = text.replaceFirst("^[+-]", "").toLowerCase();
        BigInteger v = t.startsWith("0x") ? new BigInteger(t.substring(2), 16)
                : t.startsWith("0o") ? new BigInteger(t.substring(2), 8)
                : t.startsWith("0b") ? new BigInteger(t.substring(2), 2) : new BigInteger(t);
        return negative ? v.negate() : v;
    }

    private static PyObject newFloat(Args args) {
        args.expectPositional("float", 0, 1);
        ThreadState ts = args.thread();
        if (args.size() == 0) {
            return new PyFloat(ts, 0.0);
        }
        PyObject x = args.get(0);
        if (x instanceof PyStr s) {
            String t = s.value.strip().toLowerCase().replace("_", "");
            try {
                return new PyFloat(ts, switch (t) {
                    case "inf", "+inf", "infinity", "+infinity" -> Double.POSITIVE_INFINITY;
                    case "-inf", "-infinity" -> Double.NEGATIVE_INFINITY;
                    case "nan", "+nan", "-nan" -> Double.NaN;
                    default -> {
                        if (!t.matches("[+-]?(\\d+\\.?\\d*|\\.\\d+)(e[+-]?\\d+)?")) {
                            throw new NumberFormatException();
                        }
                        yield Double.parseDouble(t);
                    }
                });
            } catch (NumberFormatException e) {
                throw PyErrors.valueError("could not convert string to float: " + s.repr());
            }
        }
        Double d = Numbers.asDouble(x);
        if (d == null) {
            throw PyErrors.typeError("float() argument must be a string or a real number, not '" + x.type().name() + "'");
        }
        return x instanceof PyFloat ? ts.newRef(x) : new PyFloat(ts, d);
    }

    private static PyObject newDict(Args args) {
        args.expectPositional("dict", 0, 1);
        ThreadState ts = args.thread();
        PyDict dict = new PyDict(ts);
        if (args.size() == 1) {
            PyObject source = args.get(0);
            if (source instanceof PyDict d) {
                d.entries().forEach((k, v) -> dict.put(ts, k, v));
            } else {
                for (PyObject pair : Ops.toList(ts, source)) {
                    List<PyObject> kv = Ops.toList(ts, pair);
                    ts.decref(pair);
                    if (kv.size() != 2) {
                        kv.forEach(ts::decref);
                        throw PyErrors.valueError("dictionary update sequence element has length " + kv.size() + "; 2 is required");
                    }
                    dict.put(ts, kv.get(0), kv.get(1));
                    kv.forEach(ts::decref);
                }
            }
        }
        return dict;
    }

    private static PyObject newRange(Args args) {
        args.expectPositional("range", 1, 3);
        long[] v = new long[args.size()];
        for (int i = 0; i < v.length; i++) {
            PyInt n = Numbers.asInt(args.get(i));
            if (n == null) {
                throw PyErrors.typeError("'" + args.get(i).type().name() + "' object cannot be interpreted as an integer");
            }
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
