package org.gillab.model.vm;

import java.util.List;
import org.gillab.model.compile.BinaryOperator;
import org.gillab.model.object.Ops;
import org.gillab.model.object.PyBool;
import org.gillab.model.object.PyFloat;
import org.gillab.model.object.PyInt;
import org.gillab.model.object.PyList;
import org.gillab.model.object.PyObject;
import org.gillab.model.object.PySingleton;
import org.gillab.model.object.PyTuple;
import org.gillab.model.object.ThreadState;

/**
 * The eval loop's fast paths for operands of exact built-in types, in the spirit of CPython 3.11's
 * specialized instructions (PEP 659): BINARY_OP_ADD_FLOAT and friends, COMPARE_OP_FLOAT_JUMP,
 * BINARY_SUBSCR_LIST_INT / _TUPLE_INT, STORE_SUBSCR_LIST_INT, UNPACK_SEQUENCE_TWO_TUPLE / _TUPLE / _LIST.
 * Each checks its guard (the operands' exact Java classes, which are those of exact built-in types: a
 * subclass of list or tuple is another class, float and int cannot be subclassed) and returns null, or
 * false, when it fails or when the result would be an error, so that the generic instruction runs and
 * raises as before. The results, reference counts and locking are those of the generic path.
 */
final class FastPaths {
    private FastPaths() {}

    private static final int ADD = BinaryOperator.ADD.ordinal();
    private static final int SUBTRACT = BinaryOperator.SUBTRACT.ordinal();
    private static final int MULTIPLY = BinaryOperator.MULTIPLY.ordinal();
    private static final int TRUE_DIVIDE = BinaryOperator.TRUE_DIVIDE.ordinal();

    /**
     * float op float, float op int, int op float (float_add... with the int converted as
     * PyLong_AsDouble does, exactly for the ints a long holds): a new reference, or null when neither
     * operand is a float, an int is too big for a long, or the operator is not arithmetic on floats.
     */
    static PyObject floatBinary(ThreadState ts, int op, PyObject a, PyObject b) {
        double x;
        double y;
        if (a instanceof PyFloat fa) {
            x = fa.value;
            if (b instanceof PyFloat fb) {
                y = fb.value;
            } else if (b instanceof PyInt ib && ib.big == null) {
                y = ib.value;
            } else {
                return null;
            }
        } else if (b instanceof PyFloat fb && a instanceof PyInt ia && ia.big == null) {
            x = ia.value;
            y = fb.value;
        } else {
            return null;
        }
        int plain = op >= BinaryOperator.PLAIN_COUNT ? op - BinaryOperator.PLAIN_COUNT : op;
        if (plain == ADD) {
            return new PyFloat(ts, x + y);
        }
        if (plain == SUBTRACT) {
            return new PyFloat(ts, x - y);
        }
        if (plain == MULTIPLY) {
            return new PyFloat(ts, x * y);
        }
        if (plain == TRUE_DIVIDE && y != 0) {
            return new PyFloat(ts, x / y);
        }
        PyObject r = Ops.floatBinary(ts, BinaryOperator.of(plain), x, y);
        return r == PySingleton.NOT_IMPLEMENTED ? null : r;
    }

    /** float compared with float (float_richcompare; NaN unordered as in IEEE), or null for other operands. */
    static PyObject floatCompare(int op, PyObject a, PyObject b) {
        if (!(a instanceof PyFloat fa) || !(b instanceof PyFloat fb)) {
            return null;
        }
        double x = fa.value;
        double y = fb.value;
        boolean r = switch (op) {
            case 0 -> x < y;
            case 1 -> x <= y;
            case 2 -> x == y;
            case 3 -> x != y;
            case 4 -> x > y;
            default -> x >= y;
        };
        return r ? PyBool.TRUE : PyBool.FALSE;
    }

    /**
     * list[int] or tuple[int] of an exact list or tuple: a new reference, or null (another container, or
     * out of range). {@code locks}: take the list's lock (list_subscript's critical section), as the
     * interpreter's {@link InterpreterState#objectLocks} says.
     */
    static PyObject getItem(ThreadState ts, PyObject container, PyObject index, boolean locks) {
        if (!(index instanceof PyInt i) || i.big != null) {
            return null;
        }
        if (container.getClass() == PyList.class) {
            PyList list = (PyList) container;
            if (locks) {
                synchronized (list) {
                    return listItem(ts, list, i.value);
                }
            }
            return listItem(ts, list, i.value);
        }
        if (container.getClass() == PyTuple.class) {
            PyTuple tuple = (PyTuple) container;
            int k = position(i.value, tuple.size());
            if (k < 0) {
                return null;
            }
            PyObject item = tuple.get(k);
            ts.incref(item);
            return item;
        }
        return null;
    }

    /** The list's item {@code index} as a new reference, or null when out of range. */
    private static PyObject listItem(ThreadState ts, PyList list, long index) {
        List<PyObject> items = list.items();
        int k = position(index, items.size());
        if (k < 0) {
            return null;
        }
        PyObject item = items.get(k);
        ts.incref(item);
        return item;
    }

    /** list[int] = value on an exact list (value borrowed); false when that is not the case or out of range. */
    static boolean setItem(ThreadState ts, PyObject container, PyObject index, PyObject value, boolean locks) {
        if (container.getClass() != PyList.class || !(index instanceof PyInt i) || i.big != null) {
            return false;
        }
        PyList list = (PyList) container;
        PyObject old;
        if (locks) {
            synchronized (list) {
                old = replaceItem(ts, list, i.value, value);
            }
        } else {
            old = replaceItem(ts, list, i.value, value);
        }
        if (old == null) {
            return false;
        }
        ts.decref(old); // outside the lock, as PyList.set does
        return true;
    }

    /** Puts a new reference to {@code value} at {@code index}; returns the old item's reference, or null when out of range. */
    private static PyObject replaceItem(ThreadState ts, PyList list, long index, PyObject value) {
        List<PyObject> items = list.items();
        int k = position(index, items.size());
        if (k < 0) {
            return null;
        }
        ts.incref(value);
        return items.set(k, value);
    }

    /** A sequence index counted from the end when negative; -1 when out of range. */
    private static int position(long index, int size) {
        long k = index < 0 ? index + size : index;
        return k >= 0 && k < size ? (int) k : -1;
    }

    /**
     * UNPACK_SEQUENCE of an exact tuple or list of exactly {@code count} items: pushes new references to
     * them, last first, in place of the sequence; returns the new stack depth, or -1 to run the generic
     * instruction (another iterable, or a length that is an error).
     */
    static int unpack(ThreadState ts, PyObject[] stack, int sp, int count, boolean locks) {
        PyObject seq = stack[sp - 1];
        boolean done;
        if (seq.getClass() == PyTuple.class) {
            done = unpackTuple(ts, (PyTuple) seq, stack, sp - 1, count);
        } else if (seq.getClass() == PyList.class) {
            if (locks) {
                synchronized (seq) {
                    done = unpackList(ts, (PyList) seq, stack, sp - 1, count);
                }
            } else {
                done = unpackList(ts, (PyList) seq, stack, sp - 1, count);
            }
        } else {
            return -1;
        }
        if (!done) {
            return -1;
        }
        ts.decref(seq);
        return sp - 1 + count;
    }

    private static boolean unpackTuple(ThreadState ts, PyTuple tuple, PyObject[] stack, int base, int count) {
        if (tuple.size() != count) {
            return false;
        }
        for (int i = 0; i < count; i++) {
            PyObject item = tuple.get(count - 1 - i);
            ts.incref(item);
            stack[base + i] = item;
        }
        return true;
    }

    private static boolean unpackList(ThreadState ts, PyList list, PyObject[] stack, int base, int count) {
        List<PyObject> items = list.items();
        if (items.size() != count) {
            return false;
        }
        for (int i = 0; i < count; i++) {
            PyObject item = items.get(count - 1 - i);
            ts.incref(item);
            stack[base + i] = item;
        }
        return true;
    }
}
