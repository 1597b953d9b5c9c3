package org.gillab.model.object;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.gillab.model.compile.BinaryOperator;
import org.gillab.model.compile.CompareOperator;

/**
 * The abstract object protocol (Objects/abstract.c, object.c): arithmetic, comparison, subscription,
 * iteration and length with Python's semantics. Results are new references; operands are borrowed.
 */
public final class Ops {
    private Ops() {}

    private static final BigInteger LONG_BITS_LIMIT = BigInteger.valueOf(1_000_000);

    // ---- arithmetic (binary_op1 and the nb_* slots of int, float, str, list, tuple) ----

    public static PyObject binary(ThreadState ts, BinaryOperator op, PyObject a, PyObject b) {
        PyInt ia = Numbers.asInt(a);
        PyInt ib = Numbers.asInt(b);
        if (ia != null && ib != null) {
            return intBinary(ts, op, ia, ib);
        }
        Double da = Numbers.asDouble(a);
        Double db = Numbers.asDouble(b);
        if (da != null && db != null) {
            return floatBinary(ts, op, da, db, a, b);
        }
        return sequenceBinary(ts, op, a, b);
    }

    private static BinaryOperator plain(BinaryOperator op) {
        return op.ordinal() >= BinaryOperator.INPLACE_ADD.ordinal()
                ? BinaryOperator.of(op.ordinal() - BinaryOperator.INPLACE_ADD.ordinal()) : op;
    }

    /** int op int: long arithmetic, promoted to BigInteger on overflow (never a silent wrap-around). */
    public static PyObject intBinary(ThreadState ts, BinaryOperator op, PyInt a, PyInt b) {
        BinaryOperator p = plain(op);
        if (a.big == null && b.big == null) {
            long x = a.value;
            long y = b.value;
            try {
                switch (p) {
                    case ADD: return PyInt.of(ts, Math.addExact(x, y));
                    case SUBTRACT: return PyInt.of(ts, Math.subtractExact(x, y));
                    case MULTIPLY: return PyInt.of(ts, Math.multiplyExact(x, y));
                    case FLOOR_DIVIDE:
                        if (y == 0) {
                            throw PyErrors.zeroDivisionError("integer division or modulo by zero");
                        }
                        if (x != Long.MIN_VALUE || y != -1) {
                            return PyInt.of(ts, Math.floorDiv(x, y));
                        }
                        break;
                    case REMAINDER:
                        if (y == 0) {
                            throw PyErrors.zeroDivisionError("integer modulo by zero");
                        }
                        return PyInt.of(ts, Math.floorMod(x, y));
                    case AND: return PyInt.of(ts, x & y);
                    case OR: return PyInt.of(ts, x | y);
                    case XOR: return PyInt.of(ts, x ^ y);
                    case RSHIFT:
                        if (y < 0) {
                            throw PyErrors.valueError("negative shift count");
                        }
                        return PyInt.of(ts, x >> Math.min(y, 63));
                    default:
                        break;
                }
            } catch (ArithmeticException overflow) {
                // fall through to BigInteger
            }
        }
        BigInteger x = a.toBig();
        BigInteger y = b.toBig();
        switch (p) {
            case ADD: return PyInt.of(ts, x.add(y));
            case SUBTRACT: return PyInt.of(ts, x.subtract(y));
            case MULTIPLY: return PyInt.of(ts, x.multiply(y));
            case TRUE_DIVIDE:
                if (y.signum() == 0) {
                    throw PyErrors.zeroDivisionError("division by zero");
                }
                return new PyFloat(ts, trueDivide(x, y));
            case FLOOR_DIVIDE: {
                if (y.signum() == 0) {
                    throw PyErrors.zeroDivisionError("integer division or modulo by zero");
                }
                BigInteger[] qr = x.divideAndRemainder(y);
                BigInteger q = qr[1].signum() != 0 && qr[1].signum() != y.signum() ? qr[0].subtract(BigInteger.ONE) : qr[0];
                return PyInt.of(ts, q);
            }
            case REMAINDER: {
                if (y.signum() == 0) {
                    throw PyErrors.zeroDivisionError("integer modulo by zero");
                }
                BigInteger r = x.mod(y.abs());
                if (y.signum() < 0 && r.signum() != 0) {
                    r = r.add(y);
                }
                return PyInt.of(ts, r);
            }
            case POWER:
                if (y.signum() < 0) {
                    if (x.signum() == 0) {
                        throw PyErrors.zeroDivisionError("0.0 cannot be raised to a negative power");
                    }
                    return new PyFloat(ts, Math.pow(x.doubleValue(), y.doubleValue()));
                }
                if (y.compareTo(LONG_BITS_LIMIT) > 0 && x.abs().compareTo(BigInteger.ONE) > 0) {
                    throw PyErrors.overflowError("exponent too large for the model's ints");
                }
                return PyInt.of(ts, x.pow(y.intValueExact()));
            case LSHIFT:
                if (y.signum() < 0) {
                    throw PyErrors.valueError("negative shift count");
                }
                if (y.compareTo(LONG_BITS_LIMIT) > 0) {
                    throw PyErrors.overflowError("too many digits in integer");
                }
                return PyInt.of(ts, x.shiftLeft(y.intValue()));
            case RSHIFT:
                if (y.signum() < 0) {
                    throw PyErrors.valueError("negative shift count");
                }
                return PyInt.of(ts, x.shiftRight(y.min(LONG_BITS_LIMIT).intValue()));
            case AND: return PyInt.of(ts, x.and(y));
            case OR: return PyInt.of(ts, x.or(y));
            case XOR: return PyInt.of(ts, x.xor(y));
            default: throw new IllegalStateException(op.name());
        }
    }

    /** int / int, correctly rounded like long_true_divide for the common cases. */
    private static double trueDivide(BigInteger x, BigInteger y) {
        if (x.bitLength() <= 53 && y.bitLength() <= 53) {
            return x.doubleValue() / y.doubleValue();
        }
        double d = new java.math.BigDecimal(x).divide(new java.math.BigDecimal(y), java.math.MathContext.DECIMAL64).doubleValue();
        if (Double.isInfinite(d)) {
            throw PyErrors.overflowError("integer division result too large for a float");
        }
        return d;
    }

    private static PyObject floatBinary(ThreadState ts, BinaryOperator op, double x, double y, PyObject a, PyObject b) {
        switch (plain(op)) {
            case ADD: return new PyFloat(ts, x + y);
            case SUBTRACT: return new PyFloat(ts, x - y);
            case MULTIPLY: return new PyFloat(ts, x * y);
            case TRUE_DIVIDE:
                if (y == 0) {
                    throw PyErrors.zeroDivisionError("float division by zero");
                }
                return new PyFloat(ts, x / y);
            case FLOOR_DIVIDE:
                if (y == 0) {
                    throw PyErrors.zeroDivisionError("float floor division by zero");
                }
                return new PyFloat(ts, Math.floor(x / y));
            case REMAINDER: {
                if (y == 0) {
                    throw PyErrors.zeroDivisionError("float modulo");
                }
                double r = x % y;
                if (r != 0 && (r < 0) != (y < 0)) {
                    r += y;
                }
                return new PyFloat(ts, r);
            }
            case POWER:
                if (x == 0 && y < 0) {
                    throw PyErrors.zeroDivisionError("0.0 cannot be raised to a negative power");
                }
                if (x < 0 && y != Math.floor(y)) {
                    throw PyErrors.valueError("complex results are not supported by the model");
                }
                double r = Math.pow(x, y);
                if (Double.isInfinite(r) && !Double.isInfinite(x) && !Double.isInfinite(y)) {
                    throw PyErrors.overflowError("(34, 'Numerical result out of range')");
                }
                return new PyFloat(ts, r);
            default:
                throw PyErrors.unsupportedOperands(op.symbol, a, b);
        }
    }

    private static PyObject sequenceBinary(ThreadState ts, BinaryOperator op, PyObject a, PyObject b) {
        BinaryOperator p = plain(op);
        if (p == BinaryOperator.ADD) {
            if (a instanceof PyStr x && b instanceof PyStr y) {
                return new PyStr(ts, x.value + y.value);
            }
            if (a instanceof PyList x && b instanceof PyList y) {
                if (op == BinaryOperator.INPLACE_ADD) {
                    for (PyObject item : new ArrayList<>(y.items())) {
                        x.append(ts, item);
                    }
                    return ts.newRef(x);
                }
                PyList result = new PyList(ts);
                x.items().forEach(item -> result.append(ts, item));
                y.items().forEach(item -> result.append(ts, item));
                return result;
            }
            if (a instanceof PyTuple x && b instanceof PyTuple y) {
                PyObject[] items = new PyObject[x.size() + y.size()];
                System.arraycopy(x.toArray(), 0, items, 0, x.size());
                System.arraycopy(y.toArray(), 0, items, x.size(), y.size());
                return PyTuple.of(ts, items);
            }
            if (a instanceof PyList && op == BinaryOperator.INPLACE_ADD) {
                extend(ts, (PyList) a, b);
                return ts.newRef(a);
            }
        }
        if (p == BinaryOperator.MULTIPLY) {
            PyObject sequence = b instanceof PyInt || b instanceof PyBool ? a : a instanceof PyInt || a instanceof PyBool ? b : null;
            PyInt count = Numbers.asInt(sequence == a ? b : a);
            if (sequence != null && count != null && isSequence(sequence)) {
                return repeat(ts, sequence, count);
            }
        }
        if (p == BinaryOperator.REMAINDER && a instanceof PyStr format) {
            return new PyStr(ts, Format.percent(format.value, b));
        }
        throw PyErrors.unsupportedOperands(op.symbol, a, b);
    }

    private static boolean isSequence(PyObject o) {
        return o instanceof PyStr || o instanceof PyList || o instanceof PyTuple;
    }

    private static PyObject repeat(ThreadState ts, PyObject sequence, PyInt count) {
        if (count.big != null && count.big.signum() > 0) {
            throw PyErrors.overflowError("cannot fit 'int' into an index-sized integer");
        }
        int n = (int) Math.max(0, Math.min(count.big != null ? 0 : count.value, Integer.MAX_VALUE));
        if (sequence instanceof PyStr s) {
            return new PyStr(ts, s.value.repeat(n));
        }
        List<PyObject> source = sequence instanceof PyList l ? l.items() : List.of(((PyTuple) sequence).toArray());
        List<PyObject> items = new ArrayList<>(source.size() * n);
        for (int i = 0; i < n; i++) {
            items.addAll(source);
        }
        if (sequence instanceof PyList) {
            PyList result = new PyList(ts);
            items.forEach(item -> result.append(ts, item));
            return result;
        }
        return PyTuple.of(ts, items.toArray(new PyObject[0]));
    }

    public static PyObject negative(ThreadState ts, PyObject a) {
        PyInt i = Numbers.asInt(a);
        if (i != null) {
            return i.big == null && i.value != Long.MIN_VALUE ? PyInt.of(ts, -i.value) : PyInt.of(ts, i.toBig().negate());
        }
        if (a instanceof PyFloat f) {
            return new PyFloat(ts, -f.value);
        }
        throw PyErrors.typeError("bad operand type for unary -: '" + a.type().name() + "'");
    }

    public static PyObject positive(ThreadState ts, PyObject a) {
        PyInt i = Numbers.asInt(a);
        if (i != null) {
            return ts.newRef(i);
        }
        if (a instanceof PyFloat) {
            return ts.newRef(a);
        }
        throw PyErrors.typeError("bad operand type for unary +: '" + a.type().name() + "'");
    }

    public static PyObject invert(ThreadState ts, PyObject a) {
        PyInt i = Numbers.asInt(a);
        if (i != null) {
            return i.big == null ? PyInt.of(ts, ~i.value) : PyInt.of(ts, i.big.not());
        }
        throw PyErrors.typeError("bad operand type for unary ~: '" + a.type().name() + "'");
    }

    // ---- comparison (PyObject_RichCompare) ----

    public static boolean compare(CompareOperator op, PyObject a, PyObject b) {
        if (Numbers.isNumber(a) && Numbers.isNumber(b)) {
            int c = Numbers.compare(a, b);
            if (c == Integer.MIN_VALUE) {
                return op == CompareOperator.NE;
            }
            return holds(op, c);
        }
        if (op == CompareOperator.EQ) {
            return equal(a, b);
        }
        if (op == CompareOperator.NE) {
            return !equal(a, b);
        }
        if (a instanceof PyStr x && b instanceof PyStr y) {
            return holds(op, x.value.compareTo(y.value));
        }
        if ((a instanceof PyList && b instanceof PyList) || (a instanceof PyTuple && b instanceof PyTuple)) {
            List<PyObject> x = items(a);
            List<PyObject> y = items(b);
            for (int i = 0; i < Math.min(x.size(), y.size()); i++) {
                if (!equal(x.get(i), y.get(i))) {
                    return compare(op, x.get(i), y.get(i));
                }
            }
            return holds(op, Integer.compare(x.size(), y.size()));
        }
        throw PyErrors.typeError("'" + op.symbol + "' not supported between instances of '" + a.type().name()
                + "' and '" + b.type().name() + "'");
    }

    private static boolean holds(CompareOperator op, int c) {
        return switch (op) {
            case LT -> c < 0;
            case LE -> c <= 0;
            case EQ -> c == 0;
            case NE -> c != 0;
            case GT -> c > 0;
            case GE -> c >= 0;
        };
    }

    /** ==, with identity first as PyObject_RichCompareBool does. */
    public static boolean equal(PyObject a, PyObject b) {
        if (a == b) {
            return true;
        }
        if (Numbers.isNumber(a) && Numbers.isNumber(b)) {
            return Numbers.compare(a, b) == 0;
        }
        return a.equals(b);
    }

    private static List<PyObject> items(PyObject sequence) {
        return sequence instanceof PyList l ? l.items() : List.of(((PyTuple) sequence).toArray());
    }

    // ---- containers ----

    /** item in container. */
    public static boolean contains(PyObject container, PyObject item) {
        if (container instanceof PyStr s) {
            if (!(item instanceof PyStr sub)) {
                throw PyErrors.typeError("'in <string>' requires string as left operand, not " + item.type().name());
            }
            return s.value.contains(sub.value);
        }
        if (container instanceof PyDict d) {
            return d.get(item) != null;
        }
        if (container instanceof PyList || container instanceof PyTuple) {
            for (PyObject x : items(container)) {
                if (equal(x, item)) {
                    return true;
                }
            }
            return false;
        }
        if (container instanceof PyRange r) {
            PyInt i = Numbers.asInt(item);
            if (i == null || i.big != null || r.length() == 0) {
                return false;
            }
            long offset = i.value - r.start;
            return (r.step > 0 ? i.value >= r.start && i.value < r.stop : i.value <= r.start && i.value > r.stop)
                    && offset % r.step == 0;
        }
        throw PyErrors.typeError("argument of type '" + container.type().name() + "' is not iterable");
    }

    /** container[index], a new reference. */
    public static PyObject getItem(ThreadState ts, PyObject container, PyObject index) {
        if (index instanceof PySlice slice) {
            return getSlice(ts, container, slice);
        }
        if (container instanceof PyList l) {
            return ts.newRef(l.get(index(index, l.size(), "list")));
        }
        if (container instanceof PyTuple t) {
            return ts.newRef(t.get(index(index, t.size(), "tuple")));
        }
        if (container instanceof PyDict d) {
            PyObject value = d.get(index);
            if (value == null) {
                throw PyErrors.keyError(index);
            }
            return ts.newRef(value);
        }
        if (container instanceof PyStr s) {
            return new PyStr(ts, String.valueOf(s.value.charAt(index(index, s.value.length(), "string"))));
        }
        if (container instanceof PyRange r) {
            long length = r.length();
            return PyInt.of(ts, r.get(index(index, (int) Math.min(length, Integer.MAX_VALUE), "range object")));
        }
        throw PyErrors.typeError("'" + container.type().name() + "' object is not subscriptable");
    }

    /** container[i:j:k] of a list, tuple, str or range. */
    private static PyObject getSlice(ThreadState ts, PyObject container, PySlice slice) {
        if (container instanceof PyRange r) {
            long[] s = slice.indices(r.length());
            return new PyRange(ts, r.get(s[0]), r.get(s[0]) + s[3] * s[2] * r.step, s[2] * r.step);
        }
        if (container instanceof PyStr str) {
            long[] s = slice.indices(str.value.length());
            StringBuilder out = new StringBuilder();
            for (long i = 0, k = s[0]; i < s[3]; i++, k += s[2]) {
                out.append(str.value.charAt((int) k));
            }
            return new PyStr(ts, out.toString());
        }
        if (container instanceof PyList || container instanceof PyTuple) {
            List<PyObject> items = items(container);
            long[] s = slice.indices(items.size());
            PyObject[] picked = new PyObject[(int) s[3]];
            for (int i = 0; i < picked.length; i++) {
                picked[i] = items.get((int) (s[0] + i * s[2]));
            }
            if (container instanceof PyTuple) {
                return PyTuple.of(ts, picked);
            }
            PyList result = new PyList(ts);
            for (PyObject item : picked) {
                result.append(ts, item);
            }
            return result;
        }
        throw PyErrors.typeError("'" + container.type().name() + "' object is not subscriptable");
    }

    /** container[index] = value (value borrowed). */
    public static void setItem(ThreadState ts, PyObject container, PyObject index, PyObject value) {
        if (container instanceof PyList l) {
            l.set(ts, index(index, l.size(), "list assignment"), value);
        } else if (container instanceof PyDict d) {
            d.put(ts, index, value);
        } else {
            throw PyErrors.typeError("'" + container.type().name() + "' object does not support item assignment");
        }
    }

    /** del container[index]. */
    public static void delItem(ThreadState ts, PyObject container, PyObject index) {
        if (container instanceof PyList l) {
            ts.decref(l.remove(index(index, l.size(), "list assignment")));
        } else if (container instanceof PyDict d) {
            PyObject value = d.remove(ts, index);
            if (value == null) {
                throw PyErrors.keyError(index);
            }
            ts.decref(value);
        } else {
            throw PyErrors.typeError("'" + container.type().name() + "' object does not support item deletion");
        }
    }

    private static int index(PyObject index, int size, String what) {
        PyInt i = Numbers.asInt(index);
        if (i == null) {
            String kind = what.startsWith("list") ? "list" : what;
            throw PyErrors.typeError(kind + " indices must be integers or slices, not " + index.type().name());
        }
        long k = i.big != null ? Long.MAX_VALUE : i.value;
        if (k < 0) {
            k += size;
        }
        if (k < 0 || k >= size) {
            throw PyErrors.indexError(what + " index out of range");
        }
        return (int) k;
    }

    /** iter(o), a new reference. */
    public static PyIterator iter(ThreadState ts, PyObject o) {
        if (o instanceof PyIterator it) {
            return ts.newRef(it);
        }
        if (o instanceof PyRange r) {
            return new PyIterator.RangeIterator(ts, r);
        }
        if (o instanceof PyList || o instanceof PyTuple || o instanceof PyStr) {
            return new PyIterator.SequenceIterator(ts, o);
        }
        if (o instanceof PyDict d) {
            PyList keys = new PyList(ts);
            d.entries().keySet().forEach(k -> keys.append(ts, k));
            PyIterator it = new PyIterator.SequenceIterator(ts, keys);
            ts.decref(keys);
            return it;
        }
        throw PyErrors.typeError("'" + o.type().name() + "' object is not iterable");
    }

    /** The items of an iterable as new references, in a Java list (list(o) without the list object). */
    public static List<PyObject> toList(ThreadState ts, PyObject iterable) {
        PyIterator it = iter(ts, iterable);
        List<PyObject> items = new ArrayList<>();
        try {
            for (PyObject item = it.next(ts); item != null; item = it.next(ts)) {
                items.add(item);
            }
        } finally {
            ts.decref(it);
        }
        return items;
    }

    /** list.extend / list += iterable. */
    public static void extend(ThreadState ts, PyList list, PyObject iterable) {
        for (PyObject item : toList(ts, iterable)) {
            list.appendOwned(item);
        }
    }

    /** len(o). */
    public static long len(PyObject o) {
        if (o instanceof PyStr s) {
            return s.value.codePointCount(0, s.value.length());
        }
        if (o instanceof PyList l) {
            return l.size();
        }
        if (o instanceof PyTuple t) {
            return t.size();
        }
        if (o instanceof PyDict d) {
            return d.size();
        }
        if (o instanceof PyRange r) {
            return r.length();
        }
        throw PyErrors.typeError("object of type '" + o.type().name() + "' has no len()");
    }

    /** isinstance(o, type) for the built-in types (bool is an int). */
    public static boolean isInstance(PyObject o, PyType type) {
        return o.type().isSubtypeOf(type);
    }
}
