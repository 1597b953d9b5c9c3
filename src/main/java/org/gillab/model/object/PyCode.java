package org.gillab.model.object;

import java.math.BigInteger;
import java.util.List;
import org.gillab.model.compile.CPythonLayout;
import org.gillab.model.compile.CodeObject;

/**
 * A code object ready to run: the compiler's {@link CodeObject} with its constants turned into
 * immortal Python objects (CPython interns code constants) and its names into dict keys.
 */
public final class PyCode extends PyObject {
    public final CodeObject source;
    public final String name;
    public final String qualname;
    public final String filename;
    public final int[] instructions;
    public final PyObject[] constants;
    public final PyStr[] names;
    /** co_localsplusnames: fast locals, then cells, then free variables. */
    public final String[] localsPlusNames;
    public final byte[] localsPlusKinds;
    /** How many slots of the frame are locals, cells and free variables (before the value stack). */
    public final int nlocalsPlus;
    /** co_varnames. */
    public final String[] varNames;
    public final int argCount;
    public final int posOnlyArgCount;
    public final int kwOnlyArgCount;
    public final int flags;
    public final int stackSize;
    /** co_exceptiontable: start, end, handler, depth << 1 | lasti, for each entry. */
    public final int[] exceptionTable;
    /** The VM's instructions with superinstructions (vm.Quickening), made on first run. */
    public volatile int[] quickened;
    /** The VM's inline caches, one slot per instruction (vm.AttributeCache, vm.GlobalCache), made on first use. */
    public volatile Object[] caches;
    /**
     * Whether tracebacks leave this code's frames out, as they leave out C functions: set by
     * _traceback.hide_frames on the few library functions that CPython writes in C (asyncio's Future and Task).
     */
    public volatile boolean hiddenFromTracebacks;
    /** For KW_NAMES: the keyword names of each tuple-of-str constant, by constant index. */
    public final String[][] keywordNames;

    public PyCode(CodeObject code) {
        this.source = code;
        this.name = code.name();
        this.qualname = code.qualname();
        this.filename = code.filename();
        this.instructions = code.instructions();
        this.constants = new PyObject[code.constants().size()];
        this.keywordNames = new String[constants.length][];
        for (int i = 0; i < constants.length; i++) {
            Object constant = code.constants().get(i);
            constants[i] = constant(constant);
            if (constant instanceof List<?> tuple && tuple.stream().allMatch(String.class::isInstance)) {
                keywordNames[i] = tuple.toArray(new String[0]);
            }
        }
        this.names = code.names().stream().map(PyStr::intern).toArray(PyStr[]::new);
        this.localsPlusNames = code.localsPlusNames().toArray(new String[0]);
        this.localsPlusKinds = code.localsPlusKinds();
        this.nlocalsPlus = localsPlusNames.length;
        this.varNames = code.varNames().toArray(new String[0]);
        this.argCount = code.argCount();
        this.posOnlyArgCount = code.posOnlyArgCount();
        this.kwOnlyArgCount = code.kwOnlyArgCount();
        this.flags = code.flags();
        this.stackSize = code.stackSize();
        this.exceptionTable = code.exceptionTable();
    }

    /** The object of a constant the compiler stored (Long, String, {@link org.gillab.model.compile.Constants}...): immortal. */
    public static PyObject constant(Object value) {
        if (value == null) {
            return PyNone.NONE;
        }
        if (value instanceof Long l) {
            return PyInt.constant(l);
        }
        if (value instanceof Integer i) {
            return PyInt.constant(i);
        }
        if (value instanceof BigInteger b) {
            return PyInt.constant(b);
        }
        if (value instanceof Double d) {
            return PyFloat.constant(d);
        }
        if (value instanceof String s) {
            return PyStr.constant(s);
        }
        if (value instanceof Boolean b) {
            return PyBool.of(b);
        }
        if (value instanceof CodeObject c) {
            return new PyCode(c);
        }
        if (value instanceof org.gillab.model.compile.Constants.Bytes b) {
            return PyBytes.constant(b.value());
        }
        if (value instanceof org.gillab.model.compile.Constants.Imaginary j) {
            return PyComplex.constant(0.0, j.value());
        }
        if (value == org.gillab.model.compile.Constants.ELLIPSIS) {
            return PySingleton.ELLIPSIS;
        }
        if (value instanceof List<?> items) {
            return PyTuple.constant(items.stream().map(PyCode::constant).toArray(PyObject[]::new));
        }
        throw new IllegalArgumentException("unsupported constant in code object: " + value.getClass().getName());
    }

    public boolean isGenerator() {
        return (flags & CodeObject.GENERATOR) != 0;
    }

    public boolean hasVarArgs() {
        return (flags & CodeObject.VARARGS) != 0;
    }

    public boolean hasVarKeywords() {
        return (flags & CodeObject.VARKEYWORDS) != 0;
    }

    /** A function's docstring: its first constant when that is a str (3.11), else None. */
    PyObject docstring() {
        return (flags & CodeObject.OPTIMIZED) != 0 && constants.length > 0 && constants[0] instanceof PyStr
                && !name.startsWith("<") ? constants[0] : PyNone.NONE;
    }

    /**
     * f_lasti and tb_lasti of instruction {@code index}: its byte offset in CPython's layout of the code
     * (inline caches and EXTENDED_ARGs counted), as _PyInterpreterFrame_LASTI gives it in code units times 2.
     */
    public int lasti(int index) {
        return new CPythonLayout(source).instructionOffset(Math.max(0, index));
    }

    /** Whether a call makes a generator, coroutine or async generator: its frame's start only makes that object. */
    public boolean makesGenerator() {
        return (flags & (CodeObject.GENERATOR | CodeObject.COROUTINE | CodeObject.ASYNC_GENERATOR)) != 0;
    }

    /** Source line of the instruction at {@code index}. */
    public int line(int index) {
        int[] lines = source.lines();
        return index >= 0 && index < lines.length ? lines[index] : source.firstLine();
    }

    @Override
    public PyType type() {
        return Types.CODE;
    }

    @Override
    public boolean genericGetAttr() {
        return false;
    }

    @Override
    public PyObject getAttr(ThreadState ts, String attribute) {
        return switch (attribute) {
            case "co_name" -> PyStr.constant(name);
            case "co_qualname" -> PyStr.constant(qualname);
            case "co_filename" -> PyStr.constant(filename);
            case "co_firstlineno" -> PyInt.of(ts, source.firstLine());
            case "co_argcount" -> PyInt.of(ts, argCount);
            case "co_posonlyargcount" -> PyInt.of(ts, posOnlyArgCount);
            case "co_kwonlyargcount" -> PyInt.of(ts, kwOnlyArgCount);
            case "co_flags" -> PyInt.of(ts, flags);
            case "co_varnames" -> strings(ts, varNames);
            case "co_nlocals" -> PyInt.of(ts, varNames.length);
            case "co_cellvars" -> strings(ts, source.cellVars().toArray(new String[0]));
            case "co_freevars" -> strings(ts, source.freeVars().toArray(new String[0]));
            case "co_consts" -> PyTuple.of(ts, constants);
            case "co_names" -> PyTuple.of(ts, names);
            case "co_stacksize" -> PyInt.of(ts, stackSize);
            case "co_code" -> CodeLayoutViews.code(ts, source);
            case "co_exceptiontable" -> CodeLayoutViews.exceptionTable(ts, source);
            default -> super.getAttr(ts, attribute);
        };
    }

    private static PyObject strings(ThreadState ts, String[] values) {
        PyObject[] items = new PyObject[values.length];
        for (int i = 0; i < values.length; i++) {
            items[i] = PyStr.constant(values[i]);
        }
        return PyTuple.of(ts, items);
    }

    @Override
    protected String builtinRepr() {
        return "<code object " + name + " at " + address() + ", file \"" + filename + "\", line " + source.firstLine() + ">";
    }
}
