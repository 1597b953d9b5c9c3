package org.gillab.model.object;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gillab.model.Tuple;

/**
 * Conversion between Python objects and plain Java values: int -> Long (BigInteger when it does not
 * fit), float -> Double, str -> String, bool -> Boolean, None -> null, list -> ArrayList,
 * tuple -> {@link Tuple}, dict -> LinkedHashMap. Anything else cannot cross (like an object pickle
 * refuses) and raises a TypeError naming its type.
 */
public final class Convert {
    private Convert() {}

    /** The Java value of {@code o} (borrowed). */
    public static Object toJava(PyObject o) {
        if (o instanceof PyNone) {
            return null;
        }
        if (o instanceof PyBool b) {
            return b.value;
        }
        if (o instanceof PyInt i) {
            return i.big != null ? i.big : (Object) i.value;
        }
        if (o instanceof PyFloat f) {
            return f.value;
        }
        if (o instanceof PyStr s) {
            return s.value;
        }
        if (o instanceof PyList l) {
            List<Object> items = new ArrayList<>(l.size());
            l.items().forEach(item -> items.add(toJava(item)));
            return items;
        }
        if (o instanceof PyTuple t) {
            List<Object> items = new ArrayList<>(t.size());
            for (int i = 0; i < t.size(); i++) {
                items.add(toJava(t.get(i)));
            }
            return new Tuple(items);
        }
        if (o instanceof PyDict d) {
            Map<Object, Object> map = new LinkedHashMap<>();
            d.entries().forEach((k, v) -> map.put(toJava(k), toJava(v)));
            return map;
        }
        throw PyErrors.typeError("cannot convert '" + o.type().name() + "' object to a Java value"
                + " (only None, bool, int, float, str, list, tuple and dict cross between Python and Java)");
    }

    /** A new reference to the Python object for a Java value. */
    public static PyObject toPython(ThreadState ts, Object value) {
        return toPython(ts, value, Convert::toPython);
    }

    /**
     * As {@link #toPython(ThreadState, Object)}, the items of a tuple, list or map converted by {@code items}:
     * a caller with values of its own kinds inside containers (the pool's pickled functions and instances)
     * converts those and passes the rest here.
     */
    public static PyObject toPython(ThreadState ts, Object value, java.util.function.BiFunction<ThreadState, Object, PyObject> items) {
        if (value == null) {
            return PyNone.NONE;
        }
        if (value instanceof PyObject o) {
            return ts.newRef(o);
        }
        if (value instanceof Boolean b) {
            return PyBool.of(b);
        }
        if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return PyInt.of(ts, ((Number) value).longValue());
        }
        if (value instanceof BigInteger b) {
            return PyInt.of(ts, b);
        }
        if (value instanceof Double || value instanceof Float) {
            return new PyFloat(ts, ((Number) value).doubleValue());
        }
        if (value instanceof CharSequence s) {
            return new PyStr(ts, s.toString());
        }
        if (value instanceof Tuple t) {
            PyObject[] converted = new PyObject[t.size()];
            for (int i = 0; i < converted.length; i++) {
                converted[i] = items.apply(ts, t.get(i));
            }
            return converted.length == 0 ? PyTuple.EMPTY : new PyTuple(ts, converted);
        }
        if (value instanceof List<?> list) {
            PyList converted = new PyList(ts);
            list.forEach(item -> converted.appendOwned(items.apply(ts, item)));
            return converted;
        }
        if (value instanceof Map<?, ?> map) {
            PyDict dict = new PyDict(ts);
            map.forEach((k, v) -> {
                PyObject key = items.apply(ts, k);
                PyObject val = items.apply(ts, v);
                dict.put(ts, key, val);
                ts.decref(key);
                ts.decref(val);
            });
            return dict;
        }
        throw new IllegalArgumentException("cannot convert a Java " + value.getClass().getName()
                + " to a Python object: use Long, BigInteger, Double, String, Boolean, null, List, Tuple or Map");
    }

    /** An int argument as a long, with Python's TypeError / OverflowError. */
    public static long toLong(PyObject o, String function) {
        PyInt i = integerArgument(o);
        if (i.big != null) {
            throw PyErrors.overflowError("Python int too large to convert to C long");
        }
        return i.value;
    }

    /** An int argument as a C int (Argument Clinic's {@code int}), with Python's TypeError / OverflowError. */
    public static int toInt(PyObject o, String function) {
        PyInt i = integerArgument(o);
        if (i.big != null || i.value != (int) i.value) {
            throw PyErrors.overflowError("Python int too large to convert to C int");
        }
        return (int) i.value;
    }

    /** An int (or bool) argument, or the TypeError CPython's integer converters raise for anything else. */
    private static PyInt integerArgument(PyObject o) {
        PyInt i = Numbers.asInt(o);
        if (i == null) {
            throw PyErrors.typeError("'" + o.type().name() + "' object cannot be interpreted as an integer");
        }
        return i;
    }

    /** A number argument as a double (int and bool convert), with Python's TypeError. */
    public static double toDouble(PyObject o, String function) {
        Double d = Numbers.asDouble(o);
        if (d == null) {
            throw PyErrors.typeError("must be real number, not " + o.type().name());
        }
        return d;
    }
}
