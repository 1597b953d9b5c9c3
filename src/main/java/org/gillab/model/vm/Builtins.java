package org.gillab.model.vm;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.gillab.model.PythonException;
import org.gillab.model.compile.BinaryOperator;
import org.gillab.model.compile.CodeObject;
import org.gillab.model.compile.CompileError;
import org.gillab.model.compile.CompareOperator;
import org.gillab.model.compile.Compiler;
import org.gillab.model.lib.AstModule;
import org.gillab.model.object.Args;
import org.gillab.model.object.Convert;
import org.gillab.model.object.Format;
import org.gillab.model.object.ListSort;
import org.gillab.model.object.NativeFunction;
import org.gillab.model.object.Numbers;
import org.gillab.model.object.Ops;
import org.gillab.model.object.PyBool;
import org.gillab.model.object.PyBytes;
import org.gillab.model.object.PyBuiltin;
import org.gillab.model.object.PyCell;
import org.gillab.model.object.PyCode;
import org.gillab.model.object.PyComplex;
import org.gillab.model.object.PyDict;
import org.gillab.model.object.PyErrors;
import org.gillab.model.object.PyFloat;
import org.gillab.model.object.PyFunction;
import org.gillab.model.object.PyInt;
import org.gillab.model.object.PyList;
import org.gillab.model.object.PyModule;
import org.gillab.model.object.PyNone;
import org.gillab.model.object.PyObject;
import org.gillab.model.object.PySingleton;
import org.gillab.model.object.PyStr;
import org.gillab.model.object.PyTuple;
import org.gillab.model.object.PyType;
import org.gillab.model.object.Slots;
import org.gillab.model.object.ThreadState;
import org.gillab.model.object.TypeCalls;
import org.gillab.model.object.Types;

/** The builtins module (Python/bltinmodule.c): built-in functions, types, constants and exceptions. */
final class Builtins {
    private Builtins() {}

    static void install(InterpreterState interp, PyDict builtins) {
        var entries = builtins.entries();
        for (PyType type : List.of(Types.OBJECT, Types.TYPE, Types.INT, Types.FLOAT, Types.STR, Types.BOOL, Types.LIST,
                Types.TUPLE, Types.DICT, Types.SET, Types.FROZENSET, Types.BYTES, Types.BYTEARRAY, Types.MEMORYVIEW, Types.RANGE,
                Types.COMPLEX, Types.SLICE, Types.ENUMERATE, Types.ZIP, Types.MAP, Types.FILTER, Types.REVERSED, Types.PROPERTY,
                Types.STATICMETHOD, Types.CLASSMETHOD, PySuper.TYPE)) {
            entries.put(PyStr.constant(type.name()), type);
        }
        PyErrors.all().forEach((name, type) -> entries.put(PyStr.constant(name), type));
        entries.put(PyStr.constant("__name__"), PyStr.constant("builtins"));
        entries.put(PyStr.constant("__debug__"), PyBool.TRUE);
        entries.put(PyStr.constant("None"), PyNone.NONE);
        entries.put(PyStr.constant("Ellipsis"), PySingleton.ELLIPSIS);
        entries.put(PyStr.constant("NotImplemented"), PySingleton.NOT_IMPLEMENTED);
        add(builtins, "print", args -> print(interp, args));
        for (String name : List.of("exit", "quit")) {
            // site.py's Quitter: exit(code=None) raises SystemExit(code)
            add(builtins, name, args -> {
                PyObject[] code = args.bind(name, 0, "code");
                throw PyErrors.raiseWith(PyErrors.SYSTEM_EXIT, code[0] == null ? PyNone.NONE : code[0]);
            });
        }
        add(builtins, "input", args -> input(interp, args));
        add(builtins, "breakpoint", args -> breakpoint(interp, args));
        // open is io.open, as builtins.open is _io.open in CPython, whose parser (Argument Clinic's) checks the arguments
        add(builtins, "open", args -> {
            args.bind("open", 1, "file", "mode", "buffering", "encoding", "errors", "newline", "closefd", "opener");
            return args.thread().invoker().call(args.thread(), interp.importModule(args.thread(), "io").dict().get("open"), args);
        });
        add(builtins, "len", args -> {
            args.oneArg("len");
            return PyInt.of(args.thread(), Ops.len(args.thread(), args.get(0)));
        });
        add(builtins, "repr", args -> {
            args.oneArg("repr");
            return new PyStr(args.thread(), args.get(0).repr());
        });
        add(builtins, "ascii", args -> {
            args.oneArg("ascii");
            return new PyStr(args.thread(), Format.ascii(args.get(0).repr()));
        });
        add(builtins, "format", args -> {
            args.checkPositional("format", "format", 1, 2);
            String spec = args.size() == 2 ? textArg(args.get(1), "format_spec") : "";
            return new PyStr(args.thread(), Ops.format(args.thread(), args.get(0), spec));
        });
        add(builtins, "abs", args -> {
            args.oneArg("abs");
            return Ops.abs(args.thread(), args.get(0));
        });
        add(builtins, "min", args -> extreme(args, "min", CompareOperator.LT));
        add(builtins, "max", args -> extreme(args, "max", CompareOperator.GT));
        add(builtins, "sum", Builtins::sum);
        add(builtins, "isinstance", args -> {
            args.checkPositional("isinstance", "isinstance", 2, 2);
            return PyBool.of(Ops.isInstance(args.thread(), args.get(0), args.get(1)));
        });
        add(builtins, "issubclass", args -> {
            args.checkPositional("issubclass", "issubclass", 2, 2);
            return PyBool.of(Ops.isSubclass(args.thread(), args.get(0), args.get(1)));
        });
        add(builtins, "round", Builtins::round);
        add(builtins, "sorted", args -> {
            if (args.size() != 1) {
                throw PyErrors.typeError("sorted expected 1 argument, got " + args.size());
            }
            ThreadState ts = args.thread();
            PyList result = new PyList(ts, Ops.toList(ts, args.get(0)));
            try {
                // builtin_sorted passes its keywords on to list.sort, which checks them
                ListSort.sort(ts, result, args.keywordsOnly());
            } catch (RuntimeException e) {
                ts.decref(result);
                throw e;
            }
            return result;
        });
        add(builtins, "id", args -> {
            args.oneArg("id");
            return PyInt.of(args.thread(), args.get(0).id());
        });
        add(builtins, "hash", args -> {
            args.oneArg("hash");
            return PyInt.of(args.thread(), Ops.hash(args.thread(), args.get(0)));
        });
        add(builtins, "callable", args -> {
            args.oneArg("callable");
            return PyBool.of(Ops.isCallable(args.get(0)));
        });
        add(builtins, "divmod", args -> {
            args.checkPositional("divmod", "divmod", 2, 2);
            return Ops.divmod(args.thread(), args.get(0), args.get(1));
        });
        add(builtins, "pow", Builtins::pow);
        add(builtins, "any", args -> anyAll(args, "any", true));
        add(builtins, "all", args -> anyAll(args, "all", false));
        add(builtins, "chr", args -> {
            args.oneArg("chr");
            long c = Convert.toLong(Numbers.index(args.thread(), args.get(0)), "chr");
            if (c < 0 || c > 0x10FFFF) {
                throw PyErrors.valueError("chr() arg not in range(0x110000)");
            }
            return new PyStr(args.thread(), new String(Character.toChars((int) c)));
        });
        add(builtins, "ord", args -> {
            args.oneArg("ord");
            PyObject o = args.get(0);
            if (o instanceof org.gillab.model.object.PyBytes b && b.length() == 1) {
                return PyInt.of(args.thread(), b.value()[0] & 0xFF);
            }
            if (!(o instanceof PyStr s)) {
                throw PyErrors.typeError("ord() expected string of length 1, but " + o.type().name() + " found");
            }
            if (s.length() != 1) {
                throw PyErrors.typeError("ord() expected a character, but string of length " + s.length() + " found");
            }
            return PyInt.of(args.thread(), s.value.codePointAt(0));
        });
        add(builtins, "hex", args -> radix(args, "hex", "x"));
        add(builtins, "oct", args -> radix(args, "oct", "o"));
        add(builtins, "bin", args -> radix(args, "bin", "b"));
        add(builtins, "iter", args -> {
            args.checkPositional("iter", "iter", 1, 2);
            if (args.size() == 2) {
                return org.gillab.model.object.PyIterator.callable(args.thread(), args.get(0), args.get(1));
            }
            return Ops.iter(args.thread(), args.get(0));
        });
        add(builtins, "next", args -> {
            args.checkPositional("next", "next", 1, 2);
            PyObject it = args.get(0);
            if (it instanceof org.gillab.model.object.PyIterator.NotIterable
                    || !(it instanceof org.gillab.model.object.PyIterator) && it.type().lookup("__next__") == null) {
                throw PyErrors.typeError("'" + it.type().name() + "' object is not an iterator");
            }
            // a generator's (or coroutine wrapper's) StopIteration carries its return value
            if (args.size() == 1 && (it instanceof PyGenerator || it instanceof PyCoroutine.Wrapper || it.type().isHeapType())) {
                PyObject next = it.type().lookup("__next__");
                return Slots.call(args.thread(), it, next);
            }
            PyObject v = Ops.next(args.thread(), it);
            if (v != null) {
                return v;
            }
            if (args.size() == 2) {
                return args.thread().newRef(args.get(1));
            }
            throw PyErrors.raiseEmpty(PyErrors.STOP_ITERATION);
        });
        add(builtins, "aiter", AsyncIteration::aiter);
        add(builtins, "anext", AsyncIteration::anext);
        add(builtins, "getattr", args -> {
            args.checkPositional("getattr", "getattr", 2, 3);
            String name = attributeName(args.get(1), "getattr");
            try {
                return args.get(0).getAttr(args.thread(), name);
            } catch (PythonException e) {
                if (args.size() == 3 && e.is("AttributeError")) {
                    args.thread().decref(e.exception());
                    return args.thread().newRef(args.get(2));
                }
                throw PyErrors.withAttributeContext(args.thread(), e, args.get(0), name);
            }
        });
        add(builtins, "setattr", args -> {
            args.checkPositional("setattr", "setattr", 3, 3);
            args.get(0).setAttr(args.thread(), attributeName(args.get(1), "setattr"), args.get(2));
            return PyNone.NONE;
        });
        add(builtins, "delattr", args -> {
            args.checkPositional("delattr", "delattr", 2, 2);
            args.get(0).delAttr(args.thread(), attributeName(args.get(1), "delattr"));
            return PyNone.NONE;
        });
        add(builtins, "hasattr", args -> {
            args.checkPositional("hasattr", "hasattr", 2, 2);
            PyObject value = Ops.lookupAttr(args.thread(), args.get(0), attributeName(args.get(1), "hasattr"));
            args.thread().xdecref(value);
            return PyBool.of(value != null);
        });
        add(builtins, "dir", args -> {
            args.checkPositional("dir", "dir", 0, 1);
            ThreadState ts = args.thread();
            if (args.size() == 0) {
                PyList names = new PyList(ts);
                PyObject locals = locals(ts);
                for (PyObject k : Ops.toList(ts, locals)) {
                    names.appendOwned(k);
                }
                ts.decref(locals);
                ListSort.sort(ts, names, null, false);
                return names;
            }
            return Ops.dir(ts, args.get(0));
        });
        add(builtins, "vars", args -> {
            args.checkPositional("vars", "vars", 0, 1);
            if (args.size() == 0) {
                return locals(args.thread());
            }
            try {
                return args.get(0).getAttr(args.thread(), "__dict__");
            } catch (PythonException e) {
                if (!e.is("AttributeError")) {
                    throw e;
                }
                args.thread().decref(e.exception());
                throw PyErrors.typeError("vars() argument must have __dict__ attribute");
            }
        });
        add(builtins, "globals", args -> {
            args.noArgs("globals");
            Frame f = (Frame) args.thread().frame;
            return args.thread().newRef(f == null ? interp.builtins : f.globals);
        });
        add(builtins, "locals", args -> {
            args.noArgs("locals");
            return locals(args.thread());
        });
        add(builtins, "exec", args -> execOrEval(interp, args, false));
        add(builtins, "eval", args -> execOrEval(interp, args, true));
        add(builtins, "compile", args -> compile(interp, args));
        add(builtins, "__build_class__", args -> buildClass(interp, args));
        add(builtins, "__import__", args -> {
            PyObject[] a = args.bind("__import__", 1, "name", "globals", "locals", "fromlist", "level");
            ThreadState ts = args.thread();
            Frame f = (Frame) ts.frame;
            PyDict globals = a[1] instanceof PyDict g ? g : f != null ? f.globals : interp.builtins;
            return interp.imports.importName(ts, a[0].str(), globals, a[3] == null ? PyNone.NONE : a[3],
                    a[4] == null ? 0 : (int) Convert.toLong(a[4], "__import__"));
        });
    }

    private static void add(PyDict builtins, String name, NativeFunction function) {
        builtins.entries().put(PyStr.constant(name), new PyBuiltin(name, "builtins", function));
    }

    private static String attributeName(PyObject name, String function) {
        if (!(name instanceof PyStr s)) {
            throw PyErrors.typeError("attribute name must be string, not '" + name.type().name() + "'");
        }
        return s.value;
    }

    /**
     * locals(): the namespace of a module or class body; for a function, its f_locals dict, kept by the frame
     * and brought up to date with the fast locals on each call (PyFrame_FastToLocals), so what exec() adds
     * to it stays visible.
     */
    static PyObject locals(ThreadState ts) {
        Frame f = (Frame) ts.frame;
        return f == null ? new PyDict(ts) : locals(ts, f);
    }

    /** Frame {@code f}'s locals as locals() in it returns them (what f_locals returns too): a new reference. */
    static PyObject locals(ThreadState ts, Frame f) {
        if (f.locals != null) {
            return ts.newRef(f.locals);
        }
        if (f.fastLocals == null) {
            f.fastLocals = new PyDict(ts);
        }
        PyDict dict = f.fastLocals;
        PyCode code = f.code;
        for (int i = 0; i < code.nlocalsPlus; i++) {
            PyObject v = f.slots[Frame.LOCALS + i];
            if (v instanceof PyCell cell && (code.localsPlusKinds[i] & (CodeObject.CELL | CodeObject.FREE)) != 0) {
                v = cell.get();
            }
            if (v != null) {
                dict.put(ts, code.localsPlusNames[i], v);
            } else {
                ts.xdecref(dict.remove(ts, PyStr.constant(code.localsPlusNames[i])));
            }
        }
        return ts.newRef(dict);
    }

    /**
     * print(*objects, sep=' ', end='\n', file=None, flush=False): the pieces written one by one, as
     * builtin_print does, except to the interpreter's own streams, which get a whole line at once.
     */
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
        List<String> pieces = new ArrayList<>(2 * args.size() + 1);
        for (int i = 0; i < args.size(); i++) {
            if (i > 0) {
                pieces.add(separator);
            }
            pieces.add(args.get(i).str());
        }
        pieces.add(terminator);
        PyObject flush = args.keyword("flush");
        StdStream.write(interp, args.thread(), args.keyword("file"), pieces, flush != null && flush.truthy());
        return PyNone.NONE;
    }

    /** input(prompt): the prompt on sys.stdout, a line from the interpreter's stdin without its newline. */
    private static PyObject input(InterpreterState interp, Args args) {
        args.checkPositional("input", "input", 0, 1);
        if (args.size() == 1) {
            StdStream.write(interp, args.thread(), null, List.of(args.get(0).str()), true);
        }
        String line;
        try {
            line = interp.allowThreads(args.thread(), interp.stdin::readLine);
        } catch (java.io.UncheckedIOException e) {
            throw PyErrors.raise(PyErrors.OS_ERROR, String.valueOf(e.getCause().getMessage()));
        }
        if (line == null) {
            throw PyErrors.raise(PyErrors.EOF_ERROR, "EOF when reading a line");
        }
        return new PyStr(args.thread(), line);
    }

    private static String textArg(PyObject o, String name) {
        if (o instanceof PyStr s) {
            return s.value;
        }
        throw PyErrors.typeError(name + " must be None or a string, not " + o.type().name());
    }

    /** min / max: of an iterable or of several arguments, with key= and default=. */
    private static PyObject extreme(Args args, String name, CompareOperator better) {
        ThreadState ts = args.thread();
        PyObject key = args.keyword("key");
        PyObject dflt = args.keyword("default");
        for (String k : args.keywordNames()) {
            if (!k.equals("key") && !k.equals("default")) {
                throw PyErrors.typeError("'" + k + "' is an invalid keyword argument for " + name + "()");
            }
        }
        if (key == PyNone.NONE) {
            key = null;
        }
        if (args.size() == 0) {
            throw PyErrors.typeError(name + " expected at least 1 argument, got 0");
        }
        if (args.size() > 1 && dflt != null) {
            throw PyErrors.typeError("Cannot specify a default for " + name + "() with multiple positional arguments");
        }
        List<PyObject> items = args.size() == 1 ? Ops.toList(ts, args.get(0)) : new ArrayList<>(args.positional());
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
                if (Ops.compare(ts, better, k, bestKey)) {
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
        PyObject[] a = args.bindPositionalOnly("sum", 1, 1, 2, "iterable", "start");
        ThreadState ts = args.thread();
        PyObject total = a[1] == null ? PyInt.of(ts, 0) : ts.newRef(a[1]);
        if (total instanceof PyStr || total instanceof org.gillab.model.object.PyBytes) {
            ts.decref(total);
            throw PyErrors.typeError(total instanceof PyStr ? "sum() can't sum strings [use ''.join(seq) instead]"
                    : "sum() can't sum bytes [use b''.join(seq) instead]");
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

    /** pow(base, exp[, mod]): with a modulus, modular exponentiation of ints. */
    private static PyObject pow(Args args) {
        PyObject[] a = args.bind("pow", 2, "base", "exp", "mod");
        ThreadState ts = args.thread();
        if (a[2] == null || a[2] == PyNone.NONE) {
            return Ops.binary(ts, BinaryOperator.POWER, a[0], a[1]);
        }
        PyObject custom = Slots.callOverride(ts, a[0], "__pow__", a[1], a[2]); // three-argument pow uses no __rpow__
        if (custom != null) {
            if (custom != PySingleton.NOT_IMPLEMENTED) {
                return custom;
            }
            throw unsupportedPow(a);
        }
        PyInt base = Numbers.asInt(a[0]);
        PyInt exp = Numbers.asInt(a[1]);
        PyInt mod = Numbers.asInt(a[2]);
        if (base != null && exp != null && mod != null) {
            return Numbers.powMod(ts, base, exp, mod);
        }
        // ternary_op tries the operands' nb_power in turn: int's declines a non-int, the first float's or
        // complex's refuses the modulus, and with neither among them no operand supports pow
        for (PyObject operand : a) {
            if (operand instanceof PyFloat) {
                throw PyErrors.typeError("pow() 3rd argument not allowed unless all arguments are integers");
            }
            if (operand instanceof PyComplex) {
                throw PyErrors.valueError("complex modulo");
            }
        }
        throw unsupportedPow(a);
    }

    private static PythonException unsupportedPow(PyObject[] operands) {
        return PyErrors.typeError("unsupported operand type(s) for ** or pow(): '" + operands[0].type().name() + "', '"
                + operands[1].type().name() + "', '" + operands[2].type().name() + "'");
    }

    /** round(x[, ndigits]): type(x).__round__(x[, ndigits]), as bltinmodule.c's builtin_round. */
    private static PyObject round(Args args) {
        PyObject[] a = args.bind("round", 1, "number", "ndigits");
        ThreadState ts = args.thread();
        boolean hasDigits = a[1] != null && !(a[1] instanceof PyNone);
        PyObject rounded = hasDigits ? Slots.callOptional(ts, a[0], "__round__", a[1]) : Slots.callOptional(ts, a[0], "__round__");
        if (rounded == null) {
            throw PyErrors.typeError("type " + a[0].type().name() + " doesn't define __round__ method");
        }
        return rounded;
    }

    private static PyObject anyAll(Args args, String name, boolean any) {
        args.oneArg(name);
        ThreadState ts = args.thread();
        PyObject it = Ops.iter(ts, args.get(0));
        try {
            for (PyObject item = Ops.next(ts, it); item != null; item = Ops.next(ts, it)) {
                boolean truth = item.truthy();
                ts.decref(item);
                if (truth == any) {
                    return PyBool.of(any);
                }
            }
            return PyBool.of(!any);
        } finally {
            ts.decref(it);
        }
    }

    private static PyObject radix(Args args, String name, String type) {
        args.oneArg(name);
        PyInt i = Numbers.index(args.thread(), args.get(0));
        return new PyStr(args.thread(), Format.format(i, "#" + type));
    }

    /**
     * compile(source, filename, mode, flags=0, dont_inherit=False, optimize=-1): a code object that exec() and
     * eval() run (Python/bltinmodule.c builtin_compile_impl); mode "single" prints an expression statement's
     * value through sys.displayhook. Of the flags, CO_FUTURE_ANNOTATIONS is honoured (doctest compiles a
     * module's examples with its __future__ imports); the others and optimize levels are accepted and
     * ignored. PyCF_ONLY_AST and AST objects are the model's ast.py's (_node, _compile_tree).
     */
    /** The compiler flag of from __future__ import annotations (__future__.annotations.compiler_flag). */
    private static final long CO_FUTURE_ANNOTATIONS = 0x1000000;
    /** compile() returns the tree (ast.PyCF_ONLY_AST), which ast.parse asks for. */
    private static final long PYCF_ONLY_AST = 0x400;

    private static PyObject compile(InterpreterState interp, Args args) {
        PyObject[] a = args.bind("compile", 3, "source", "filename", "mode", "flags", "dont_inherit", "optimize",
                "_feature_version");
        ThreadState ts = args.thread();
        long flags = a[3] == null ? 0 : Convert.toLong(a[3], "compile");
        PyModule ast = interp.module("ast");
        if (ast != null && Ops.isInstance(ts, a[0], ast.dict().get("AST"))) {
            return interp.call(ts, ast.dict().get("_compile_tree"), Args.of(ts, a[0], a[1], a[2], a[3] == null ? PyInt.constant(0) : a[3]));
        }
        String text = sourceText(a[0], "compile() arg 1 must be a string, bytes or AST object");
        if (!(a[2] instanceof PyStr mode)) {
            throw PyErrors.badArgument("compile() argument 'mode'", "str", a[2]);
        }
        String filename = sourceText(a[1], "expected str, bytes or os.PathLike object, not " + a[1].type().simpleName());
        if (text.indexOf('\0') >= 0) {
            throw PyErrors.raise(PyErrors.SYNTAX_ERROR, "source code string cannot contain null bytes");
        }
        if ((flags & PYCF_ONLY_AST) != 0) {
            PyObject tree = AstModule.parse(ts, text, filename, mode.value);
            try {
                return interp.call(ts, interp.importModule(ts, "ast").dict().get("_node"), Args.of(ts, tree));
            } finally {
                ts.decref(tree);
            }
        }
        boolean futureAnnotations = (flags & CO_FUTURE_ANNOTATIONS) != 0;
        try {
            CodeObject code = switch (mode.value) {
                case "exec" -> Compiler.compile(text, filename, interp::warn, futureAnnotations);
                case "eval" -> Compiler.compileEval(text, filename, interp::warn);
                case "single" -> Compiler.compileSingle(text, filename, interp::warn, futureAnnotations);
                default -> throw PyErrors.raise(PyErrors.VALUE_ERROR, "compile() mode must be 'exec', 'eval' or 'single'");
            };
            return new PyCode(code);
        } catch (CompileError e) {
            throw PyErrors.compileError(ts, e);
        }
    }

    /** The text of a str, or of bytes decoded as UTF-8 (CPython's tokenizer's default). */
    private static String sourceText(PyObject source, String message) {
        if (source instanceof PyStr s) {
            return s.value;
        }
        if (source instanceof PyBytes b) {
            return new String(b.value(), java.nio.charset.StandardCharsets.UTF_8);
        }
        throw PyErrors.typeError(message);
    }

    /**
     * exec(source, globals=None, locals=None, /, *, closure=None) and eval(expression, globals=None, locals=None, /):
     * compiles a string (or takes a code object from compile()) and runs it in the caller's namespaces or the
     * given ones; exec runs a code object with free variables in the cells of its closure.
     */
    private static PyObject execOrEval(InterpreterState interp, Args args, boolean eval) {
        String name = eval ? "eval" : "exec";
        PyObject[] a;
        if (eval) {
            args.checkPositional(name, name, 1, 3);
            a = new PyObject[] {args.get(0), args.getOrNull(1), args.getOrNull(2)};
        } else {
            a = args.bindPositionalOnly(name, 3, 1, 3, "source", "globals", "locals", "closure");
        }
        ThreadState ts = args.thread();
        if (!(a[0] instanceof PyStr) && !(a[0] instanceof PyCode)) {
            throw PyErrors.typeError(name + "() arg 1 must be a string, bytes or code object");
        }
        Frame caller = (Frame) ts.frame;
        PyDict globals = a[1] instanceof PyDict g ? g : caller != null ? caller.globals : null;
        if (a[1] != null && a[1] != PyNone.NONE && !(a[1] instanceof PyDict)) {
            throw PyErrors.typeError(name + "() globals must be a dict, not " + a[1].type().name());
        }
        if (globals == null) {
            throw PyErrors.typeError(name + "() needs globals outside a Python frame");
        }
        if (globals.get("__builtins__") == null) {
            globals.put(ts, "__builtins__", interp.builtins);
        }
        PyCode code;
        if (a[0] instanceof PyCode given) {
            code = given;
        } else {
            if (!eval && a[3] != null && a[3] != PyNone.NONE) {
                throw PyErrors.typeError("closure can only be used when source is a code object");
            }
            String text = eval ? ((PyStr) a[0]).value.strip() : ((PyStr) a[0]).value;
            try {
                code = new PyCode(eval ? Compiler.compileEval(text, "<string>", interp::warn)
                        : Compiler.compile(text, "<string>", interp::warn));
            } catch (CompileError e) {
                throw PyErrors.compileError(ts, e);
            }
        }
        PyCell[] closure = closureCells(code, eval, a.length > 3 ? a[3] : null);
        // The caller's locals as a new dict only now that the source has compiled: a SyntaxError leaks none.
        PyObject locals = a[2] != null && a[2] != PyNone.NONE ? a[2]
                : a[1] != null && a[1] != PyNone.NONE ? globals
                : caller != null ? (caller.locals != null ? caller.locals : locals(ts)) : globals;
        boolean ownLocals = a[2] == null && (a[1] == null || a[1] == PyNone.NONE) && caller != null && caller.locals == null;
        Frame frame = new Frame(code, globals, locals, closure);
        try {
            PyObject result = Eval.run(ts, interp, frame, null);
            if (!eval) {
                ts.decref(result);
                return PyNone.NONE;
            }
            return result;
        } finally {
            if (ownLocals) {
                ts.decref(locals);
            }
        }
    }

    /**
     * The cells a code object's free variables read, checked as builtin_exec_impl and builtin_eval_impl check
     * them: eval takes no closure, exec a tuple of exactly as many cells (the function's __closure__).
     */
    private static PyCell[] closureCells(PyCode code, boolean eval, PyObject closure) {
        int free = code.source.freeVars().size();
        if (eval) {
            if (free > 0) {
                throw PyErrors.typeError("code object passed to eval() may not contain free variables");
            }
            return new PyCell[0];
        }
        if (free == 0) {
            if (closure != null && closure != PyNone.NONE) {
                throw PyErrors.typeError("cannot use a closure with this code object");
            }
            return new PyCell[0];
        }
        if (!(closure instanceof PyTuple t) || t.type() != Types.TUPLE || t.size() != free
                || !Arrays.stream(t.toArray()).allMatch(PyCell.class::isInstance)) {
            throw PyErrors.typeError("code object requires a closure of exactly length " + free);
        }
        return Arrays.stream(t.toArray()).map(PyCell.class::cast).toArray(PyCell[]::new);
    }

    /**
     * __build_class__(func, name, *bases, metaclass=None, **kwds): the class body runs with a namespace from
     * the metaclass's __prepare__, then the metaclass makes the class (Python/bltinmodule.c).
     */
    private static PyObject buildClass(InterpreterState interp, Args args) {
        ThreadState ts = args.thread();
        if (args.size() < 2) {
            throw PyErrors.typeError("__build_class__: not enough arguments");
        }
        if (!(args.get(0) instanceof PyFunction body)) {
            throw PyErrors.typeError("__build_class__: func must be a function");
        }
        if (!(args.get(1) instanceof PyStr name)) {
            throw PyErrors.typeError("__build_class__: name is not a string");
        }
        List<PyObject> baseList = new ArrayList<>(args.positional().subList(2, args.size()));
        PyTuple origBases = PyTuple.of(ts, baseList.toArray(new PyObject[0]));
        PyTuple bases;
        try {
            bases = resolveBases(ts, origBases);
        } catch (RuntimeException e) {
            ts.decref(origBases);
            throw e;
        }
        List<String> keywordNames = new ArrayList<>();
        List<PyObject> keywordValues = new ArrayList<>();
        PyObject meta = null;
        for (String k : args.keywordNames()) {
            if (k.equals("metaclass")) {
                meta = args.keyword(k);
            } else {
                keywordNames.add(k);
                keywordValues.add(args.keyword(k));
            }
        }
        try {
            if (meta == null) {
                meta = bases.size() == 0 ? Types.TYPE : bases.get(0).type();
            }
            if (meta instanceof PyType metaType) {
                List<PyType> typeBases = new ArrayList<>();
                for (int i = 0; i < bases.size(); i++) {
                    if (bases.get(i) instanceof PyType t) {
                        typeBases.add(t);
                    }
                }
                meta = TypeCalls.calculateMetaclass(metaType, typeBases);
            }
            PyObject namespace = prepare(ts, meta, name, bases, keywordNames, keywordValues);
            try {
                PyObject cell = interp.runClassBody(ts, body, namespace);
                if (bases != origBases) {
                    Ops.setItem(ts, namespace, PyStr.constant("__orig_bases__"), origBases);
                }
                PyObject[] callArgs = new PyObject[3 + keywordValues.size()];
                callArgs[0] = name;
                callArgs[1] = bases;
                callArgs[2] = namespace;
                for (int i = 0; i < keywordValues.size(); i++) {
                    callArgs[3 + i] = keywordValues.get(i);
                }
                PyObject cls = interp.call(ts, meta, new Args(ts, callArgs, 0, callArgs.length, keywordNames.toArray(new String[0])));
                if (cell instanceof PyCell c && c.get() != cls) {
                    ts.decref(cell);
                    ts.decref(cls);
                    throw PyErrors.typeError("__class__ set to " + (c.get() == null ? "None" : c.get().repr()) + " defining '"
                            + name.value + "' as " + cls.repr());
                }
                ts.decref(cell);
                return cls;
            } finally {
                ts.decref(namespace);
            }
        } finally {
            ts.decref(bases);
            ts.decref(origBases);
        }
    }

    /**
     * PEP 560: a base that is not a class but has __mro_entries__ (typing.List[int], Generic[T]) stands for
     * the classes that method returns. A new reference: the same tuple when no base was replaced.
     */
    private static PyTuple resolveBases(ThreadState ts, PyTuple bases) {
        // The tuples __mro_entries__ returned own their items (a class made on the fly may have no other
        // owner): keep them until the items are in the new tuple.
        List<PyObject> entryTuples = new ArrayList<>();
        try {
            return resolveBases(ts, bases, entryTuples);
        } finally {
            for (PyObject t : entryTuples) {
                ts.decref(t);
            }
        }
    }

    private static PyTuple resolveBases(ThreadState ts, PyTuple bases, List<PyObject> entryTuples) {
        List<PyObject> resolved = null;
        for (int i = 0; i < bases.size(); i++) {
            PyObject base = bases.get(i);
            PyObject entries = null;
            if (!(base instanceof PyType)) {
                try {
                    entries = ts.callMethod(base, "__mro_entries__", bases);
                } catch (PythonException e) {
                    if (!e.is("AttributeError")) {
                        throw e;
                    }
                    ts.decref(e.exception());
                }
            }
            if (entries == null) {
                if (resolved != null) {
                    resolved.add(base);
                }
                continue;
            }
            entryTuples.add(entries);
            if (!(entries instanceof PyTuple t)) {
                throw PyErrors.typeError("__mro_entries__ must return a tuple");
            }
            if (resolved == null) {
                resolved = new ArrayList<>(bases.size());
                for (int j = 0; j < i; j++) {
                    resolved.add(bases.get(j));
                }
            }
            for (int j = 0; j < t.size(); j++) {
                resolved.add(t.get(j));
            }
        }
        return resolved == null ? ts.newRef(bases) : PyTuple.of(ts, resolved.toArray(new PyObject[0]));
    }

    /** meta.__prepare__(name, bases, **kwds), or a new dict when the metaclass has none. */
    private static PyObject prepare(ThreadState ts, PyObject meta, PyStr name, PyTuple bases, List<String> keywordNames,
                                    List<PyObject> keywordValues) {
        PyObject prepare;
        try {
            prepare = meta.getAttr(ts, "__prepare__");
        } catch (PythonException e) {
            if (!e.is("AttributeError")) {
                throw e;
            }
            ts.decref(e.exception());
            return new PyDict(ts);
        }
        try {
            PyObject[] callArgs = new PyObject[2 + keywordValues.size()];
            callArgs[0] = name;
            callArgs[1] = bases;
            for (int i = 0; i < keywordValues.size(); i++) {
                callArgs[2 + i] = keywordValues.get(i);
            }
            return ts.invoker().call(ts, prepare, new Args(ts, callArgs, 0, callArgs.length, keywordNames.toArray(new String[0])));
        } finally {
            ts.decref(prepare);
        }
    }

    /** breakpoint(*args, **kws) (builtin_breakpoint): raises "builtins.breakpoint", then calls sys.breakpointhook. */
    private static PyObject breakpoint(InterpreterState interp, Args args) {
        ThreadState ts = args.thread();
        PyObject hook = interp.importModule(ts, "sys").dict().get("breakpointhook");
        if (hook == null) {
            throw PyErrors.runtimeError("lost sys.breakpointhook");
        }
        ts.newRef(hook); // the hook may replace sys.breakpointhook while it runs
        try {
            interp.auditHooks.audit(ts, "builtins.breakpoint", hook);
            return interp.call(ts, hook, args);
        } finally {
            ts.decref(hook);
        }
    }
}
