package org.gillab.model.vm;

import org.gillab.model.PythonException;
import org.gillab.model.compile.BinaryOperator;
import org.gillab.model.compile.CodeObject;
import org.gillab.model.compile.CompareOperator;
import org.gillab.model.gil.Gil;
import org.gillab.model.object.Format;
import org.gillab.model.object.Ops;
import org.gillab.model.object.PyBool;
import org.gillab.model.object.PyCode;
import org.gillab.model.object.PyDict;
import org.gillab.model.object.PyErrors;
import org.gillab.model.object.PyException;
import org.gillab.model.object.PyFunction;
import org.gillab.model.object.PyInt;
import org.gillab.model.object.PyIterator;
import org.gillab.model.object.PyList;
import org.gillab.model.object.PyNone;
import org.gillab.model.object.PyObject;
import org.gillab.model.object.PySlice;
import org.gillab.model.object.PyStr;
import org.gillab.model.object.PyTuple;
import org.gillab.model.object.PyType;
import org.gillab.model.object.Args;
import org.gillab.model.object.ThreadState;

/**
 * The eval loop: CPython 3.11's _PyEval_EvalFrameDefault in miniature. One frame is one Java array,
 * locals first and the value stack after them (f_localsplus), and one big switch on the opcode.
 * Loads incref, pops and stores decref; int arithmetic and comparison on two longs is inlined.
 *
 * <p>Eval-breaker check points follow the interpreter's profile: at RESUME, CALL and JUMP_BACKWARD
 * (3.10+), or before every instruction (3.9 and earlier, and the old GIL's ticker). A check point asks
 * the GIL whether to give the lock up and turns a Java thread interrupt into KeyboardInterrupt.
 */
final class Eval {
    private Eval() {}

    /** The maximum depth of Python calls, as sys.getrecursionlimit()'s default. */
    static final int RECURSION_LIMIT = 1000;

    /**
     * Runs one frame to its RETURN_VALUE. {@code frame} holds the arguments in its first slots (the frame
     * owns them); it has room for the code's locals and value stack. Returns a new reference.
     */
    static PyObject run(ThreadState ts, InterpreterState interp, PyCode code, PyDict globals, PyObject[] frame) {
        final boolean everyInstruction = interp.checksEveryInstruction;
        final int[] instructions = everyInstruction ? code.instructions : Quickening.of(code);
        final PyObject[] constants = code.constants;
        final PyStr[] names = code.names;
        final int nlocals = code.varNames.length;
        final Gil gil = interp.gil;
        int pc = 0;
        int sp = nlocals;
        String[] keywordNames = null;
        if (!ts.enterFrame(RECURSION_LIMIT)) {
            clear(ts, frame, nlocals, sp);
            throw PyErrors.raise(PyErrors.RECURSION_ERROR, "maximum recursion depth exceeded");
        }
        try {
            while (true) {
                final int word = instructions[pc++];
                final int arg = word >>> 8;
                if (everyInstruction) {
                    interp.tick(ts, gil);
                }
                switch (word & 0xFF) {
                    case Op.RESUME:
                        interp.checkpoint(ts, gil, !everyInstruction);
                        break;
                    case Op.NOP:
                        break;
                    case Op.POP_TOP:
                        ts.decref(frame[--sp]);
                        break;
                    case Op.COPY: {
                        PyObject v = frame[sp - arg];
                        ts.incref(v);
                        frame[sp++] = v;
                        break;
                    }
                    case Op.SWAP: {
                        PyObject top = frame[sp - 1];
                        frame[sp - 1] = frame[sp - arg];
                        frame[sp - arg] = top;
                        break;
                    }
                    case Op.LOAD_CONST: {
                        PyObject v = constants[arg];
                        ts.incref(v);
                        frame[sp++] = v;
                        break;
                    }
                    case Op.COMPARE_FAST_CONST_JUMP: {
                        // while n > 0: on a small int, no reference changes hands (the pairs cancel)
                        if (frame[arg] instanceof PyInt x && constants[instructions[pc] >>> 8] instanceof PyInt y
                                && x.big == null && y.big == null) {
                            boolean truth = compareLongs(instructions[pc + 1] >>> 8, x.value, y.value);
                            int jump = instructions[pc + 2];
                            pc += 3;
                            if (truth == ((jump & 0xFF) == Op.POP_JUMP_IF_TRUE)) {
                                pc = jump >>> 8;
                            }
                            break;
                        }
                    }
                    // fall through: not two small ints, run the plain LOAD_FAST
                    case Op.BINARY_FAST_CONST_STORE:
                    case Op.BINARY_FAST_FAST_STORE: {
                        int op = word & 0xFF;
                        if (op != Op.COMPARE_FAST_CONST_JUMP && frame[arg] instanceof PyInt x) {
                            int second = instructions[pc] >>> 8;
                            PyObject other = op == Op.BINARY_FAST_CONST_STORE ? constants[second] : frame[second];
                            if (other instanceof PyInt y && x.big == null && y.big == null) {
                                PyObject r = intBinary(ts, instructions[pc + 1] >>> 8, x, y);
                                int target = instructions[pc + 2] >>> 8;
                                pc += 3;
                                PyObject old = frame[target];
                                frame[target] = r;
                                if (old != null) {
                                    ts.decref(old);
                                }
                                break;
                            }
                        }
                    }
                    // fall through: run the plain LOAD_FAST
                    case Op.LOAD_FAST: {
                        PyObject v = frame[arg];
                        if (v == null) {
                            throw unbound(code, arg);
                        }
                        ts.incref(v);
                        frame[sp++] = v;
                        break;
                    }
                    case Op.STORE_FAST: {
                        PyObject old = frame[arg];
                        frame[arg] = frame[--sp];
                        if (old != null) {
                            ts.decref(old);
                        }
                        break;
                    }
                    case Op.DELETE_FAST: {
                        PyObject old = frame[arg];
                        if (old == null) {
                            throw unbound(code, arg);
                        }
                        frame[arg] = null;
                        ts.decref(old);
                        break;
                    }
                    case Op.LOAD_GLOBAL: {
                        PyObject v = globals.get(names[arg]);
                        if (v == null) {
                            v = interp.builtins.get(names[arg]);
                            if (v == null) {
                                throw PyErrors.nameError(names[arg].value);
                            }
                        }
                        ts.incref(v);
                        frame[sp++] = v;
                        break;
                    }
                    case Op.STORE_GLOBAL: {
                        PyObject v = frame[sp - 1];
                        globals.put(ts, names[arg], v);
                        sp--;
                        ts.decref(v);
                        break;
                    }
                    case Op.DELETE_GLOBAL: {
                        PyObject old = globals.remove(ts, names[arg]);
                        if (old == null) {
                            throw PyErrors.nameError(names[arg].value);
                        }
                        ts.decref(old);
                        break;
                    }
                    case Op.LOAD_ATTR: {
                        PyObject owner = frame[sp - 1];
                        PyObject v = owner.getAttr(ts, names[arg].value);
                        frame[sp - 1] = v;
                        ts.decref(owner);
                        break;
                    }
                    case Op.STORE_ATTR: {
                        PyObject owner = frame[sp - 1];
                        PyObject v = frame[sp - 2];
                        owner.setAttr(ts, names[arg].value, v);
                        sp -= 2;
                        ts.decref(owner);
                        ts.decref(v);
                        break;
                    }
                    case Op.BINARY_OP: {
                        PyObject b = frame[sp - 1];
                        PyObject a = frame[sp - 2];
                        PyObject r;
                        if (a instanceof PyInt ia && b instanceof PyInt ib) {
                            r = intBinary(ts, arg, ia, ib);
                        } else {
                            r = Ops.binary(ts, BinaryOperator.of(arg), a, b);
                        }
                        sp -= 2;
                        ts.decref(a);
                        ts.decref(b);
                        frame[sp++] = r;
                        break;
                    }
                    case Op.UNARY_NEGATIVE:
                    case Op.UNARY_POSITIVE:
                    case Op.UNARY_INVERT: {
                        PyObject a = frame[sp - 1];
                        int op = word & 0xFF;
                        frame[sp - 1] = op == Op.UNARY_NEGATIVE ? Ops.negative(ts, a)
                                : op == Op.UNARY_POSITIVE ? Ops.positive(ts, a) : Ops.invert(ts, a);
                        ts.decref(a);
                        break;
                    }
                    case Op.UNARY_NOT: {
                        PyObject a = frame[sp - 1];
                        frame[sp - 1] = PyBool.of(!a.truthy());
                        ts.decref(a);
                        break;
                    }
                    case Op.COMPARE_OP: {
                        PyObject b = frame[sp - 1];
                        PyObject a = frame[sp - 2];
                        boolean r;
                        if (a instanceof PyInt ia && b instanceof PyInt ib && ia.big == null && ib.big == null) {
                            r = compareLongs(arg, ia.value, ib.value);
                        } else {
                            r = Ops.compare(CompareOperator.of(arg), a, b);
                        }
                        sp -= 2;
                        ts.decref(a);
                        ts.decref(b);
                        frame[sp++] = r ? PyBool.TRUE : PyBool.FALSE;
                        break;
                    }
                    case Op.IS_OP: {
                        PyObject b = frame[--sp];
                        PyObject a = frame[--sp];
                        frame[sp++] = PyBool.of((a == b) != (arg == 1));
                        ts.decref(a);
                        ts.decref(b);
                        break;
                    }
                    case Op.CONTAINS_OP: {
                        PyObject container = frame[sp - 1];
                        PyObject item = frame[sp - 2];
                        boolean r = Ops.contains(container, item) != (arg == 1);
                        sp -= 2;
                        ts.decref(container);
                        ts.decref(item);
                        frame[sp++] = PyBool.of(r);
                        break;
                    }
                    case Op.BINARY_SUBSCR: {
                        PyObject index = frame[sp - 1];
                        PyObject container = frame[sp - 2];
                        PyObject r = Ops.getItem(ts, container, index);
                        sp -= 2;
                        ts.decref(index);
                        ts.decref(container);
                        frame[sp++] = r;
                        break;
                    }
                    case Op.STORE_SUBSCR: {
                        PyObject index = frame[sp - 1];
                        PyObject container = frame[sp - 2];
                        PyObject value = frame[sp - 3];
                        Ops.setItem(ts, container, index, value);
                        sp -= 3;
                        ts.decref(index);
                        ts.decref(container);
                        ts.decref(value);
                        break;
                    }
                    case Op.DELETE_SUBSCR: {
                        PyObject index = frame[sp - 1];
                        PyObject container = frame[sp - 2];
                        Ops.delItem(ts, container, index);
                        sp -= 2;
                        ts.decref(index);
                        ts.decref(container);
                        break;
                    }
                    case Op.BUILD_TUPLE: {
                        PyObject[] items = new PyObject[arg];
                        sp -= arg;
                        System.arraycopy(frame, sp, items, 0, arg);
                        frame[sp++] = arg == 0 ? PyTuple.EMPTY : new PyTuple(ts, items);
                        break;
                    }
                    case Op.BUILD_LIST: {
                        PyList list = new PyList(ts);
                        for (int i = sp - arg; i < sp; i++) {
                            list.appendOwned(frame[i]);
                        }
                        sp -= arg;
                        frame[sp++] = list;
                        break;
                    }
                    case Op.BUILD_MAP: {
                        int base = sp - 2 * arg;
                        PyDict dict = new PyDict(ts);
                        try {
                            for (int i = base; i < sp; i += 2) {
                                dict.put(ts, frame[i], frame[i + 1]);
                            }
                        } catch (PythonException e) {
                            ts.decref(dict);
                            throw e;
                        }
                        for (int i = base; i < sp; i++) {
                            ts.decref(frame[i]);
                        }
                        sp = base;
                        frame[sp++] = dict;
                        break;
                    }
                    case Op.BUILD_STRING: {
                        StringBuilder out = new StringBuilder();
                        for (int i = sp - arg; i < sp; i++) {
                            out.append(((PyStr) frame[i]).value);
                        }
                        PyStr s = new PyStr(ts, out.toString());
                        for (int i = sp - arg; i < sp; i++) {
                            ts.decref(frame[i]);
                        }
                        sp -= arg;
                        frame[sp++] = s;
                        break;
                    }
                    case Op.FORMAT_VALUE: {
                        boolean hasSpec = (arg & 4) != 0;
                        PyObject spec = hasSpec ? frame[sp - 1] : null;
                        PyObject value = frame[hasSpec ? sp - 2 : sp - 1];
                        int conversion = arg & 3;
                        PyObject converted = conversion == 1 ? PyStr.constant(value.str())
                                : conversion == 2 ? PyStr.constant(value.repr()) : value;
                        String text = Format.format(converted, spec == null ? "" : ((PyStr) spec).value);
                        PyStr s = new PyStr(ts, text);
                        if (hasSpec) {
                            sp--;
                            ts.decref(spec);
                        }
                        ts.decref(value);
                        frame[sp - 1] = s;
                        break;
                    }
                    case Op.LIST_APPEND: {
                        PyObject item = frame[--sp];
                        ((PyList) frame[sp - arg]).appendOwned(item);
                        break;
                    }
                    case Op.UNPACK_SEQUENCE: {
                        PyObject seq = frame[sp - 1];
                        PyObject[] items = unpack(ts, seq, arg);
                        sp--;
                        for (int i = arg - 1; i >= 0; i--) {
                            frame[sp++] = items[i];
                        }
                        ts.decref(seq);
                        break;
                    }
                    case Op.JUMP_FORWARD:
                        pc = arg;
                        break;
                    case Op.JUMP_BACKWARD:
                        // before the jump, so that an interrupt seen here is reported at the loop's line
                        interp.checkpoint(ts, gil, !everyInstruction);
                        pc = arg;
                        break;
                    case Op.POP_JUMP_IF_FALSE: {
                        PyObject v = frame[--sp];
                        if (v == PyBool.FALSE) {
                            pc = arg;
                        } else if (v != PyBool.TRUE) {
                            boolean truth = v.truthy();
                            ts.decref(v);
                            if (!truth) {
                                pc = arg;
                            }
                        }
                        break;
                    }
                    case Op.POP_JUMP_IF_TRUE: {
                        PyObject v = frame[--sp];
                        if (v == PyBool.TRUE) {
                            pc = arg;
                        } else if (v != PyBool.FALSE) {
                            boolean truth = v.truthy();
                            ts.decref(v);
                            if (truth) {
                                pc = arg;
                            }
                        }
                        break;
                    }
                    case Op.JUMP_IF_FALSE_OR_POP:
                        if (!frame[sp - 1].truthy()) {
                            pc = arg;
                        } else {
                            ts.decref(frame[--sp]);
                        }
                        break;
                    case Op.JUMP_IF_TRUE_OR_POP:
                        if (frame[sp - 1].truthy()) {
                            pc = arg;
                        } else {
                            ts.decref(frame[--sp]);
                        }
                        break;
                    case Op.GET_ITER: {
                        PyObject iterable = frame[sp - 1];
                        frame[sp - 1] = Ops.iter(ts, iterable);
                        ts.decref(iterable);
                        break;
                    }
                    case Op.FOR_ITER: {
                        PyIterator it = (PyIterator) frame[sp - 1];
                        PyObject next = it.next(ts);
                        if (next == null) {
                            sp--;
                            ts.decref(it);
                            pc = arg;
                        } else {
                            frame[sp++] = next;
                        }
                        break;
                    }
                    case Op.KW_NAMES:
                        keywordNames = code.keywordNames[arg];
                        break;
                    case Op.CALL: {
                        interp.checkpoint(ts, gil, !everyInstruction);
                        int base = sp - arg - 1;
                        String[] kw = keywordNames;
                        keywordNames = null;
                        PyObject r = interp.call(ts, frame[base], frame, base + 1, arg, kw);
                        for (int i = base; i < sp; i++) {
                            ts.decref(frame[i]);
                        }
                        sp = base;
                        frame[sp++] = r;
                        break;
                    }
                    case Op.MAKE_FUNCTION: {
                        PyCode body = (PyCode) frame[sp - 1];
                        PyObject[] defaults = new PyObject[0];
                        if ((arg & 1) != 0) {
                            defaults = ((PyTuple) frame[sp - 2]).toArray();
                            for (PyObject d : defaults) {
                                ts.incref(d);
                            }
                        }
                        PyFunction fn = new PyFunction(ts, body, globals, defaults);
                        if ((arg & 1) != 0) {
                            ts.decref(frame[sp - 2]);
                            sp--;
                        }
                        frame[sp - 1] = fn;
                        break;
                    }
                    case Op.RETURN_VALUE: {
                        PyObject r = frame[--sp];
                        clear(ts, frame, nlocals, sp);
                        return r;
                    }
                    case Op.BEFORE_WITH: {
                        PyObject manager = frame[sp - 1];
                        PyObject exit = manager.getAttr(ts, "__exit__");
                        PyObject enter;
                        try {
                            enter = manager.getAttr(ts, "__enter__");
                        } catch (PythonException e) {
                            ts.decref(exit);
                            throw e;
                        }
                        frame[sp - 1] = exit;
                        ts.decref(manager);
                        PyObject entered;
                        try {
                            entered = interp.call(ts, enter, frame, sp, 0, null);
                        } finally {
                            ts.decref(enter);
                        }
                        frame[sp++] = entered;
                        break;
                    }
                    case Op.RAISE_VARARGS:
                        if (arg == 0) {
                            throw PyErrors.runtimeError("No active exception to reraise");
                        }
                        throw raise(ts, frame[sp - 1]);
                    case Op.IMPORT_NAME:
                        frame[sp++] = interp.importModule(ts, names[arg].value);
                        break;
                    case Op.IMPORT_FROM: {
                        PyObject module = frame[sp - 1];
                        try {
                            frame[sp++] = module.getAttr(ts, names[arg].value);
                        } catch (PythonException e) {
                            if (!e.is("AttributeError")) {
                                throw e;
                            }
                            throw PyErrors.raise(PyErrors.IMPORT_ERROR, "cannot import name '" + names[arg].value
                                    + "' from '" + module.str() + "'");
                        }
                        break;
                    }
                    case Op.BUILD_SLICE: {
                        PyObject step = arg == 3 ? frame[sp - 1] : PyNone.NONE;
                        int base = sp - arg;
                        PySlice slice = new PySlice(ts, frame[base], frame[base + 1], step);
                        for (int i = base; i < sp; i++) {
                            ts.decref(frame[i]);
                        }
                        sp = base;
                        frame[sp++] = slice;
                        break;
                    }
                    default:
                        throw new IllegalStateException("bad opcode " + (word & 0xFF) + " at " + (pc - 1) + " in " + code.name);
                }
            }
        } catch (PythonException e) {
            e.addFrame(interp.frameInfo(code, pc - 1));
            clear(ts, frame, nlocals, sp);
            throw e;
        } finally {
            ts.leaveFrame();
        }
    }

    /** Drops the frame's locals and what is left on its value stack. */
    private static void clear(ThreadState ts, PyObject[] frame, int nlocals, int sp) {
        for (int i = 0; i < sp; i++) {
            PyObject v = frame[i];
            if (v != null) {
                frame[i] = null;
                ts.decref(v);
            }
        }
    }

    private static PythonException unbound(PyCode code, int index) {
        return PyErrors.raise(PyErrors.UNBOUND_LOCAL_ERROR, "cannot access local variable '" + CodeObject.sourceName(code.varNames[index])
                + "' where it is not associated with a value");
    }

    /** BINARY_OP on two ints: longs inline, with an overflow check that promotes instead of wrapping. */
    private static PyObject intBinary(ThreadState ts, int op, PyInt a, PyInt b) {
        if (a.big == null && b.big == null) {
            long x = a.value;
            long y = b.value;
            switch (op) {
                case 0: case 12: { // + and +=
                    long r = x + y;
                    if (((x ^ r) & (y ^ r)) >= 0) {
                        return PyInt.of(ts, r);
                    }
                    break;
                }
                case 1: case 13: { // - and -=
                    long r = x - y;
                    if (((x ^ y) & (x ^ r)) >= 0) {
                        return PyInt.of(ts, r);
                    }
                    break;
                }
                default:
                    break;
            }
        }
        return Ops.intBinary(ts, BinaryOperator.of(op), a, b);
    }

    private static boolean compareLongs(int op, long x, long y) {
        return switch (op) {
            case 0 -> x < y;
            case 1 -> x <= y;
            case 2 -> x == y;
            case 3 -> x != y;
            case 4 -> x > y;
            default -> x >= y;
        };
    }

    private static PyObject[] unpack(ThreadState ts, PyObject seq, int count) {
        PyObject[] items;
        if (seq instanceof PyTuple t) {
            items = t.toArray();
        } else if (seq instanceof PyList l) {
            items = l.items().toArray(new PyObject[0]);
        } else {
            items = Ops.toList(ts, seq).toArray(new PyObject[0]);
            if (items.length != count) {
                for (PyObject item : items) {
                    ts.decref(item);
                }
            } else {
                return items;
            }
        }
        if (items.length < count) {
            throw PyErrors.valueError("not enough values to unpack (expected " + count + ", got " + items.length + ")");
        }
        if (items.length > count) {
            throw PyErrors.valueError("too many values to unpack (expected " + count + ")");
        }
        for (PyObject item : items) {
            ts.incref(item);
        }
        return items;
    }

    /** raise X / raise X(...): an exception type is called with no arguments. */
    private static PythonException raise(ThreadState ts, PyObject what) {
        if (what instanceof PyException e) {
            return new PythonException(e);
        }
        if (what instanceof PyType type && type.isSubtypeOf(PyErrors.BASE_EXCEPTION)) {
            return new PythonException((PyException) type.construct(Args.of(ts)));
        }
        return PyErrors.typeError("exceptions must derive from BaseException");
    }
}
