package org.gillab.model.vm;

import static org.gillab.model.vm.Frame.LOCALS;

import org.gillab.model.PythonException;
import org.gillab.model.compile.BinaryOperator;
import org.gillab.model.compile.CompareOperator;
import org.gillab.model.gil.Gil;
import org.gillab.model.object.Ops;
import org.gillab.model.object.PyBool;
import org.gillab.model.object.PyCell;
import org.gillab.model.object.PyCode;
import org.gillab.model.object.PyDict;
import org.gillab.model.object.PyErrors;
import org.gillab.model.object.PyException;
import org.gillab.model.object.PyInt;
import org.gillab.model.object.PyIterator;
import org.gillab.model.object.PyList;
import org.gillab.model.object.PyNone;
import org.gillab.model.object.PyObject;
import org.gillab.model.object.PyStr;
import org.gillab.model.object.PyTuple;
import org.gillab.model.object.ThreadState;

/**
 * The eval loop: CPython 3.11's _PyEval_EvalFrameDefault in miniature. A frame's locals and value
 * stack are one Java array; the loop is one big switch on the opcode. Loads incref, pops and stores
 * decref; int arithmetic and comparison on two longs is inlined; instructions that run rarely live in
 * {@link Instructions} so that this method stays small enough for the JIT to compile.
 *
 * <p>Eval-breaker check points follow the interpreter's profile: at RESUME, CALL and JUMP_BACKWARD
 * (3.10+), or before every instruction (3.9 and earlier, and the old GIL's ticker). A check point asks
 * the GIL whether to give the lock up and turns a Java thread interrupt into KeyboardInterrupt. A frame
 * that a trace function follows line by line steps through the same per-instruction hook ({@link Tracing}),
 * decided once at its entry, so an untraced frame pays nothing more.
 *
 * <p>An exception is looked up in the code's exception table (3.11's zero-cost exceptions): the stack is
 * cut to the handler's depth, the exception pushed, and the loop goes on at the handler; without a
 * handler the frame is cleared and the exception propagates to the caller's frame.
 */
final class Eval {
    private Eval() {}

    /**
     * Runs a frame from its {@code pc}: a fresh frame from 0, a resumed generator after its yield with the
     * sent value on its stack, or with {@code throwIn} raised at the yield. Returns a new reference: the
     * returned value (the frame is then {@link Frame#finished}) or the yielded one.
     */
    static PyObject run(ThreadState ts, InterpreterState interp, Frame f, PythonException throwIn) {
        final PyCode code = f.code;
        final boolean everyInstruction = interp.checksEveryInstruction;
        final int[] instructions = Quickening.of(code);
        final PyObject[] constants = code.constants;
        final PyStr[] names = code.names;
        final PyObject[] frame = f.slots;
        final PyDict globals = f.globals;
        final boolean locks = interp.objectLocks;
        final int stackBase = LOCALS + code.nlocalsPlus;
        final Gil gil = interp.gil;
        int pc = f.pc;
        int sp = f.sp;
        String[] keywordNames = null;
        PythonException pending = throwIn;
        if (!ts.enterFrame(interp.recursionLimit)) {
            if (f.pc == 0) {
                f.clear(ts, sp);
            }
            throw PyErrors.raise(PyErrors.RECURSION_ERROR, "maximum recursion depth exceeded");
        }
        f.back = (Frame) ts.frame;
        ts.frame = f;
        PyObject returned = null; // what the frame returns or yields, for the profiler's 'return' event
        // the stack depth of a frame that returned or failed: its locals are dropped once the caller is the
        // current frame again, as CPython pops a frame before clearing it (a __del__ they run sees the caller)
        int finishedAt = -1;
        try {
            // the per-instruction hook: the old GIL's ticker, a trace function's line events, or tracemalloc's
            // need of each allocation's line (the position, else kept in a Java local, is stored in the frame)
            final boolean stepping = everyInstruction
                    || (ts.profileHook != null || ts.traceFunction != null) && Tracing.enter(ts, f)
                    || ts.keepsPositions();
            while (true) {
                try {
                    if (pending != null) {
                        PythonException p = pending;
                        pending = null;
                        throw p;
                    }
                    while (true) {
                        final int word = instructions[pc++];
                        final int arg = word >>> 8;
                        if (stepping) {
                            f.pc = pc;
                            if (everyInstruction) {
                                interp.tick(ts, gil);
                            }
                            Tracing.line(ts, f, pc - 1, word);
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
                            case Op.PUSH_NULL:
                                frame[sp++] = null;
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
                                if (frame[LOCALS + arg] instanceof PyInt x && constants[instructions[pc] >>> 8] instanceof PyInt y
                                        && x.big == null && y.big == null) {
                                    boolean truth = compareLongs(instructions[pc + 1] >>> 8, x.value, y.value);
                                    int jump = instructions[pc + 2];
                                    pc += 3;
                                    if (truth == ((jump & 0xFF) == Op.POP_JUMP_IF_TRUE)) {
                                        if (jump >>> 8 < pc) { // a while loop's test at its bottom: its check point
                                            interp.checkpoint(ts, gil, !everyInstruction);
                                        }
                                        pc = jump >>> 8;
                                    }
                                    break;
                                }
                            }
                            // fall through: not two small ints, run the plain LOAD_FAST
                            case Op.BINARY_FAST_CONST_STORE:
                            case Op.BINARY_FAST_FAST_STORE: {
                                int op = word & 0xFF;
                                if (op != Op.COMPARE_FAST_CONST_JUMP && frame[LOCALS + arg] instanceof PyInt x) {
                                    int second = instructions[pc] >>> 8;
                                    PyObject other = op == Op.BINARY_FAST_CONST_STORE ? constants[second] : frame[LOCALS + second];
                                    if (other instanceof PyInt y && x.big == null && y.big == null) {
                                        PyObject r = intBinary(ts, instructions[pc + 1] >>> 8, x, y);
                                        int target = instructions[pc + 2] >>> 8;
                                        pc += 3;
                                        PyObject old = frame[LOCALS + target];
                                        frame[LOCALS + target] = r;
                                        if (old != null) {
                                            ts.decref(old);
                                        }
                                        break;
                                    }
                                }
                            }
                            // fall through: run the plain LOAD_FAST
                            case Op.LOAD_FAST: {
                                PyObject v = frame[LOCALS + arg];
                                if (v == null) {
                                    throw Instructions.unbound(code, arg);
                                }
                                ts.incref(v);
                                frame[sp++] = v;
                                break;
                            }
                            case Op.STORE_FAST: {
                                PyObject old = frame[LOCALS + arg];
                                frame[LOCALS + arg] = frame[--sp];
                                if (old != null) {
                                    if (ts.mayFree(old)) {
                                        f.pc = pc;
                                    }
                                    ts.decref(old);
                                }
                                break;
                            }
                            case Op.DELETE_FAST: {
                                PyObject old = frame[LOCALS + arg];
                                if (old == null) {
                                    throw Instructions.unbound(code, arg);
                                }
                                frame[LOCALS + arg] = null;
                                if (ts.mayFree(old)) {
                                    f.pc = pc;
                                }
                                ts.decref(old);
                                break;
                            }
                            case Op.LOAD_GLOBAL: {
                                PyObject v = GlobalCache.load(code, pc - 1, globals, interp.builtins, names[arg >> 1], locks);
                                if ((arg & 1) != 0) {
                                    frame[sp++] = null;
                                }
                                ts.incref(v);
                                frame[sp++] = v;
                                break;
                            }
                            case Op.STORE_GLOBAL: {
                                PyObject v = frame[--sp];
                                f.pc = pc; // the value replaced may be freed (see ThreadState.mayFree)
                                globals.put(ts, names[arg], v);
                                ts.decref(v);
                                break;
                            }
                            case Op.LOAD_NAME: {
                                PyObject v = Instructions.loadName(ts, interp, f, names[arg]);
                                frame[sp++] = v;
                                break;
                            }
                            case Op.STORE_NAME: {
                                PyObject v = frame[--sp];
                                f.pc = pc; // the value replaced may be freed (see ThreadState.mayFree)
                                try {
                                    Instructions.storeName(ts, f, names[arg], v);
                                } finally {
                                    ts.decref(v);
                                }
                                break;
                            }
                            case Op.LOAD_DEREF: {
                                PyObject v = ((PyCell) frame[LOCALS + arg]).get();
                                if (v == null) {
                                    throw Instructions.unboundFree(code, arg);
                                }
                                ts.incref(v);
                                frame[sp++] = v;
                                break;
                            }
                            case Op.STORE_DEREF:
                                ((PyCell) frame[LOCALS + arg]).setOwned(ts, frame[--sp]);
                                break;
                            case Op.LOAD_CLOSURE: {
                                PyObject cell = frame[LOCALS + arg];
                                ts.incref(cell);
                                frame[sp++] = cell;
                                break;
                            }
                            case Op.LOAD_ATTR: {
                                PyObject owner = frame[sp - 1];
                                PyObject v;
                                try {
                                    v = AttributeCache.load(ts, code, pc - 1, owner, names[arg], locks);
                                    if (v == null) {
                                        v = owner.getAttr(ts, names[arg].value);
                                    }
                                } catch (PythonException e) {
                                    throw PyErrors.withAttributeContext(ts, e, owner, names[arg].value);
                                }
                                frame[sp - 1] = v;
                                ts.decref(owner);
                                break;
                            }
                            case Op.LOAD_METHOD:
                                if (!AttributeCache.loadMethod(ts, code, pc - 1, frame, sp, names[arg], locks)) {
                                    Instructions.loadMethod(ts, frame, sp, names[arg].value);
                                }
                                sp++;
                                break;
                            case Op.STORE_ATTR: {
                                PyObject owner = frame[sp - 1];
                                PyObject v = frame[sp - 2];
                                sp -= 2;
                                f.pc = pc; // the value replaced may be freed (see ThreadState.mayFree)
                                try {
                                    if (!AttributeCache.store(ts, code, pc - 1, owner, names[arg], v)) {
                                        owner.setAttr(ts, names[arg].value, v);
                                    }
                                } finally {
                                    ts.decref(owner);
                                    ts.decref(v);
                                }
                                break;
                            }
                            case Op.BINARY_OP: {
                                PyObject b = frame[sp - 1];
                                PyObject a = frame[sp - 2];
                                PyObject r;
                                if (a instanceof PyInt ia && b instanceof PyInt ib) {
                                    r = intBinary(ts, arg, ia, ib);
                                } else if ((r = FastPaths.floatBinary(ts, arg, a, b)) == null) {
                                    r = Ops.binary(ts, BinaryOperator.of(arg), a, b);
                                }
                                sp -= 2;
                                ts.decref(a);
                                ts.decref(b);
                                frame[sp++] = r;
                                break;
                            }
                            case Op.COMPARE_OP: {
                                PyObject b = frame[sp - 1];
                                PyObject a = frame[sp - 2];
                                PyObject r;
                                if (a instanceof PyInt ia && b instanceof PyInt ib && ia.big == null && ib.big == null) {
                                    r = compareLongs(arg, ia.value, ib.value) ? PyBool.TRUE : PyBool.FALSE;
                                } else if ((r = FastPaths.floatCompare(arg, a, b)) == null) {
                                    r = Ops.richCompare(ts, CompareOperator.of(arg), a, b);
                                }
                                sp -= 2;
                                ts.decref(a);
                                ts.decref(b);
                                frame[sp++] = r;
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
                                boolean r = Ops.contains(ts, container, item) != (arg == 1);
                                sp -= 2;
                                ts.decref(container);
                                ts.decref(item);
                                frame[sp++] = PyBool.of(r);
                                break;
                            }
                            case Op.BINARY_SUBSCR: {
                                PyObject index = frame[sp - 1];
                                PyObject container = frame[sp - 2];
                                PyObject r = FastPaths.getItem(ts, container, index, locks);
                                if (r == null) {
                                    r = Ops.getItem(ts, container, index);
                                }
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
                                sp -= 3;
                                f.pc = pc; // the item replaced may be freed (see ThreadState.mayFree)
                                try {
                                    if (!FastPaths.setItem(ts, container, index, value, locks)) {
                                        Ops.setItem(ts, container, index, value);
                                    }
                                } finally {
                                    ts.decref(index);
                                    ts.decref(container);
                                    ts.decref(value);
                                }
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
                            case Op.LIST_APPEND: {
                                PyObject item = frame[--sp];
                                ((PyList) frame[sp - arg]).appendOwned(item);
                                break;
                            }
                            case Op.UNPACK_SEQUENCE: {
                                int unpacked = FastPaths.unpack(ts, frame, sp, arg, locks);
                                sp = unpacked >= 0 ? unpacked : Instructions.unpackSequence(ts, frame, sp, arg);
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
                            case Op.JUMP_BACKWARD_NO_INTERRUPT:
                                pc = arg;
                                break;
                            // A POP_JUMP_IF_ taken backward (3.11's POP_JUMP_BACKWARD_IF_*: a while loop's test at
                            // its bottom) is the loop's check point, as JUMP_BACKWARD is.
                            case Op.POP_JUMP_IF_FALSE: {
                                PyObject v = frame[--sp];
                                boolean jump;
                                if (v == PyBool.FALSE || v == PyBool.TRUE) {
                                    jump = v == PyBool.FALSE;
                                } else {
                                    jump = !v.truthy();
                                    ts.decref(v);
                                }
                                if (jump) {
                                    if (arg < pc) {
                                        interp.checkpoint(ts, gil, !everyInstruction);
                                    }
                                    pc = arg;
                                }
                                break;
                            }
                            case Op.POP_JUMP_IF_TRUE: {
                                PyObject v = frame[--sp];
                                boolean jump;
                                if (v == PyBool.FALSE || v == PyBool.TRUE) {
                                    jump = v == PyBool.TRUE;
                                } else {
                                    jump = v.truthy();
                                    ts.decref(v);
                                }
                                if (jump) {
                                    if (arg < pc) {
                                        interp.checkpoint(ts, gil, !everyInstruction);
                                    }
                                    pc = arg;
                                }
                                break;
                            }
                            case Op.POP_JUMP_IF_NONE:
                            case Op.POP_JUMP_IF_NOT_NONE: {
                                PyObject v = frame[--sp];
                                boolean jump = (v == PyNone.NONE) == ((word & 0xFF) == Op.POP_JUMP_IF_NONE);
                                ts.decref(v);
                                if (jump) {
                                    if (arg < pc) {
                                        interp.checkpoint(ts, gil, !everyInstruction);
                                    }
                                    pc = arg;
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
                                PyObject it = frame[sp - 1];
                                PyObject next = it instanceof PyIterator i && !i.type().isHeapType() ? i.next(ts)
                                        : Ops.next(ts, it);
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
                            case Op.PRECALL:
                                Instructions.precall(ts, frame, sp - arg - 2);
                                break;
                            case Op.CALL: {
                                interp.checkpoint(ts, gil, !everyInstruction);
                                int base = sp - arg - 2;
                                String[] kw = keywordNames;
                                keywordNames = null;
                                f.pc = pc;
                                PyObject method = frame[base];
                                PyObject r = method != null
                                        ? interp.call(ts, method, frame, base + 1, arg + 1, kw)
                                        : interp.call(ts, frame[base + 1], frame, base + 2, arg, kw);
                                for (int i = base; i < sp; i++) {
                                    PyObject v = frame[i];
                                    if (v != null) {
                                        ts.decref(v);
                                    }
                                }
                                sp = base;
                                frame[sp++] = r;
                                break;
                            }
                            case Op.RETURN_VALUE: {
                                if (stepping) {
                                    Tracing.leave(ts, f, pc, frame[sp - 1]);
                                }
                                PyObject r = frame[--sp];
                                f.finished = true;
                                finishedAt = sp;
                                return returned = r;
                            }
                            case Op.YIELD_VALUE: {
                                if (stepping) {
                                    Tracing.leave(ts, f, pc, frame[sp - 1]);
                                }
                                PyObject v = frame[--sp];
                                f.pc = pc;
                                f.sp = sp;
                                return returned = v;
                            }
                            case Op.RETURN_GENERATOR:
                                f.pc = pc;
                                f.sp = sp;
                                return PyGenerator.of(ts, interp, f);
                            case Op.PUSH_EXC_INFO: {
                                PyObject exc = frame[sp - 1];
                                ThreadState.ExcInfo info = ts.excInfo;
                                frame[sp - 1] = info.value != null ? info.value : PyNone.NONE;
                                info.value = ts.newRef(exc);
                                frame[sp++] = exc;
                                break;
                            }
                            case Op.POP_EXCEPT: {
                                PyObject previous = frame[--sp];
                                ThreadState.ExcInfo info = ts.excInfo;
                                PyObject old = info.value;
                                info.value = previous == PyNone.NONE ? null : previous;
                                if (previous == PyNone.NONE) {
                                    ts.decref(previous);
                                }
                                ts.xdecref(old);
                                break;
                            }
                            case Op.CHECK_EXC_MATCH: {
                                PyObject type = frame[sp - 1];
                                boolean match = Instructions.exceptionMatches(frame[sp - 2], type);
                                ts.decref(type);
                                frame[sp - 1] = PyBool.of(match);
                                break;
                            }
                            case Op.RERAISE: {
                                PyObject exc = frame[--sp];
                                if (arg != 0) {
                                    f.pc = (int) ((PyInt) frame[sp - arg]).value + 1;
                                }
                                throw new PythonException((PyException) exc, f);
                            }
                            default:
                                f.pc = pc; // the rarer instructions (del x, del d[k], ...) may free what they drop
                                sp = Instructions.execute(ts, interp, f, word, pc, sp);
                                if (sp < 0) { // a jump: the instruction returned -(target + 1) and left its stack depth in f.sp
                                    pc = -sp - 1;
                                    sp = f.sp;
                                }
                                break;
                        }
                    }
                } catch (PythonException | StackOverflowError thrown) {
                    PythonException e = thrown instanceof PythonException raised ? raised : javaStackExhausted();
                    int at = pc - 1;
                    if (!e.reraisedIn(f)) {
                        f.pc = pc; // f_lineno of the frame the traceback keeps: where it raised
                        if (!code.hiddenFromTracebacks) {
                            e.addFrame(ts, interp.frameInfo(code, at, f.frameObject(ts)));
                        }
                        Instructions.setContext(ts, e);
                        if (stepping) {
                            e = Tracing.raised(ts, f, at, e);
                        }
                    }
                    int h = handler(code.exceptionTable, at);
                    if (h < 0) {
                        if (stepping) {
                            e = Tracing.unwinding(ts, f, at, e);
                        }
                        f.finished = true;
                        finishedAt = sp;
                        throw e;
                    }
                    int depth = stackBase + (code.exceptionTable[h + 3] >> 1);
                    while (sp > depth) {
                        PyObject v = frame[--sp];
                        frame[sp] = null;
                        ts.xdecref(v);
                    }
                    if ((code.exceptionTable[h + 3] & 1) != 0) {
                        frame[sp++] = PyInt.of(ts, at);
                    }
                    frame[sp++] = e.exception();
                    pc = code.exceptionTable[h + 2];
                    keywordNames = null;
                }
            }
        } catch (RuntimeException | Error e) {
            if (!(e instanceof PythonException)) {
                f.finished = true;
                f.clear(ts, sp);
            }
            throw e;
        } finally {
            if (ts.profileHook != null) {
                ts.profileHook.leave(returned);
            }
            ts.frame = f.back;
            if (f.code.makesGenerator()) {
                f.back = null; // gen_send_ex unlinks its frame from the caller's: a finished one has no f_back
            }
            if (finishedAt >= 0) {
                f.clear(ts, finishedAt);
            }
            f.back = null;
            ts.leaveFrame();
        }
    }

    /**
     * A Java stack that ran out before the recursion limit did (deep recursion through Java code such as
     * {@code __getattr__}, {@code __repr__} or a key function on a thread with a small stack) is the
     * RecursionError CPython raises when its C stack guard trips: a Python exception the program can
     * catch, never a Java trace. Frames unwinding from the overflow have room to build it.
     */
    private static PythonException javaStackExhausted() {
        return PyErrors.raise(PyErrors.RECURSION_ERROR, "maximum recursion depth exceeded");
    }

    /** The exception table entry covering instruction {@code at}, as an index into the table, or -1. */
    private static int handler(int[] table, int at) {
        for (int i = 0; i < table.length; i += 4) {
            if (at >= table[i] && at < table[i + 1]) {
                return i;
            }
        }
        return -1;
    }

    /** BINARY_OP on two ints: longs inline, with an overflow check that promotes instead of wrapping. */
    private static PyObject intBinary(ThreadState ts, int op, PyInt a, PyInt b) {
        if (a.big == null && b.big == null) {
            long x = a.value;
            long y = b.value;
            if (op == ADD || op == INPLACE_ADD) {
                long r = x + y;
                if (((x ^ r) & (y ^ r)) >= 0) {
                    return PyInt.of(ts, r);
                }
            } else if (op == SUBTRACT || op == INPLACE_SUBTRACT) {
                long r = x - y;
                if (((x ^ y) & (x ^ r)) >= 0) {
                    return PyInt.of(ts, r);
                }
            }
        }
        return Ops.binary(ts, BinaryOperator.of(op), a, b); // not intBinary: int @ int must raise, not push NotImplemented
    }

    private static final int ADD = BinaryOperator.ADD.ordinal();
    private static final int INPLACE_ADD = BinaryOperator.INPLACE_ADD.ordinal();
    private static final int SUBTRACT = BinaryOperator.SUBTRACT.ordinal();
    private static final int INPLACE_SUBTRACT = BinaryOperator.INPLACE_SUBTRACT.ordinal();

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
}
