package org.gillab.model.object;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.gillab.model.PythonException;
import org.gillab.model.compile.BinaryOperator;
import org.gillab.model.compile.CompareOperator;

/**
 * The abstract object protocol (Objects/abstract.c, object.c): arithmetic with reflected and in-place
 * operands, rich comparison, truth, subscription, containment, iteration, length and hashing, with
 * Python's semantics. Built-in types are handled in Java; a class's special methods are called where
 * it defines them ({@link Slots}). Results are new references; operands are borrowed.
 */
public final class Ops {
    private Ops() {}

    private static final BigInteger LONG_BITS_LIMIT = BigInteger.valueOf(1_000_000);

    /** NotImplemented, as the binary and comparison slots return it. */
    static final PyObject NI = PySingleton.NOT_IMPLEMENTED;

    // ---- arithmetic (binary_op1 / binary_iop1) ----

    public static PyObject binary(ThreadState ts, BinaryOperator op, PyObject a, PyObject b) {
        if (a instanceof PyInt ia && b instanceof PyInt ib) {
            PyObject r = intBinary(ts, op, ia, ib);
            if (r != NI) { // NotImplemented only for @, which int lacks: the general path raises its TypeError
                return r;
            }
        }
        PyObject r = NI;
        if (op.isInPlace()) {
            r = inPlace(ts, op, a, b);
        }
        if (r == NI) {
            r = binaryOp1(ts, op.plain(), a, b);
        }
        if (r == NI) {
            if (op.plain() == BinaryOperator.REMAINDER && a instanceof PyStr) {
                throw PyErrors.typeError("not all arguments converted during string formatting");
            }
            if (op.plain() == BinaryOperator.ADD && isSequence(a)) {
                throw concatError(a, b);
            }
            if (op.plain() == BinaryOperator.MULTIPLY && (isSequence(a) || isSequence(b))) {
                PyObject count = isSequence(a) ? b : a;
                if (count.type().lookup("__index__") == null) {
                    throw PyErrors.typeError("can't multiply sequence by non-int of type '" + count.type().name() + "'");
                }
            }
            throw PyErrors.unsupportedOperands(op.plain() == BinaryOperator.POWER ? "** or pow()" : op.symbol, a, b);
        }
        return r;
    }

    /** What sq_concat raises for an operand of another type: "can only concatenate list (not "tuple") to list". */
    static RuntimeException concatError(PyObject a, PyObject b) {
        if (a instanceof PyBytes) {
            return PyErrors.typeError("can't concat " + b.type().name() + " to " + a.type().name());
        }
        String kind = a.type().solidBase().name();
        return PyErrors.typeError("can only concatenate " + kind + " (not \"" + b.type().name() + "\") to " + kind);
    }

    private static PyObject binaryOp1(ThreadState ts, BinaryOperator op, PyObject a, PyObject b) {
        return binaryOp1(ts, op, op.method, op.reflected, a, b);
    }

    /**
     * divmod(a, b) (PyNumber_Divmod): __divmod__ and __rdivmod__ tried in binary_op1's order, the built-in
     * numbers' nb_divmod between them; TypeError when every one declines.
     */
    public static PyObject divmod(ThreadState ts, PyObject a, PyObject b) {
        PyObject r = binaryOp1(ts, null, "__divmod__", "__rdivmod__", a, b);
        if (r == NI) {
            throw PyErrors.unsupportedOperands("divmod()", a, b);
        }
        return r;
    }

    /**
     * binary_op1: the operands' special methods {@code method} and {@code reflected} (the right operand's first
     * when its class is a subclass that overrides it) and the built-in types' slot for {@code op} (null:
     * divmod, which has no BINARY_OP number); NotImplemented when all decline.
     */
    private static PyObject binaryOp1(ThreadState ts, BinaryOperator op, String method, String reflected, PyObject a, PyObject b) {
        PyType ta = a.type();
        PyType tb = b.type();
        boolean overA = ta.isHeapType() && ta.overrides(method);
        boolean overB = tb != ta && tb.isHeapType() && tb.overrides(reflected);
        if (!overA && !overB) {
            PyObject r = builtinSlot(ts, op, a, b);
            if (r == NI) {
                r = nativeSpecial(ts, a, method, b);
            }
            return r == NI && ta != tb ? nativeSpecial(ts, b, reflected, a) : r;
        }
        // The right operand goes first when its type is a subclass with a reflected method of its own
        // (binary_op1 with method_is_overloaded): one merely inherited from the left's type waits its turn.
        if (overB && tb.isSubtypeOf(ta) && tb.lookup(reflected) != ta.lookup(reflected)) {
            PyObject r = Slots.call(ts, b, tb.lookup(reflected), a);
            if (r != NI) {
                return r;
            }
            overB = false;
        }
        PyObject r = overA ? Slots.call(ts, a, ta.lookup(method), b) : builtinSlot(ts, op, a, b);
        if (r != NI) {
            return r;
        }
        return overB ? Slots.call(ts, b, tb.lookup(reflected), a) : NI;
    }

    private static PyObject builtinSlot(ThreadState ts, BinaryOperator op, PyObject a, PyObject b) {
        return op == null ? builtinDivmod(ts, a, b) : builtinBinary(ts, op, a, b);
    }

    /** The built-in numbers' nb_divmod: (a // b, a % b); complex has none, and float's zero divisor has its own message. */
    static PyObject builtinDivmod(ThreadState ts, PyObject a, PyObject b) {
        if (a instanceof PyComplex || b instanceof PyComplex) {
            return NI;
        }
        if ((a instanceof PyFloat || b instanceof PyFloat) && Numbers.isZero(b)) {
            throw PyErrors.zeroDivisionError("float divmod()"); // float_divmod's own message
        }
        PyObject q = builtinBinary(ts, BinaryOperator.FLOOR_DIVIDE, a, b);
        if (q == NI) {
            return NI;
        }
        PyObject r = builtinBinary(ts, BinaryOperator.REMAINDER, a, b);
        return new PyTuple(ts, new PyObject[] {q, r});
    }

    /** __iadd__ and friends, and the in-place forms of list +=, set |=, dict |=. */
    private static PyObject inPlace(ThreadState ts, BinaryOperator op, PyObject a, PyObject b) {
        PyType ta = a.type();
        if (ta.isHeapType() && ta.lookup(op.inPlace) != null && ta.overrides(op.inPlace)) {
            return Slots.call(ts, a, ta.lookup(op.inPlace), b);
        }
        PyObject r = builtinInPlace(ts, op.plain(), a, b);
        return r == NI ? nativeSpecial(ts, a, op.inPlace, b) : r;
    }

    /** The in-place slots of the built-in types (list +=, *=, set |= &= -= ^=, dict |=); NotImplemented otherwise. */
    static PyObject builtinInPlace(ThreadState ts, BinaryOperator p, PyObject a, PyObject b) {
        if (a instanceof PyList list && p == BinaryOperator.ADD) {
            extend(ts, list, b);
            return ts.newRef(a);
        }
        if (a instanceof PyList list && p == BinaryOperator.MULTIPLY && Numbers.asInt(b) != null) {
            list.repeatInPlace(ts, index(Numbers.asInt(b)));
            return ts.newRef(a);
        }
        if (a instanceof PySet set && !set.frozen && b instanceof PySet other) {
            switch (p) {
                case OR -> set.addAll(ts, other);
                case AND -> set.retainAll(ts, other);
                case SUBTRACT -> set.removeAll(ts, other);
                case XOR -> set.symmetricUpdate(ts, other);
                default -> {
                    return NI;
                }
            }
            return ts.newRef(a);
        }
        if (a instanceof PyDict dict && p == BinaryOperator.OR) {
            DictMethods.update(ts, dict, b);
            return ts.newRef(a);
        }
        if (a instanceof PyBytes bytes && bytes.mutable && p == BinaryOperator.ADD) {
            byte[] more = PyBytes.bufferOrNull(b);
            if (more == null) {
                throw PyErrors.typeError("can't concat " + b.type().name() + " to " + a.type().name());
            }
            bytes.append(more);
            return ts.newRef(a);
        }
        if (a instanceof PyBytes bytes && bytes.mutable && p == BinaryOperator.MULTIPLY && Numbers.asInt(b) != null) {
            bytes.repeatInPlace(index(Numbers.asInt(b)));
            return ts.newRef(a);
        }
        return NI;
    }

    /**
     * The special method {@code name} of a type implemented in Java outside this package (a library type
     * such as collections.deque declares __add__, __eq__... as native methods), called with {@code other};
     * NotImplemented when the type has none.
     */
    private static PyObject nativeSpecial(ThreadState ts, PyObject self, String name, PyObject other) {
        return self.type().lookup(name) instanceof PyMethodDescriptor d ? d.method().call(self, Args.of(ts, other)) : NI;
    }

    /** The built-in types' nb_* and sq_concat/sq_repeat slots; NotImplemented for operand types they do not take. */
    static PyObject builtinBinary(ThreadState ts, BinaryOperator op, PyObject a, PyObject b) {
        PyInt ia = Numbers.asInt(a);
        PyInt ib = Numbers.asInt(b);
        if (ia != null && ib != null) {
            if (op == BinaryOperator.AND || op == BinaryOperator.OR || op == BinaryOperator.XOR) {
                if (a instanceof PyBool x && b instanceof PyBool y) {
                    return PyBool.of(op == BinaryOperator.AND ? x.value & y.value : op == BinaryOperator.OR ? x.value | y.value
                            : x.value ^ y.value);
                }
            }
            return intBinary(ts, op, ia, ib);
        }
        Double da = Numbers.asDouble(a);
        // b is a float only beside a number: an int too large for one may be the argument of "%d" % n
        Double db = da == null ? null : Numbers.asDouble(b);
        if (da != null && db != null) {
            return floatBinary(ts, op, da, db);
        }
        return sequenceBinary(ts, op, a, b);
    }

    /** int op int: long arithmetic, promoted to BigInteger on overflow (never a silent wrap-around). */
    public static PyObject intBinary(ThreadState ts, BinaryOperator op, PyInt a, PyInt b) {
        BinaryOperator p = op.plain();
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
                    case TRUE_DIVIDE:
                        if (y == 0) {
                            throw PyErrors.zeroDivisionError("division by zero");
                        }
                        if (Math.abs(x) < (1L << 53) && Math.abs(y) < (1L << 53)) {
                            return new PyFloat(ts, (double) x / y);
                        }
                        break;
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
                    return new PyFloat(ts, Libm.pow(x.doubleValue(), y.doubleValue()));
                }
                if (x.abs().compareTo(BigInteger.ONE) <= 0) { // 0, 1 and -1 to any power, however large
                    return PyInt.of(ts, x.signum() == 0 ? (y.signum() == 0 ? BigInteger.ONE : BigInteger.ZERO)
                            : x.signum() > 0 || !y.testBit(0) ? BigInteger.ONE : BigInteger.ONE.negate());
                }
                if (y.compareTo(LONG_BITS_LIMIT) > 0) {
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
            default: return NI;
        }
    }

    /**
     * int / int correctly rounded, as long_true_divide is: the quotient is taken in integers to at least two
     * bits beyond the result's last (never finer than two bits below the smallest subnormal), then rounded
     * half-even with the remainder as a sticky bit. A decimal quotient rounded to a double would round twice.
     */
    private static double trueDivide(BigInteger x, BigInteger y) {
        boolean negative = x.signum() * y.signum() < 0 || x.signum() == 0 && y.signum() < 0;
        BigInteger a = x.abs();
        BigInteger b = y.abs();
        if (a.signum() == 0) {
            return negative ? -0.0 : 0.0;
        }
        int s = Math.max(a.bitLength() - b.bitLength() - 56, -1076); // the quotient's unit is 2**s
        BigInteger[] qr = s >= 0 ? a.divideAndRemainder(b.shiftLeft(s)) : a.shiftLeft(-s).divideAndRemainder(b);
        BigInteger q = qr[0];
        int ulp = Math.max(q.bitLength() - 1 + s - 52, -1074); // the exponent of the result's last bit
        int drop = ulp - s;
        BigInteger kept = q.shiftRight(drop);
        BigInteger rest = q.subtract(kept.shiftLeft(drop));
        int vsHalf = rest.compareTo(BigInteger.ONE.shiftLeft(drop - 1));
        if (vsHalf > 0 || vsHalf == 0 && (qr[1].signum() != 0 || kept.testBit(0))) {
            kept = kept.add(BigInteger.ONE);
        }
        double d = Math.scalb(kept.doubleValue(), ulp);
        if (Double.isInfinite(d)) {
            throw PyErrors.overflowError("integer division result too large for a float");
        }
        return negative ? -d : d;
    }

    /** float's nb_* slots on two doubles (ints already converted); NotImplemented for an operator floats lack. */
    public static PyObject floatBinary(ThreadState ts, BinaryOperator op, double x, double y) {
        switch (op.plain()) {
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
                return new PyFloat(ts, floorDivMod(x, y)[0]);
            case REMAINDER:
                if (y == 0) {
                    throw PyErrors.zeroDivisionError("float modulo");
                }
                return new PyFloat(ts, floorDivMod(x, y)[1]);
            case POWER:
                if (x == 0 && y < 0) {
                    throw PyErrors.zeroDivisionError("0.0 cannot be raised to a negative power");
                }
                if (x < 0 && Double.isFinite(x) && Double.isFinite(y) && y != Math.floor(y)) { // float_pow: complex
                    return ComplexMethods.power(ts, new double[] {x, 0.0}, new double[] {y, 0.0});
                }
                double r = Libm.pow(x, y); // libm's, as float_pow's, for CPython's last bit
                if (Double.isInfinite(r) && !Double.isInfinite(x) && !Double.isInfinite(y)) {
                    throw PyErrors.overflowError("(34, 'Numerical result out of range')");
                }
                return new PyFloat(ts, r);
            default:
                return NI;
        }
    }

    /**
     * float's floor division and remainder (floatobject.c's _float_div_mod): the quotient comes from
     * (x - fmod(x, y)) / y rather than floor(x / y), so 1.0 // 0.1 is 9.0 with remainder 0.0999..., and a
     * zero remainder or quotient takes the sign CPython gives it (that of y, and of x / y).
     */
    private static double[] floorDivMod(double x, double y) {
        double mod = x % y;
        double div = (x - mod) / y;
        if (mod != 0) {
            if ((y < 0) != (mod < 0)) {
                mod += y;
                div -= 1.0;
            }
        } else {
            mod = Math.copySign(0.0, y);
        }
        double floorDiv;
        if (div != 0) {
            floorDiv = Math.floor(div);
            if (div - floorDiv > 0.5) {
                floorDiv += 1.0;
            }
        } else {
            floorDiv = Math.copySign(0.0, x / y);
        }
        return new double[] {floorDiv, mod};
    }

    private static PyObject sequenceBinary(ThreadState ts, BinaryOperator op, PyObject a, PyObject b) {
        if (op == BinaryOperator.ADD) {
            if (a instanceof PyStr x && b instanceof PyStr y) {
                return new PyStr(ts, x.value + y.value);
            }
            if (a instanceof PyList x && b instanceof PyList y) {
                PyList result = new PyList(ts);
                x.snapshot().forEach(item -> result.append(ts, item));
                y.snapshot().forEach(item -> result.append(ts, item));
                return result;
            }
            if (a instanceof PyTuple x && b instanceof PyTuple y) {
                PyObject[] items = new PyObject[x.size() + y.size()];
                System.arraycopy(x.toArray(), 0, items, 0, x.size());
                System.arraycopy(y.toArray(), 0, items, x.size(), y.size());
                return PyTuple.of(ts, items);
            }
            byte[] more = a instanceof PyBytes ? PyBytes.bufferOrNull(b) : null;
            if (more != null) {
                return ((PyBytes) a).concat(ts, more);
            }
        }
        if (op == BinaryOperator.MULTIPLY) {
            PyObject sequence = Numbers.asInt(b) != null ? a : Numbers.asInt(a) != null ? b : null;
            PyInt count = Numbers.asInt(sequence == a ? b : a);
            if (sequence != null && count != null && isSequence(sequence)) {
                return repeat(ts, sequence, count);
            }
        }
        if (op == BinaryOperator.REMAINDER && a instanceof PyStr format) {
            return new PyStr(ts, PercentFormat.format(ts, format.value, b));
        }
        if (op == BinaryOperator.REMAINDER && a instanceof PyBytes format) {
            String text = PercentFormat.formatBytes(ts, PyBytes.latin1(format.value()), b);
            return new PyBytes(ts, PyBytes.fromLatin1(text), format.mutable);
        }
        if (a instanceof PySet x && b instanceof PySet y) {
            PyObject r = x.operator(ts, op, y);
            if (r != null) {
                return r;
            }
        }
        if ((a instanceof DictView x && x.kind != 1 || b instanceof DictView y && y.kind != 1) && DictView.isSetOperator(op)) {
            return DictView.setOperation(ts, op, a, b);
        }
        if (op == BinaryOperator.OR && (GenericAlias.typeLike(a) || GenericAlias.typeLike(b))) {
            return GenericAlias.union(ts, a, b);
        }
        if (op == BinaryOperator.OR && a instanceof PyDict x && b instanceof PyDict y) {
            PyDict result = x.copy(ts);
            DictMethods.update(ts, result, y);
            return result;
        }
        return NI;
    }

    /** PySequence_Check: something indexable by position, a built-in sequence or a class with __getitem__ that is no dict. */
    public static boolean sequenceCheck(PyObject o) {
        if (o instanceof PyList || o instanceof PyTuple || o instanceof PyStr || o instanceof PyBytes) {
            return true;
        }
        return !(o instanceof PyDict) && Slots.overridden(o, "__getitem__");
    }

    static boolean isSequence(PyObject o) {
        return o instanceof PyStr || o instanceof PyList || o instanceof PyTuple || o instanceof PyBytes;
    }

    private static int index(PyInt count) {
        if (count.big != null && count.big.signum() > 0) {
            throw PyErrors.overflowError("cannot fit 'int' into an index-sized integer");
        }
        return (int) Math.max(0, Math.min(count.big != null ? 0 : count.value, Integer.MAX_VALUE));
    }

    private static PyObject repeat(ThreadState ts, PyObject sequence, PyInt count) {
        int n = index(count);
        if (sequence instanceof PyStr s) {
            return new PyStr(ts, s.value.repeat(n));
        }
        if (sequence instanceof PyBytes bytes) {
            return bytes.repeat(ts, n);
        }
        List<PyObject> source = sequence instanceof PyList l ? l.snapshot() : List.of(((PyTuple) sequence).toArray());
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
        PyObject r = a.type().isHeapType() ? Slots.callOverride(ts, a, "__neg__") : null;
        return r != null ? r : builtinUnary(ts, a, "__neg__");
    }

    public static PyObject positive(ThreadState ts, PyObject a) {
        PyObject r = a.type().isHeapType() ? Slots.callOverride(ts, a, "__pos__") : null;
        return r != null ? r : builtinUnary(ts, a, "__pos__");
    }

    public static PyObject invert(ThreadState ts, PyObject a) {
        PyObject r = a.type().isHeapType() ? Slots.callOverride(ts, a, "__invert__") : null;
        return r != null ? r : builtinUnary(ts, a, "__invert__");
    }

    /** abs(x). */
    public static PyObject abs(ThreadState ts, PyObject a) {
        PyObject r = a.type().isHeapType() ? Slots.callOverride(ts, a, "__abs__") : null;
        return r != null ? r : builtinUnary(ts, a, "__abs__");
    }

    /**
     * The unary slots of int and float (nb_negative, nb_positive, nb_invert, nb_absolute), also for
     * instances of their subclasses (the result is a plain number); a TypeError for other objects.
     */
    static PyObject builtinUnary(ThreadState ts, PyObject a, String method) {
        PyInt i = Numbers.asInt(a);
        if (i != null) {
            return switch (method) {
                case "__neg__" -> i.big == null && i.value != Long.MIN_VALUE ? PyInt.of(ts, -i.value) : PyInt.of(ts, i.toBig().negate());
                case "__pos__" -> ts.newRef(i);
                case "__invert__" -> i.big == null ? PyInt.of(ts, ~i.value) : PyInt.of(ts, i.big.not());
                default -> i.big == null && i.value != Long.MIN_VALUE ? PyInt.of(ts, Math.abs(i.value)) : PyInt.of(ts, i.toBig().abs());
            };
        }
        PyFloat f = Numbers.floatValue(a);
        if (f != null && !method.equals("__invert__")) {
            return switch (method) {
                case "__neg__" -> new PyFloat(ts, -f.value);
                case "__pos__" -> ts.newRef(f);
                default -> new PyFloat(ts, Math.abs(f.value));
            };
        }
        PyObject r = a instanceof PyInstance ? null : Slots.callOptional(ts, a, method);
        if (r != null) {
            return r;
        }
        throw PyErrors.typeError(method.equals("__abs__") ? "bad operand type for abs(): '" + a.type().name() + "'"
                : "bad operand type for unary " + switch (method) {
                    case "__neg__" -> "-";
                    case "__pos__" -> "+";
                    default -> "~";
                } + ": '" + a.type().name() + "'");
    }

    /** Truth value (PyObject_IsTrue): __bool__, then __len__, for classes that define them. */
    public static boolean truthy(ThreadState ts, PyObject o) {
        return o.truthy();
    }

    // ---- comparison (PyObject_RichCompare, do_richcompare) ----

    private static final CompareOperator[] SWAPPED = {
        CompareOperator.GT, CompareOperator.GE, CompareOperator.EQ, CompareOperator.NE, CompareOperator.LT, CompareOperator.LE};
    private static final String[] COMPARE_METHODS = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};

    /** a op b as an object (a class's __lt__ may return anything); TypeError when neither side supports it. */
    public static PyObject richCompare(ThreadState ts, CompareOperator op, PyObject a, PyObject b) {
        PyType ta = a.type();
        PyType tb = b.type();
        CompareOperator swapped = SWAPPED[op.ordinal()];
        boolean checkedReverse = false;
        if (ta != tb && tb.isHeapType() && tb.isSubtypeOf(ta) && tb.overrides(COMPARE_METHODS[swapped.ordinal()])) {
            checkedReverse = true;
            PyObject r = Slots.call(ts, b, tb.lookup(COMPARE_METHODS[swapped.ordinal()]), a);
            if (r != NI) {
                return r;
            }
        }
        PyObject r = compareSlot(ts, op, a, b);
        if (r != NI) {
            return r;
        }
        if (!checkedReverse) {
            r = compareSlot(ts, swapped, b, a);
            if (r != NI) {
                return r;
            }
        }
        if (op == CompareOperator.EQ) {
            return PyBool.of(a == b);
        }
        if (op == CompareOperator.NE) {
            return PyBool.of(a != b);
        }
        throw PyErrors.typeError("'" + op.symbol + "' not supported between instances of '" + ta.name()
                + "' and '" + tb.name() + "'");
    }

    /** One side's comparison slot: a class's method where it defines one, else the built-in comparison. */
    private static PyObject compareSlot(ThreadState ts, CompareOperator op, PyObject a, PyObject b) {
        PyType t = a.type();
        String method = COMPARE_METHODS[op.ordinal()];
        if (t.isHeapType() && t.overrides(method)) {
            return Slots.call(ts, a, t.lookup(method), b);
        }
        if (t.isHeapType() && op == CompareOperator.NE && t.overrides("__eq__")) {
            PyObject eq = Slots.call(ts, a, t.lookup("__eq__"), b);
            if (eq == NI) {
                return NI;
            }
            boolean truth = eq.truthy();
            ts.decref(eq);
            return PyBool.of(!truth);
        }
        PyObject r = builtinCompare(ts, op, a, b);
        return r == NI && !(a instanceof PyInstance) ? nativeSpecial(ts, a, method, b) : r;
    }

    /** The comparisons of the built-in types; NotImplemented for the pairs they do not compare. */
    static PyObject builtinCompare(ThreadState ts, CompareOperator op, PyObject a, PyObject b) {
        if (Numbers.isNumeric(a) && Numbers.isNumeric(b)) {
            int c = Numbers.compare(a, b);
            if (c == Integer.MIN_VALUE) {
                return PyBool.of(op == CompareOperator.NE);
            }
            return PyBool.of(holds(op, c));
        }
        if (a instanceof PyStr x && b instanceof PyStr y) {
            if (op == CompareOperator.EQ || op == CompareOperator.NE) {
                return PyBool.of(x.value.equals(y.value) == (op == CompareOperator.EQ));
            }
            return PyBool.of(holds(op, ListSort.compareCodePoints(x.value, y.value)));
        }
        if (a instanceof PyBytes x && b instanceof PyBytes y) {
            return PyBool.of(holds(op, x.compareTo(y)));
        }
        if (a instanceof PyList && b instanceof PyList || a instanceof PyTuple && b instanceof PyTuple) {
            return PyBool.of(sequenceCompare(ts, op, items(a), items(b)));
        }
        if (a instanceof PySet x && b instanceof PySet y) {
            return x.compare(ts, op, y);
        }
        if (DictView.isSetLike(a) && (DictView.isSetLike(b) || b instanceof PySet)
                || a instanceof PySet && DictView.isSetLike(b)) {
            return DictView.compare(ts, op, a, b);
        }
        if (a instanceof PySlice x && b instanceof PySlice y) {
            PyTuple tx = x.asTuple(ts);
            PyTuple ty = y.asTuple(ts);
            try {
                return PyBool.of(sequenceCompare(ts, op, items(tx), items(ty)));
            } finally {
                ts.decref(tx);
                ts.decref(ty);
            }
        }
        if (op == CompareOperator.EQ || op == CompareOperator.NE) {
            if (a instanceof PyDict x && b instanceof PyDict y) {
                return PyBool.of(x.contentEquals(ts, y) == (op == CompareOperator.EQ));
            }
            if (a instanceof PyRange x && b instanceof PyRange y) {
                return PyBool.of(x.sameItems(y) == (op == CompareOperator.EQ));
            }
            if (a.type() == b.type() && !(a instanceof PyInstance) && a.equals(b) && a != b) {
                return PyBool.of(op == CompareOperator.EQ);
            }
        }
        return NI;
    }

    /** Lexicographic comparison of two sequences, the first unequal pair deciding. */
    private static boolean sequenceCompare(ThreadState ts, CompareOperator op, List<PyObject> x, List<PyObject> y) {
        int n = Math.min(x.size(), y.size());
        for (int i = 0; i < n; i++) {
            if (!equal(ts, x.get(i), y.get(i))) {
                if (op == CompareOperator.EQ) {
                    return false;
                }
                if (op == CompareOperator.NE) {
                    return true;
                }
                return compare(ts, op, x.get(i), y.get(i));
            }
        }
        return holds(op, Integer.compare(x.size(), y.size()));
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

    /** a op b as a truth value. */
    public static boolean compare(ThreadState ts, CompareOperator op, PyObject a, PyObject b) {
        if (Numbers.isNumber(a) && Numbers.isNumber(b)) {
            int c = Numbers.compare(a, b);
            return c == Integer.MIN_VALUE ? op == CompareOperator.NE : holds(op, c);
        }
        PyObject r = richCompare(ts, op, a, b);
        boolean truth = r.truthy();
        ts.decref(r);
        return truth;
    }

    /** ==, with identity first as PyObject_RichCompareBool does. */
    public static boolean equal(ThreadState ts, PyObject a, PyObject b) {
        if (a == b) {
            return true;
        }
        if (Numbers.isNumber(a) && Numbers.isNumber(b)) {
            return Numbers.compare(a, b) == 0;
        }
        if (a instanceof PyStr x && b instanceof PyStr y) {
            return x.value.equals(y.value);
        }
        return compare(ts, CompareOperator.EQ, a, b);
    }

    private static List<PyObject> items(PyObject sequence) {
        return sequence instanceof PyList l ? l.snapshot() : List.of(((PyTuple) sequence).toArray());
    }

    // ---- containers ----

    /** item in container: __contains__, else iteration comparing with ==. */
    public static boolean contains(ThreadState ts, PyObject container, PyObject item) {
        PyObject over = Slots.callOverride(ts, container, "__contains__", item);
        if (over != null) {
            boolean truth = over.truthy();
            ts.decref(over);
            return truth;
        }
        return builtinContains(ts, container, item);
    }

    /** sq_contains of the built-in containers, else iteration comparing with ==. */
    static boolean builtinContains(ThreadState ts, PyObject container, PyObject item) {
        if (container instanceof PyStr s) {
            if (!(item instanceof PyStr sub)) {
                throw PyErrors.typeError("'in <string>' requires string as left operand, not " + item.type().name());
            }
            return s.contains(sub);
        }
        if (container instanceof PyDict d) {
            return d.get(item) != null;
        }
        if (container instanceof PySet s) {
            return s.contains(ts, item);
        }
        if (container instanceof PyList || container instanceof PyTuple) {
            for (PyObject x : items(container)) {
                if (equal(ts, x, item)) {
                    return true;
                }
            }
            return false;
        }
        if (container instanceof PyRange r) {
            return r.contains(ts, item);
        }
        if (container instanceof PyBytes b) {
            return b.contains(item);
        }
        if (container instanceof MappingProxy m) {
            return m.dict().get(item) != null;
        }
        if (container instanceof DictView v) {
            return v.contains(ts, item);
        }
        if (!isIterable(container)) {
            throw PyErrors.typeError("argument of type '" + container.type().name() + "' is not iterable");
        }
        PyObject it = iter(ts, container);
        try {
            for (PyObject x = next(ts, it); x != null; x = next(ts, it)) {
                boolean found = equal(ts, x, item);
                ts.decref(x);
                if (found) {
                    return true;
                }
            }
            return false;
        } finally {
            ts.decref(it);
        }
    }

    /** Whether iter(o) can work: a built-in iterable, or a type with __iter__ or __getitem__. */
    public static boolean isIterable(PyObject o) {
        return o instanceof PyIterator || o instanceof PyList || o instanceof PyTuple || o instanceof PyStr
                || o instanceof PyDict || o instanceof PySet || o instanceof PyRange || o instanceof PyBytes
                || o instanceof DictView || o instanceof MappingProxy
                || o.type().lookup("__iter__") != null || o.type().lookup("__getitem__") != null;
    }

    /** callable(o): a type, a function or method, or an object whose type has __call__. */
    public static boolean isCallable(PyObject o) {
        return o instanceof PyType || o instanceof PyBuiltin || o instanceof PyFunction || o instanceof PyMethod
                || o instanceof PyBoundMethod || o.type().lookup("__call__") != null;
    }

    /** container[index], a new reference. */
    public static PyObject getItem(ThreadState ts, PyObject container, PyObject index) {
        PyObject over = Slots.callOverride(ts, container, "__getitem__", index);
        if (over != null) {
            return over;
        }
        PyObject item = builtinGetItem(ts, container, index);
        if (item != null) {
            return item;
        }
        PyObject getitem = Slots.callOptional(ts, container, "__getitem__", index);
        if (getitem != null) {
            return getitem;
        }
        throw PyErrors.typeError("'" + container.type().name() + "' object is not subscriptable");
    }

    /** The mp_subscript / sq_item slots of the built-in containers; null for other objects. */
    static PyObject builtinGetItem(ThreadState ts, PyObject container, PyObject index) {
        if (container instanceof PyList l) {
            if (index instanceof PySlice slice) {
                return l.slice(ts, slice);
            }
            return ts.newRef(l.get(index(ts, index, l.size(), "list")));
        }
        if (container instanceof PyDict d) {
            PyObject value = d.get(index);
            if (value == null) {
                PyObject missing = Slots.callOverride(ts, container, "__missing__", index);
                if (missing != null) {
                    return missing;
                }
                throw PyErrors.keyError(index);
            }
            return ts.newRef(value);
        }
        if (container instanceof PyTuple t) {
            return t.getItem(ts, index);
        }
        if (container instanceof PyStr s) {
            return s.getItem(ts, index);
        }
        if (container instanceof PyRange r) {
            return r.getItem(ts, index);
        }
        if (container instanceof PyBytes b) {
            return b.getItem(ts, index);
        }
        if (container instanceof PyType type) {
            return GenericAlias.classGetItem(ts, type, index);
        }
        if (container instanceof MappingProxy m) {
            return getItem(ts, m.dict(), index);
        }
        return null;
    }

    /** container[index] = value (value borrowed). */
    public static void setItem(ThreadState ts, PyObject container, PyObject index, PyObject value) {
        PyObject over = Slots.callOverride(ts, container, "__setitem__", index, value);
        if (over != null) {
            ts.decref(over);
            return;
        }
        if (!builtinSetItem(ts, container, index, value)) {
            PyObject setitem = Slots.callOptional(ts, container, "__setitem__", index, value);
            if (setitem == null) {
                throw PyErrors.typeError("'" + container.type().name() + "' object does not support item assignment");
            }
            ts.decref(setitem);
        }
    }

    /** The mp_ass_subscript slots of list, dict and bytearray; false for other objects. */
    static boolean builtinSetItem(ThreadState ts, PyObject container, PyObject index, PyObject value) {
        if (container instanceof PyList l) {
            if (index instanceof PySlice slice) {
                l.setSlice(ts, slice, value);
            } else {
                l.set(ts, index(ts, index, l.size(), "list assignment"), value);
            }
        } else if (container instanceof PyDict d) {
            d.put(ts, index, value);
        } else if (container instanceof PyBytes b && b.mutable) {
            b.setItem(ts, index, value);
        } else {
            return false;
        }
        return true;
    }

    /** del container[index]. */
    public static void delItem(ThreadState ts, PyObject container, PyObject index) {
        PyObject over = Slots.callOverride(ts, container, "__delitem__", index);
        if (over != null) {
            ts.decref(over);
            return;
        }
        if (!builtinDelItem(ts, container, index)) {
            PyObject delitem = Slots.callOptional(ts, container, "__delitem__", index);
            if (delitem == null) {
                throw PyErrors.typeError("'" + container.type().name() + "' object doesn't support item deletion");
            }
            ts.decref(delitem);
        }
    }

    /** del of an item or slice of list, dict and bytearray; false for other objects. */
    static boolean builtinDelItem(ThreadState ts, PyObject container, PyObject index) {
        if (container instanceof PyList l) {
            if (index instanceof PySlice slice) {
                l.deleteSlice(ts, slice);
            } else {
                ts.decref(l.remove(index(ts, index, l.size(), "list assignment")));
            }
        } else if (container instanceof PyDict d) {
            PyObject value = d.remove(ts, index);
            if (value == null) {
                throw PyErrors.keyError(index);
            }
            ts.decref(value);
        } else if (container instanceof PyBytes b && b.mutable) {
            b.delItem(ts, index);
        } else {
            return false;
        }
        return true;
    }

    /** A sequence index (an int or __index__), negative from the end, checked against {@code size}. */
    static int index(ThreadState ts, PyObject index, int size, String what) {
        PyInt i = Numbers.asInt(index);
        if (i == null) {
            if (index.type().lookup("__index__") == null) {
                if (what.equals("string")) {
                    // unicode_subscript's message names no slices and quotes the type
                    throw PyErrors.typeError("string indices must be integers, not '" + index.type().name() + "'");
                }
                String kind = what.startsWith("list") ? "list" : what;
                throw PyErrors.typeError(kind + " indices must be integers or slices, not " + index.type().name());
            }
            i = Numbers.index(ts, index);
        }
        long k = i.big != null ? (i.big.signum() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE) : i.value;
        if (k < 0) {
            k += size;
        }
        if (k < 0 || k >= size) {
            throw PyErrors.indexError(what + " index out of range");
        }
        return (int) k;
    }

    // ---- iteration ----

    /** iter(o), a new reference: a class's __iter__, a built-in iterator, or the __getitem__ sequence protocol. */
    public static PyObject iter(ThreadState ts, PyObject o) {
        PyType t = o.type();
        if (t.isHeapType() && t.overrides("__iter__")) {
            PyObject method = t.lookup("__iter__");
            if (method == PyNone.NONE) { // __iter__ = None: the class says it is not iterable (slot_tp_iter)
                throw PyErrors.typeError("'" + t.name() + "' object is not iterable");
            }
            PyObject it = Slots.call(ts, o, method);
            if (!(it instanceof PyIterator) && it.type().lookup("__next__") == null) {
                ts.decref(it);
                throw PyErrors.typeError("iter() returned non-iterator of type '" + it.type().name() + "'");
            }
            return it;
        }
        PyObject it = builtinIter(ts, o);
        if (it != null) {
            return it;
        }
        PyObject dunder = t.lookup("__iter__");
        if (dunder != null && dunder != PyNone.NONE) {
            return Slots.call(ts, o, dunder);
        }
        if (t.lookup("__getitem__") != null) {
            return new PyIterator.GetItemIterator(ts, o);
        }
        throw PyErrors.typeError("'" + t.name() + "' object is not iterable");
    }

    /** tp_iter of the built-in iterables; null for other objects. */
    static PyObject builtinIter(ThreadState ts, PyObject o) {
        if (o instanceof PyIterator it) {
            if (it instanceof PyIterator.NotIterable) {
                throw PyErrors.typeError("'" + o.type().name() + "' object is not iterable");
            }
            return ts.newRef(it);
        }
        if (o instanceof PyRange r) {
            return new PyIterator.RangeIterator(ts, r);
        }
        if (o instanceof PyList || o instanceof PyTuple || o instanceof PyStr || o instanceof PyBytes) {
            return new PyIterator.SequenceIterator(ts, o);
        }
        if (o instanceof PyDict d) {
            return new PyIterator.DictIterator(ts, d, 0);
        }
        if (o instanceof PySet s) {
            return s.iterator(ts);
        }
        if (o instanceof MappingProxy m) {
            return new PyIterator.DictIterator(ts, m.dict(), 0);
        }
        if (o instanceof DictView v) {
            return v.iterator(ts);
        }
        return null;
    }

    /** next(it) as a new reference, or null when the iterator is exhausted (its StopIteration is swallowed). */
    public static PyObject next(ThreadState ts, PyObject it) {
        if (it instanceof PyIterator i && !it.type().isHeapType()) {
            return i.next(ts);
        }
        PyObject next = it.type().lookup("__next__");
        if (next == null) {
            throw PyErrors.typeError("'" + it.type().name() + "' object is not an iterator");
        }
        try {
            return Slots.call(ts, it, next);
        } catch (PythonException e) {
            if (Slots.isStopIteration(e)) {
                ts.decref(e.exception());
                return null;
            }
            throw e;
        }
    }

    /**
     * PyObject_Dir (Objects/object.c), what dir(obj) and suggestions.c ask: a module's own __dir__ function
     * (PEP 562), else the type's __dir__ override, sorted; else the instance's and its type's attributes.
     */
    public static PyList dir(ThreadState ts, PyObject obj) {
        PyObject custom = obj instanceof PyModule module ? moduleDir(ts, module) : Slots.callOverride(ts, obj, "__dir__");
        if (custom != null) {
            PyList sorted = new PyList(ts, toList(ts, custom));
            ts.decref(custom);
            ListSort.sort(ts, sorted, null, false);
            return sorted;
        }
        // made only now: a __dir__ that raises leaves nothing allocated behind
        PyList names = new PyList(ts);
        TypeCalls.dir(obj).forEach(n -> names.appendOwned(new PyStr(ts, n)));
        return names;
    }

    /** What a module's own __dir__() returns (a new reference), or null when it defines none. */
    private static PyObject moduleDir(ThreadState ts, PyModule module) {
        PyObject function = module.dict().get(PyStr.constant("__dir__"));
        return function == null ? null : ts.call(function, new PyObject[0]);
    }

    /** The items of an iterable as new references, in a Java list (list(o) without the list object). */
    public static List<PyObject> toList(ThreadState ts, PyObject iterable) {
        if (iterable instanceof PyTuple t && !t.type().isHeapType()) {
            List<PyObject> items = new ArrayList<>(t.size());
            for (int i = 0; i < t.size(); i++) {
                items.add(ts.newRef(t.get(i)));
            }
            return items;
        }
        PyObject it = iter(ts, iterable);
        List<PyObject> items = new ArrayList<>();
        try {
            for (PyObject item = next(ts, it); item != null; item = next(ts, it)) {
                items.add(item);
            }
        } catch (RuntimeException e) {
            items.forEach(ts::decref);
            throw e;
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

    /** len(o): __len__ for classes, the size of built-in containers. */
    public static long len(ThreadState ts, PyObject o) {
        PyObject over = Slots.callOverride(ts, o, "__len__");
        if (over == null && !(o instanceof PyInstance) && !isSized(o)) {
            over = Slots.callOptional(ts, o, "__len__");
        }
        if (over != null) {
            try {
                PyInt n = Numbers.asInt(over);
                if (n == null) {
                    throw PyErrors.typeError("'" + over.type().name() + "' object cannot be interpreted as an integer");
                }
                if (n.toBig().signum() < 0) {
                    throw PyErrors.valueError("__len__() should return >= 0");
                }
                if (n.big != null) { // slot_sq_length converts with PyNumber_AsSsize_t(result, OverflowError)
                    throw PyErrors.overflowError("cannot fit 'int' into an index-sized integer");
                }
                return n.value;
            } finally {
                ts.decref(over);
            }
        }
        return builtinLen(o);
    }

    /** sq_length / mp_length of the built-in containers; a TypeError for other objects. */
    static long builtinLen(PyObject o) {
        if (o instanceof PyStr s) {
            return s.length();
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
        if (o instanceof PySet s) {
            return s.size();
        }
        if (o instanceof PyRange r) {
            return r.length();
        }
        if (o instanceof PyBytes b) {
            return b.length();
        }
        if (o instanceof DictView v) {
            return v.dict.size();
        }
        if (o instanceof MappingProxy m) {
            return m.dict().size();
        }
        throw PyErrors.typeError("object of type '" + o.type().name() + "' has no len()");
    }

    private static boolean isSized(PyObject o) {
        return o instanceof PyStr || o instanceof PyList || o instanceof PyTuple || o instanceof PyDict
                || o instanceof PySet || o instanceof PyRange || o instanceof PyBytes || o instanceof DictView
                || o instanceof MappingProxy;
    }

    /** repr(o) (the object's own, which calls a class's __repr__). */
    public static String repr(ThreadState ts, PyObject o) {
        return o.repr();
    }

    /** str(o). */
    public static String str(ThreadState ts, PyObject o) {
        return o.str();
    }

    /** format(value, spec): a class's __format__, else the built-in format-spec mini-language. */
    public static String format(ThreadState ts, PyObject value, String spec) {
        PyObject over = Slots.callOverride(ts, value, "__format__", PyStr.constant(spec));
        if (over != null) {
            try {
                if (!(over instanceof PyStr s)) {
                    throw PyErrors.typeError("__format__ must return a str, not " + over.type().name());
                }
                return s.value;
            } finally {
                ts.decref(over);
            }
        }
        if (value instanceof PyInstance && !(value instanceof PyException) && !(value instanceof NumberInstance)) {
            if (!spec.isEmpty()) {
                throw PyErrors.typeError("unsupported format string passed to " + value.type().name() + ".__format__");
            }
            return value.str();
        }
        return Format.format(value, spec);
    }

    /** hash(o) as Python computes it. */
    public static long hash(ThreadState ts, PyObject o) {
        return Hashing.hash(o);
    }

    /**
     * isinstance(o, classInfo), PyObject_IsInstance: true at once when o's type is classInfo itself; else
     * a metaclass's __instancecheck__ decides, even for an instance of a subclass, or the default check.
     */
    public static boolean isInstance(ThreadState ts, PyObject o, PyObject classInfo) {
        if (o.type() == classInfo) {
            return true;
        }
        if (classInfo instanceof PyType t) {
            PyObject check = Slots.callOverride(ts, t, "__instancecheck__", o);
            return check != null ? truthOf(ts, check) : objectIsInstance(ts, o, t);
        }
        if (classInfo instanceof PyTuple tuple) {
            for (int i = 0; i < tuple.size(); i++) {
                if (isInstance(ts, o, tuple.get(i))) {
                    return true;
                }
            }
            return false;
        }
        if (classInfo instanceof GenericAlias.Union u) {
            return isInstance(ts, o, u.members());
        }
        if (classInfo instanceof GenericAlias) {
            throw PyErrors.typeError("isinstance() " + GenericAlias.NOT_A_CLASS); // its __instancecheck__ refuses
        }
        Boolean checked = customCheck(ts, classInfo, "__instancecheck__", o);
        if (checked != null) {
            return checked;
        }
        throw PyErrors.typeError("isinstance() arg 2 must be a type, a tuple of types, or a union");
    }

    /** The truth of an owned reference, which it releases. */
    private static boolean truthOf(ThreadState ts, PyObject value) {
        try {
            return value.truthy();
        } finally {
            ts.decref(value);
        }
    }

    /**
     * object_isinstance (type.__instancecheck__): o's type is t or a subtype of it, or else the class o
     * claims, o.__class__ where it differs from its type (a proxy's __class__ property), is.
     */
    public static boolean objectIsInstance(ThreadState ts, PyObject o, PyType t) {
        return o.type().isSubtypeOf(t) || claimedClassIsSubtype(ts, o, t);
    }

    /**
     * _PyObject_LookupAttr: {@code o.name} as a new reference, or null when it raises AttributeError (which
     * is then dropped); any other exception propagates.
     */
    public static PyObject lookupAttr(ThreadState ts, PyObject o, String name) {
        try {
            return o.getAttr(ts, name);
        } catch (PythonException e) {
            if (!e.is("AttributeError")) {
                throw e;
            }
            ts.decref(e.exception());
            return null;
        }
    }

    /** Whether o.__class__, a class other than o's type, is t or a subtype; only a class statement's instances can claim one. */
    private static boolean claimedClassIsSubtype(ThreadState ts, PyObject o, PyType t) {
        if (!o.type().isHeapType()) {
            return false;
        }
        PyObject claimed = lookupAttr(ts, o, "__class__");
        if (claimed == null) {
            return false;
        }
        try {
            return claimed != o.type() && claimed instanceof PyType c && c.isSubtypeOf(t);
        } finally {
            ts.decref(claimed);
        }
    }

    /**
     * issubclass(cls, classInfo), PyObject_IsSubclass: a metaclass's __subclasscheck__ decides, even when
     * cls is classInfo itself; else the default check, which wants a class (so does a tuple's member).
     */
    public static boolean isSubclass(ThreadState ts, PyObject cls, PyObject classInfo) {
        if (classInfo instanceof PyType t) {
            PyObject check = Slots.callOverride(ts, t, "__subclasscheck__", cls);
            return check != null ? truthOf(ts, check) : realIsSubclass(cls, t);
        }
        if (classInfo instanceof PyTuple tuple) {
            for (int i = 0; i < tuple.size(); i++) {
                if (isSubclass(ts, cls, tuple.get(i))) {
                    return true;
                }
            }
            return false;
        }
        if (classInfo instanceof GenericAlias.Union u) {
            return isSubclass(ts, cls, u.members());
        }
        if (classInfo instanceof GenericAlias) {
            throw PyErrors.typeError("issubclass() " + GenericAlias.NOT_A_CLASS); // its __subclasscheck__ refuses
        }
        Boolean checked = customCheck(ts, classInfo, "__subclasscheck__", cls);
        if (checked != null) {
            return checked;
        }
        requireClass(cls);
        throw PyErrors.typeError("issubclass() arg 2 must be a class, a tuple of classes, or a union");
    }

    /** type.__subclasscheck__ (recursive_issubclass): cls must be a class, a subtype of t. */
    public static boolean realIsSubclass(PyObject cls, PyType t) {
        return requireClass(cls).isSubtypeOf(t);
    }

    private static PyType requireClass(PyObject cls) {
        if (!(cls instanceof PyType c)) {
            throw PyErrors.typeError("issubclass() arg 1 must be a class");
        }
        return c;
    }

    /**
     * A class-like object's own check (PyObject_IsInstance's lookup of __instancecheck__ on type(cls)): what
     * makes isinstance(x, typing.List) work; null when its type defines none.
     */
    private static Boolean customCheck(ThreadState ts, PyObject classInfo, String name, PyObject arg) {
        PyObject check = Slots.callOptional(ts, classInfo, name, arg);
        return check == null ? null : truthOf(ts, check);
    }

    /** isinstance(o, type) for a built-in type. */
    public static boolean isInstance(PyObject o, PyType type) {
        return o.type().isSubtypeOf(type);
    }
}
